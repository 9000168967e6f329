package app.haat.mail;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The warning that SMS of some texts are held for want of a DLT template id, naming them (type and language), with
 * how many wait and, for the admin, the way to the SMS texts page. Shown above the Messages view and on the admin's
 * home.
 */
public class SmsHeldWarning extends Div {

    public SmsHeldWarning(MessagesService.SmsOverview overview, boolean linkToTexts) {
        addClassName("haat-warning");
        boolean bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        String waiting = Formats.number(overview.heldMessages());
        Span text = new Span(getTranslation(
                "messages.held", bengali ? Formats.bengaliDigits(waiting) : waiting, names(overview.held())));
        Div body = new Div(text);
        if (linkToTexts) {
            RouterLink link = new RouterLink(getTranslation("messages.held.fix"), SmsTextsView.class);
            link.setId("sms-held-link");
            body.add(new Span(" "), link);
        }
        add(VaadinIcon.WARNING.create(), body);
    }

    /** "Stall assignment (Bengali), Reminder (English)", in the reader's language. */
    private String names(List<MessagesService.HeldText> held) {
        return held.stream()
                .map(h -> getTranslation("mail.type." + h.type().name()) + " ("
                        + getTranslation("messages.language." + h.language()) + ")")
                .collect(Collectors.joining(", "));
    }
}
