package app.haat.mail;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** How an officer, staff member or admin can be reached, as they chose: SMS to the mobile the admin recorded, e-mail. */
public record UserContact(
        long userId,
        String displayName,
        @Nullable String mobile,
        @Nullable String email,
        boolean sms,
        boolean mail,
        String language) {

    /** The channels a message of this type goes by; none when the account has neither a mobile nor an address. */
    public Set<Channel> channelsFor(MessageType type) {
        return Channel.chosen(type, mobile, email, sms, mail);
    }
}
