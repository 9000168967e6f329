package app.haat.mail;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** How a message reaches a person: one outbox row per message and channel. */
public enum Channel {
    EMAIL,
    SMS;

    /**
     * The channels a message of this type goes by to someone with these addresses and choices: each chosen channel it
     * can take; when none of them can, whichever can (a group always has a mobile number, an account may have
     * neither, and then nothing goes).
     */
    static Set<Channel> chosen(
            MessageType type, @Nullable String mobile, @Nullable String email, boolean sms, boolean mail) {
        boolean canSms = type.goesBySms() && mobile != null && !mobile.isBlank();
        boolean canMail = email != null && !email.isBlank();
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (sms && canSms) {
            channels.add(SMS);
        }
        if (mail && canMail) {
            channels.add(EMAIL);
        }
        if (channels.isEmpty() && canSms) {
            channels.add(SMS);
        } else if (channels.isEmpty() && canMail) {
            channels.add(EMAIL);
        }
        return channels;
    }
}
