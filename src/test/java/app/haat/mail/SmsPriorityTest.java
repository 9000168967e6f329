package app.haat.mail;

import static app.haat.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A one-time code goes before the SMS queued ahead of it: a person waits for it, and it dies in minutes. */
class SmsPriorityTest extends IntegrationTest {

    @Autowired
    SmsOutboxRepository sms;

    @Autowired
    DSLContext dsl;

    @Test
    void aCodeQueuedAfterAnAnnouncementIsSentFirst() {
        OffsetDateTime long_ago = OffsetDateTime.now().minusYears(5);
        long announcement = queued(MessageType.APPLICATIONS_OPEN, long_ago);
        long code = queued(MessageType.ONE_TIME_CODE, long_ago.plusMinutes(1));
        try {
            var sendable = Map.of(
                    MessageType.APPLICATIONS_OPEN, Set.of("bn"),
                    MessageType.ONE_TIME_CODE, Set.of("bn"));
            assertThat(sms.due(long_ago.plusMinutes(2), 2, sendable, Set.of())).startsWith(code, announcement);
        } finally {
            dsl.deleteFrom(MAIL_OUTBOX)
                    .where(MAIL_OUTBOX.ID.in(announcement, code))
                    .execute();
        }
    }

    private long queued(MessageType type, OffsetDateTime at) {
        return dsl.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.MESSAGE_ID, UUID.randomUUID().toString())
                .set(MAIL_OUTBOX.MESSAGE_TYPE, type)
                .set(MAIL_OUTBOX.CHANNEL, Channel.SMS)
                .set(MAIL_OUTBOX.RECIPIENT, "9830000000")
                .set(MAIL_OUTBOX.LANGUAGE, "bn")
                .set(MAIL_OUTBOX.MODEL, "{}")
                .set(MAIL_OUTBOX.STATUS, OutboxStatus.QUEUED)
                .set(MAIL_OUTBOX.CREATED_AT, at)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, at)
                .returning(MAIL_OUTBOX.ID)
                .fetchOne()
                .getId();
    }
}
