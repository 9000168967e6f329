package app.haat.mail;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a group can be reached, as it chose: SMS to its mobile by default, e-mail too when it gave an address; with its
 * name and its leader's, whom a message addresses.
 */
public record GroupContact(
        long groupId,
        String groupName,
        String leaderName,
        String mobile,
        @Nullable String email,
        boolean sms,
        boolean mail,
        boolean announcements,
        String language) {

    /** The channels a message of this type goes by; never none for a type that goes by SMS. */
    public Set<Channel> channelsFor(MessageType type) {
        return Channel.chosen(type, mobile, email, sms, mail);
    }
}
