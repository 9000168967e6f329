package app.haat.desk;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.LocalizedName;
import app.haat.core.i18n.Translator;
import app.haat.mail.MailOutbox;
import app.haat.mail.MessageType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells a group, by its channels, of each step of its case at a centre's desk and of its appointments (in the caller's
 * transaction).
 */
@Component
class DeskNotices {

    private final MailOutbox mail;
    private final Translator translator;
    private final String baseUrl;

    DeskNotices(MailOutbox mail, Translator translator, @Value("${haat.base-url}") String baseUrl) {
        this.mail = mail;
        this.translator = translator;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void tell(DeskCase c) {
        mail.toGroup(MessageType.DESK_CASE, c.groupId(), contact -> {
            Locale locale = Translator.forLanguage(contact.language());
            Map<String, Object> model = new HashMap<>();
            model.put("centre", LocalizedName.pick(c.centreEn(), c.centreBn(), "bn".equals(contact.language())));
            model.put(
                    "request", translator.getTranslation("desk.type." + c.type().name(), locale));
            model.put(
                    "step",
                    translator.getTranslation("desk.status." + c.status().name(), locale));
            model.put("detail", detail(c));
            model.put("link", baseUrl + "/my-requests");
            return model;
        });
    }

    /** Tells the group its appointment was booked, moved or cancelled, or reminds it the day before ({@code what}). */
    void appointment(DeskCase c, Appointment a, String what) {
        mail.toGroup(MessageType.DESK_APPOINTMENT, c.groupId(), contact -> {
            Locale locale = Translator.forLanguage(contact.language());
            Map<String, Object> model = new HashMap<>();
            model.put("centre", LocalizedName.pick(c.centreEn(), c.centreBn(), "bn".equals(contact.language())));
            model.put(
                    "request", translator.getTranslation("desk.type." + c.type().name(), locale));
            model.put("what", translator.getTranslation("desk.appointment.notice." + what, locale));
            model.put("when", Formats.dateTime(a.startsAt(), locale));
            model.put("link", baseUrl + "/my-requests");
            return model;
        });
    }

    /** The reference, number or reason the step carries; blank for the others. */
    private static String detail(DeskCase c) {
        return switch (c.status()) {
            case SUBMITTED -> c.authorityRef() == null ? "" : c.authorityRef();
            case OBTAINED -> c.outcomeNumber() == null ? "" : c.outcomeNumber();
            case REFUSED, DECLINED -> c.refusalReason() == null ? "" : c.refusalReason();
            default -> "";
        };
    }
}
