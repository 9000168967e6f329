package app.haat.mail;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import com.vaadin.flow.component.Component;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a message's facts read on the Messages page, in its grid and its details alike: the state in words (held, or
 * waiting for an SMSC), why it failed, its delivery, segments and times, numbers in the reader's digits.
 */
final class MessageTexts {

    private final Component page;
    private final MessagesService.SmsOverview sms;
    private final boolean bengali;
    private final Set<String> heldTexts = new HashSet<>();

    MessageTexts(Component page, Locale locale, MessagesService.SmsOverview sms) {
        this.page = page;
        this.sms = sms;
        this.bengali = Translator.BENGALI.equals(Translator.supported(locale));
        sms.held().forEach(h -> heldTexts.add(h.type() + "/" + h.language()));
    }

    String translate(String key, Object... parameters) {
        return page.getTranslation(key, parameters);
    }

    String stateText(OutboxEntry e) {
        if (e.state() == MessageState.QUEUED && e.channel() == Channel.SMS) {
            if (heldTexts.contains(e.type() + "/" + e.language())) {
                return translate("messages.state.HELD");
            }
            if (!sms.smscConfigured()) {
                return translate("messages.state.NO_SMSC");
            }
        }
        return translate("messages.state." + e.state().name());
    }

    /**
     * Why the last try did not send it: the SMSC's or mail server's own words (they cannot be translated), except the
     * portal's own "held for want of a template id", which is said in the reader's language.
     */
    String reason(OutboxEntry e) {
        String reason = e.lastError();
        if (reason == null) {
            return "";
        }
        return reason.startsWith("Held: no DLT template id") ? translate("messages.state.HELD") : reason;
    }

    String delivery(OutboxEntry e) {
        String state = e.delivery();
        if (state == null) {
            return "";
        }
        String text = translate("messages.delivery." + state);
        return text.startsWith("!") ? state : text;
    }

    String segments(OutboxEntry e) {
        Integer segments = e.segments();
        return segments == null ? "" : number(segments);
    }

    String time(@Nullable OffsetDateTime time) {
        return time == null ? "" : digits(Formats.dateTime(time));
    }

    String number(long value) {
        return digits(Formats.number(value));
    }

    /** Numbers in the reader's digits: Bengali ones on the Bengali page. */
    String digits(String text) {
        return bengali ? Formats.bengaliDigits(text) : text;
    }
}
