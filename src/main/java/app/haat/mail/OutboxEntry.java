package app.haat.mail;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One outbox row as the Messages view shows it: an e-mail or an SMS, with its delivery as far as it is known. */
public record OutboxEntry(
        long id,
        String messageId,
        MessageType type,
        Channel channel,
        @Nullable Long groupId,
        String recipient,
        String language,
        OutboxStatus status,
        int attempts,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime sentAt,
        @Nullable String subject,
        @Nullable String lastError,
        @Nullable String delivery,
        @Nullable OffsetDateTime deliveredAt,
        boolean possiblyDuplicate,
        @Nullable Integer segments,
        @Nullable String smsText) {

    /** Where the message stands: the outbox's status, refined for a sent SMS by its final delivery receipt. */
    public MessageState state() {
        return MessageState.of(status, delivery);
    }
}
