package app.haat.mail;

import static app.haat.db.Tables.MAIL_OUTBOX;

import app.haat.db.tables.records.MailOutboxRecord;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.DSLContext;

/**
 * Outbox rows written straight into the table, in any state a dispatcher could leave them (sent, delivered, failed,
 * possibly duplicated), for the tests of who reads which messages.
 */
public final class OutboxRows {

    private OutboxRows() {}

    /** A row of this type, channel, group and recipient in this status; {@code more} sets anything else. */
    public static long insert(
            DSLContext dsl,
            MessageType type,
            Channel channel,
            Long groupId,
            String recipient,
            OutboxStatus status,
            Consumer<MailOutboxRecord> more) {
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS);
        MailOutboxRecord row = dsl.newRecord(MAIL_OUTBOX);
        row.setMessageId("<" + UUID.randomUUID() + "@test>");
        row.setMessageType(type);
        row.setChannel(channel);
        row.setGroupId(groupId);
        row.setRecipient(recipient);
        row.setLanguage("bn");
        row.setModel("{}");
        row.setStatus(status);
        row.setAttempts(status == OutboxStatus.QUEUED ? 0 : 1);
        row.setCreatedAt(now);
        // far ahead: a dispatcher of the shared test context must leave a queued row as it is
        row.setNextAttemptAt(now.plusYears(1));
        if (status == OutboxStatus.SENT) {
            row.setSentAt(now);
        }
        more.accept(row);
        row.store();
        return Objects.requireNonNull(row.getId());
    }

    public static long insert(
            DSLContext dsl, MessageType type, Channel channel, Long groupId, String recipient, OutboxStatus status) {
        return insert(dsl, type, channel, groupId, recipient, status, row -> {});
    }
}
