package app.haat.core.ui;

import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Translator;
import app.haat.core.i18n.TypedValues;
import app.haat.core.i18n.TypedValues.Parsed;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A number, rupee, date or time field that takes Latin and Bengali digits alike: a plain text field (a browser's
 * number input drops ০-৯, and Vaadin's date and time pickers read only Latin digits), read on the server by {@link
 * TypedValues}, shown back in the reader's digits on the 24-hour clock. The phone shows its number pad ({@code
 * inputmode}). A value that cannot be read, a blank required one or one out of range marks the field with the real
 * reason; {@link #valid} checks a form's fields before it is saved, so nothing hidden or guessed is ever saved.
 */
public final class TypedField<T extends Comparable<? super T>> extends TextField {

    private final Function<String, Parsed<T>> parser;
    private final BiFunction<T, Boolean, String> writer;
    private final String requiredKey;
    private final String rangeKeys;
    private boolean required;
    private @Nullable T min;
    private @Nullable T max;

    private TypedField(
            String label,
            String inputMode,
            String kind,
            Function<String, Parsed<T>> parser,
            BiFunction<T, Boolean, String> writer) {
        super(label);
        this.parser = parser;
        this.writer = writer;
        this.requiredKey = "typed.required." + kind;
        this.rangeKeys = "typed.range." + kind + ".";
        getElement().setAttribute("inputmode", inputMode);
        setManualValidation(true);
        addValueChangeListener(e -> {
            if (e.isFromClient()) {
                check().ifPresentOrElse(reason -> {}, this::writeBackInTheReadersDigits);
            }
        });
    }

    /** A whole number (counts, seats, minutes): 12 or ১২, 1,200 or ১,২০০. */
    public static TypedField<Integer> wholeNumber(String label) {
        return new TypedField<>(
                label,
                "numeric",
                "number",
                typed -> asInteger(TypedValues.wholeNumber(typed)),
                (value, bengali) -> TypedValues.number(value, bengali));
    }

    /** Whole rupees, ₹ shown before: 2500, ২,৫০০, ₹2,500 or 2,500.00. */
    public static TypedField<Integer> rupees(String label) {
        TypedField<Integer> field = new TypedField<>(
                label,
                "numeric",
                "number",
                typed -> asInteger(TypedValues.rupees(typed)),
                (value, bengali) -> TypedValues.number(value, bengali));
        field.setPrefixComponent(new Span("₹"));
        return field;
    }

    /** A number with a fraction (metres): 2.5 or ২.৫. */
    public static TypedField<BigDecimal> decimal(String label) {
        return new TypedField<>(label, "decimal", "number", TypedValues::decimal, TypedValues::decimal);
    }

    /** A date, day first: 15/12/2026 or ১৫/১২/২০২৬. */
    public static TypedField<LocalDate> date(String label) {
        TypedField<LocalDate> field = new TypedField<>(label, "numeric", "date", TypedValues::date, TypedValues::date);
        field.setPlaceholder(field.getTranslation("typed.hint.date"));
        return field;
    }

    /** A time on the 24-hour clock (14:30 or ১৪:৩০); 2:30 PM and ২:৩০ অপরাহ্ণ are read too. */
    public static TypedField<LocalTime> time(String label) {
        TypedField<LocalTime> field = new TypedField<>(label, "numeric", "time", TypedValues::time, TypedValues::time);
        field.setPlaceholder(field.getTranslation("typed.hint.time"));
        return field;
    }

    /** A blank field is refused (with "give a date", "give a time" or "give a number"), and marked required. */
    public TypedField<T> required() {
        this.required = true;
        setRequiredIndicatorVisible(true);
        return this;
    }

    /** The smallest and largest value taken (either may be null for no limit). */
    public TypedField<T> range(@Nullable T min, @Nullable T max) {
        this.min = min;
        this.max = max;
        return this;
    }

    /** Shows the value in the reader's digits; null empties the field. */
    public TypedField<T> show(@Nullable T value) {
        setValue(value == null ? "" : writer.apply(value, bengali()));
        setInvalid(false);
        return this;
    }

    /** The value read from the text, or null when it is blank or cannot be read (see {@link #check}). */
    public @Nullable T typed() {
        Parsed<T> parsed = parser.apply(getValue());
        return parsed.value();
    }

    /**
     * The value of a required field (after {@link #valid}); refuses with the real reason (a {@link ValidationException}
     * carrying the bundle key) when the text cannot be read or is blank.
     */
    public T value() {
        Parsed<T> parsed = parser.apply(getValue());
        if (parsed.refusal() != null) {
            throw new ValidationException(parsed.refusal());
        }
        T value = parsed.value();
        if (value == null) {
            throw new ValidationException(requiredKey);
        }
        return value;
    }

    /**
     * Reads the text and marks the field: answers the translated reason when it is refused (cannot be read, blank but
     * required, out of range), empty when it is fine.
     */
    public Optional<String> check() {
        Parsed<T> parsed = parser.apply(getValue());
        String reason = null;
        T value = parsed.value();
        if (parsed.refusal() != null) {
            reason = getTranslation(parsed.refusal());
        } else if (value == null) {
            reason = required ? getTranslation(requiredKey) : null;
        } else if (min != null && max != null && (below(value, min) || below(max, value))) {
            reason = getTranslation(rangeKeys + "both", write(min), write(max));
        } else if (min != null && below(value, min)) {
            reason = getTranslation(rangeKeys + "atLeast", write(min));
        } else if (max != null && below(max, value)) {
            reason = getTranslation(rangeKeys + "atMost", write(max));
        }
        setInvalid(reason != null);
        setErrorMessage(reason == null ? "" : reason);
        return Optional.ofNullable(reason);
    }

    /**
     * Checks every field of a form and marks each refused one; when any is refused, says the first one's label and
     * reason in a notification and answers false (the form is then not saved).
     */
    public static boolean valid(TypedField<?>... fields) {
        String first = null;
        for (TypedField<?> field : fields) {
            Optional<String> reason = field.check();
            if (first == null && reason.isPresent()) {
                first = field.getLabel() + ": " + reason.get();
            }
        }
        if (first != null) {
            Notifications.error(first);
            return false;
        }
        return true;
    }

    private void writeBackInTheReadersDigits() {
        T value = typed();
        if (value != null) {
            String written = writer.apply(value, bengali());
            if (!written.equals(getValue())) {
                setValue(written);
            }
        }
    }

    private String write(T value) {
        return writer.apply(value, bengali());
    }

    private boolean below(T a, T b) {
        return Comparator.<T>naturalOrder().compare(a, b) < 0;
    }

    private boolean bengali() {
        return Translator.BENGALI.equals(Translator.supported(getLocale()));
    }

    private static Parsed<Integer> asInteger(Parsed<Long> parsed) {
        return new Parsed<>(parsed.value() == null ? null : Math.toIntExact(parsed.value()), parsed.refusal());
    }
}
