package app.haat.mail;

import java.util.EnumSet;
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

    /** The channels a message of this type goes by; never none, since every group has a mobile number. */
    public Set<Channel> channelsFor(MessageType type) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (sms && type.goesBySms()) {
            channels.add(Channel.SMS);
        }
        if (mail && email != null && !email.isBlank()) {
            channels.add(Channel.EMAIL);
        }
        if (channels.isEmpty()) {
            channels.add(type.goesBySms() ? Channel.SMS : Channel.EMAIL);
        }
        channels.removeIf(c -> c == Channel.EMAIL && (email == null || email.isBlank()));
        return channels;
    }
}
