package app.haat.mail;

import static app.haat.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.db.tables.records.MailOutboxRecord;
import app.haat.sms.EmbeddedSmsc;
import app.haat.support.FreePorts;
import app.haat.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SMS path end to end (not part of ./mvnw verify): {@code ./mvnw -Ddev -Pbench test -Dtest=SmsDispatchBenchmark}.
 * 20,000 Bengali messages queued in the outbox, drained by the dispatcher with the default window (10) to the
 * embedded SMSC on loopback: claim, fill, encode, submit_sm and mark each as sent with its SMSC id.
 */
@Tag("bench")
@TestPropertySource(
        properties = {
            "haat.smpp.host=127.0.0.1",
            "haat.smpp.system-id=bench",
            "haat.smpp.password=bench",
            "haat.sms.poll-interval=PT1H",
            "haat.sms.quiet-hours=",
            "haat.sms.sample-template-ids=true",
            "haat.mail.wake-on-commit=false"
        })
class SmsDispatchBenchmark extends IntegrationTest {

    static final int PORT = FreePorts.any();
    static final int MESSAGES = Integer.getInteger("bench.sms", 20_000);

    @DynamicPropertySource
    static void smscPort(DynamicPropertyRegistry registry) {
        registry.add("haat.smpp.port", () -> PORT);
    }

    @Autowired
    SmsDispatcher dispatcher;

    @Autowired
    DSLContext dsl;

    @Autowired
    JsonMapper json;

    @Test
    void twentyThousandBengaliMessagesThroughTheDispatcher() throws Exception {
        String model = json.writeValueAsString(MessageSamples.of(MessageType.APPLICATIONS_CLOSED, "bn"));
        OffsetDateTime now = OffsetDateTime.now();
        List<MailOutboxRecord> rows = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            MailOutboxRecord row = new MailOutboxRecord();
            row.setMessageId("<" + UUID.randomUUID() + "@bench>");
            row.setMessageType(MessageType.APPLICATIONS_CLOSED);
            row.setChannel(Channel.SMS);
            row.setRecipient("9" + String.format("%09d", i));
            row.setLanguage("bn");
            row.setModel(model);
            row.setStatus(OutboxStatus.QUEUED);
            row.setCreatedAt(now);
            row.setNextAttemptAt(now);
            rows.add(row);
        }
        for (int from = 0; from < rows.size(); from += 1000) {
            dsl.batchInsert(rows.subList(from, Math.min(rows.size(), from + 1000)))
                    .execute();
        }
        try (EmbeddedSmsc smsc = EmbeddedSmsc.start(PORT, "bench", "bench")) {
            long start = System.nanoTime();
            int sent = 0;
            while (sent < MESSAGES) {
                int drained = dispatcher.drain();
                if (drained == 0) {
                    Thread.sleep(50);
                }
                sent += drained;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = MESSAGES / seconds;
            System.out.printf(
                    "BENCH sms.dispatch: %d Bengali SMS (%d submit_sm) through the outbox to the embedded SMSC in %.1f s:"
                            + " %.0f messages/s%n",
                    MESSAGES, smsc.submitCount(), seconds, rate);
            assertThat(smsc.received()).hasSize(MESSAGES);
            assertThat(dsl.fetchCount(
                            MAIL_OUTBOX,
                            MAIL_OUTBOX.CHANNEL.eq(Channel.SMS).and(MAIL_OUTBOX.STATUS.eq(OutboxStatus.SENT))))
                    .isEqualTo(MESSAGES);
            assertThat(rate).isGreaterThanOrEqualTo(300);
        }
    }
}
