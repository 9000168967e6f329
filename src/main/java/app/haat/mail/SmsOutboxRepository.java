package app.haat.mail;

import static app.haat.db.Tables.MAIL_OUTBOX;
import static app.haat.db.Tables.SMS_PART;

import app.haat.db.tables.records.MailOutboxRecord;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The SMS rows of the outbox: claiming a window of them, recording what the SMSC answered, receipts, figures. */
@Repository
class SmsOutboxRepository {

    /** A receipt's final states; anything else (ACCEPTD, ENROUTE) is not final. */
    static final Set<String> FAILED_STATES = Set.of("UNDELIV", "EXPIRED", "REJECTD", "DELETED", "UNKNOWN");

    static final Set<String> FINAL_STATES = Set.of("DELIVRD", "UNDELIV", "EXPIRED", "REJECTD", "DELETED", "UNKNOWN");

    private final DSLContext dsl;
    private final OutboxRepository outbox;

    SmsOutboxRepository(DSLContext dsl, OutboxRepository outbox) {
        this.dsl = dsl;
        this.outbox = outbox;
    }

    /**
     * The oldest due SMS whose type and language may go now, at most {@code limit}, one-time codes first (a person
     * waits for each, and it dies in minutes; it must not queue behind a catchment's announcements): held types (no
     * template id) and, in quiet hours, announcements and reminders wait in the queue.
     */
    List<Long> due(OffsetDateTime now, int limit, Map<MessageType, Set<String>> sendable, Set<MessageType> waiting) {
        Condition allowed = DSL.falseCondition();
        for (var entry : sendable.entrySet()) {
            if (!waiting.contains(entry.getKey())) {
                allowed = allowed.or(
                        MAIL_OUTBOX.MESSAGE_TYPE.eq(entry.getKey()).and(MAIL_OUTBOX.LANGUAGE.in(entry.getValue())));
            }
        }
        return dsl.select(MAIL_OUTBOX.ID)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX
                        .CHANNEL
                        .eq(Channel.SMS)
                        .and(MAIL_OUTBOX.STATUS.eq(OutboxStatus.QUEUED))
                        .and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(now))
                        .and(allowed))
                .orderBy(
                        DSL.when(MAIL_OUTBOX.MESSAGE_TYPE.eq(MessageType.ONE_TIME_CODE), 0)
                                .otherwise(1),
                        MAIL_OUTBOX.NEXT_ATTEMPT_AT,
                        MAIL_OUTBOX.ID)
                .limit(limit)
                .forUpdate()
                .skipLocked()
                .fetch(MAIL_OUTBOX.ID);
    }

    /**
     * Claims the due SMS (see {@link #due}) for one node as the mail dispatcher claims e-mail, in its own committed
     * transaction, skipping rows another node is claiming: in flight until marked.
     */
    @Transactional
    List<MailOutboxRecord> claimDue(
            OffsetDateTime now,
            int limit,
            Map<MessageType, Set<String>> sendable,
            Set<MessageType> waiting,
            Claimant by) {
        return outbox.claim(due(now, limit, sendable, waiting), now, by);
    }

    /**
     * The SMSC accepted every part: the message is sent, with each part's id for its receipt. Answers false, recording
     * nothing, when the claim was taken over meanwhile (see {@link OutboxRepository#stillClaimed}).
     */
    @Transactional
    boolean markSent(MailOutboxRecord claimed, List<String> messageIds, String text, int segments, OffsetDateTime now) {
        int marked = dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, OutboxStatus.SENT)
                .set(MAIL_OUTBOX.SENT_AT, now)
                .set(MAIL_OUTBOX.SMS_TEXT, text)
                .set(MAIL_OUTBOX.SEGMENTS, segments)
                .setNull(MAIL_OUTBOX.LAST_ERROR)
                .where(OutboxRepository.stillClaimed(claimed))
                .execute();
        if (marked == 0) {
            return false;
        }
        var insert = dsl.insertInto(SMS_PART, SMS_PART.SMSC_MESSAGE_ID, SMS_PART.OUTBOX_ID, SMS_PART.PART);
        for (int i = 0; i < messageIds.size(); i++) {
            insert = insert.values(messageIds.get(i), claimed.getId(), i + 1);
        }
        insert.execute();
        return true;
    }

    void replaceModel(long id, String model) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.MODEL, model)
                .where(MAIL_OUTBOX.ID.eq(id))
                .execute();
    }

    void markFailed(MailOutboxRecord claimed, String error) {
        outbox.markFailed(claimed, null, error);
    }

    /** Back to the queue; {@code countAttempt} false when the SMSC only asked us to slow down. */
    void retryLater(MailOutboxRecord claimed, OffsetDateTime at, String error, boolean countAttempt) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, OutboxStatus.QUEUED)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, at)
                .set(MAIL_OUTBOX.LAST_ERROR, clip(error))
                .set(MAIL_OUTBOX.ATTEMPTS, countAttempt ? MAIL_OUTBOX.ATTEMPTS : MAIL_OUTBOX.ATTEMPTS.minus(1))
                .setNull(MAIL_OUTBOX.CLAIMED_AT)
                .where(OutboxRepository.stillClaimed(claimed))
                .execute();
    }

    void requeuePossiblyDuplicated(MailOutboxRecord claimed, OffsetDateTime at, String error) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, OutboxStatus.QUEUED)
                .set(MAIL_OUTBOX.POSSIBLY_DUPLICATE, true)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, at)
                .set(MAIL_OUTBOX.LAST_ERROR, clip(error))
                .setNull(MAIL_OUTBOX.CLAIMED_AT)
                .where(OutboxRepository.stillClaimed(claimed))
                .execute();
    }

    /**
     * SMS whose claim expired (a node killed or stopped while they were in flight) go back to the queue marked
     * possibly duplicated: the SMSC may have accepted them before their ids were stored. At most one window of
     * them per node. Claims without an expiry (older portals) count from before this process started.
     */
    int releaseInFlight(OffsetDateTime now, OffsetDateTime claimedBeforeStart) {
        return outbox.releaseExpired(Channel.SMS, now, claimedBeforeStart);
    }

    /**
     * Records a part's receipt and answers whether the part was known. The message is delivered when every part
     * is; it failed as soon as one part did.
     */
    @Transactional
    boolean receipt(String smscMessageId, String state, OffsetDateTime now) {
        // the latest part with this id that has no final state yet (an id an SMSC uses again finds the new message)
        Long outboxId = dsl.select(DSL.max(SMS_PART.OUTBOX_ID))
                .from(SMS_PART)
                .where(SMS_PART.SMSC_MESSAGE_ID
                        .eq(smscMessageId)
                        .and(SMS_PART.STATE.isNull().or(SMS_PART.STATE.notIn(FINAL_STATES))))
                .fetchOne(0, Long.class);
        if (outboxId == null) {
            return false;
        }
        dsl.update(SMS_PART)
                .set(SMS_PART.STATE, state)
                .set(SMS_PART.UPDATED_AT, now)
                .where(SMS_PART.SMSC_MESSAGE_ID.eq(smscMessageId).and(SMS_PART.OUTBOX_ID.eq(outboxId)))
                .execute();
        List<String> states = dsl.select(SMS_PART.STATE)
                .from(SMS_PART)
                .where(SMS_PART.OUTBOX_ID.eq(outboxId))
                .fetch(SMS_PART.STATE);
        String failed = states.stream()
                .filter(s -> s != null && FAILED_STATES.contains(s))
                .findFirst()
                .orElse(null);
        boolean allDelivered = states.stream().allMatch("DELIVRD"::equals);
        if (failed != null || allDelivered) {
            dsl.update(MAIL_OUTBOX)
                    .set(MAIL_OUTBOX.DELIVERY, DeliveryState.valueOf(failed != null ? failed : "DELIVRD"))
                    .set(MAIL_OUTBOX.DELIVERED_AT, allDelivered ? now : null)
                    .where(MAIL_OUTBOX.ID.eq(outboxId))
                    .execute();
        }
        return true;
    }

    /** SMS segments sent since {@code from}, by message type (the state pays per segment). */
    Map<MessageType, Integer> segmentsSince(OffsetDateTime from) {
        var segments = DSL.sum(MAIL_OUTBOX.SEGMENTS).cast(Integer.class);
        return dsl.select(MAIL_OUTBOX.MESSAGE_TYPE, segments)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX
                        .CHANNEL
                        .eq(Channel.SMS)
                        .and(MAIL_OUTBOX.SENT_AT.ge(from))
                        .and(MAIL_OUTBOX.SEGMENTS.isNotNull()))
                .groupBy(MAIL_OUTBOX.MESSAGE_TYPE)
                .fetchMap(MAIL_OUTBOX.MESSAGE_TYPE, segments);
    }

    /** SMS queued for types and languages in {@code held} (no template id): they wait. */
    int heldCount(Collection<MessageType> held) {
        return dsl.fetchCount(
                MAIL_OUTBOX,
                MAIL_OUTBOX
                        .CHANNEL
                        .eq(Channel.SMS)
                        .and(MAIL_OUTBOX.STATUS.eq(OutboxStatus.QUEUED))
                        .and(MAIL_OUTBOX.MESSAGE_TYPE.in(held)));
    }

    int possiblyDuplicated() {
        return dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.POSSIBLY_DUPLICATE.isTrue());
    }

    private static String clip(String error) {
        return error.length() <= 2000 ? error : error.substring(0, 1999) + "…";
    }
}
