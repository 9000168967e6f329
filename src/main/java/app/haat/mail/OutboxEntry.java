package app.haat.mail;

import java.time.OffsetDateTime;

/** One outbox row as the Mail view shows it. */
public record OutboxEntry(
        long id,
        String messageId,
        MessageType type,
        String recipient,
        String language,
        OutboxStatus status,
        int attempts,
        OffsetDateTime createdAt,
        OffsetDateTime sentAt,
        String subject,
        String lastError) {}
