package app.haat.mail;

import org.jspecify.annotations.Nullable;

/**
 * What the Messages view asks for: a state, a channel and part of a recipient (a mobile number or an e-mail address),
 * each optional.
 */
public record MessageFilter(
        @Nullable MessageState state,
        @Nullable Channel channel,
        @Nullable String recipient) {

    public static final MessageFilter ALL = new MessageFilter(null, null, null);
}
