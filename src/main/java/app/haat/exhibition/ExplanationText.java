package app.haat.exhibition;

import app.haat.core.i18n.Formats;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;

/**
 * The allocator's explanation of an application (a code and values) in the reader's language. It is allocation's
 * wording, but it lives here: the exhibition's own pages (the review, My stalls) show it, and exhibition may not
 * depend on allocation, which builds on it (that would be a cycle). The code and values are stored on the application.
 */
public final class ExplanationText {

    /** Every explanation with values names the slot second ("Kiosk {0}, slot {1} …", "Number {0} …, slot {1}"). */
    private static final int SLOT_VALUE = 1;

    private ExplanationText() {}

    public static String of(Component view, Application application) {
        if (application.explanationCode() == null) {
            return "";
        }
        return view.getTranslation(
                "explanation." + application.explanationCode(),
                application.explanationValues().toArray());
    }

    /**
     * For the group: the slot named with its dates ("slot 2 (09/02/2027 – 15/02/2027)"), numbers in the reader's
     * digits.
     */
    public static String of(Component view, Application application, List<Slot> slots, boolean bengali) {
        if (application.explanationCode() == null) {
            return "";
        }
        List<String> values = new ArrayList<>();
        for (String value : application.explanationValues()) {
            values.add(value.chars().allMatch(Character::isDigit) ? digits(value, bengali) : value);
        }
        if (values.size() > SLOT_VALUE) {
            String number = application.explanationValues().get(SLOT_VALUE);
            slots.stream()
                    .filter(s -> String.valueOf(s.seq()).equals(number))
                    .findFirst()
                    .ifPresent(s -> values.set(SLOT_VALUE, slot(s, bengali)));
        }
        return view.getTranslation("explanation." + application.explanationCode(), values.toArray());
    }

    /** A slot's number with its first and last day, in the reader's digits: "2 (09/02/2027 – 15/02/2027)". */
    public static String slot(Slot slot, boolean bengali) {
        return digits(
                slot.seq() + " (" + Formats.date(slot.startsOn()) + " – " + Formats.date(slot.endsOn()) + ")", bengali);
    }

    static String digits(String text, boolean bengali) {
        return bengali ? Formats.bengaliDigits(text) : text;
    }
}
