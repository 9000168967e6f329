package app.haat.mail;

import static app.haat.db.Tables.APP_USER;
import static app.haat.db.Tables.MAIL_OUTBOX;
import static app.haat.db.Tables.SHG_GROUP;

import app.haat.db.tables.records.MailOutboxRecord;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record9;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class OutboxRepository {

    /** Group ids per contact query of a message to many groups. */
    static final int IDS_PER_QUERY = 20_000;

    private final DSLContext dsl;

    OutboxRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(
            String messageId,
            MessageType type,
            Channel channel,
            @Nullable Long groupId,
            @Nullable Long userId,
            String recipient,
            String language,
            String model,
            OffsetDateTime now) {
        return Objects.requireNonNull(dsl.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.MESSAGE_ID, messageId)
                .set(MAIL_OUTBOX.CHANNEL, channel)
                .set(MAIL_OUTBOX.GROUP_ID, groupId)
                .set(MAIL_OUTBOX.USER_ID, userId)
                .set(MAIL_OUTBOX.MESSAGE_TYPE, type)
                .set(MAIL_OUTBOX.RECIPIENT, recipient)
                .set(MAIL_OUTBOX.LANGUAGE, language)
                .set(MAIL_OUTBOX.MODEL, model)
                .set(MAIL_OUTBOX.STATUS, OutboxStatus.QUEUED)
                .set(MAIL_OUTBOX.CREATED_AT, now)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, now)
                .returning(MAIL_OUTBOX.ID)
                .fetchOne(MAIL_OUTBOX.ID));
    }

    void setExpiry(long id, OffsetDateTime expiresAt) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.EXPIRES_AT, expiresAt)
                .where(MAIL_OUTBOX.ID.eq(id))
                .execute();
    }

    /** A message of a batch before it is stored: one row of {@link #insertAll}. */
    record NewMessage(
            String messageId,
            MessageType type,
            Channel channel,
            long groupId,
            String recipient,
            String language,
            String model) {}

    /** Many rows in one statement: an announcement to every group of a catchment, a thousand rows at a time. */
    void insertAll(List<NewMessage> rows, OffsetDateTime now) {
        if (rows.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(
                MAIL_OUTBOX,
                MAIL_OUTBOX.MESSAGE_ID,
                MAIL_OUTBOX.MESSAGE_TYPE,
                MAIL_OUTBOX.CHANNEL,
                MAIL_OUTBOX.GROUP_ID,
                MAIL_OUTBOX.RECIPIENT,
                MAIL_OUTBOX.LANGUAGE,
                MAIL_OUTBOX.MODEL,
                MAIL_OUTBOX.STATUS,
                MAIL_OUTBOX.CREATED_AT,
                MAIL_OUTBOX.NEXT_ATTEMPT_AT);
        for (NewMessage row : rows) {
            insert = insert.values(
                    row.messageId(),
                    row.type(),
                    row.channel(),
                    row.groupId(),
                    row.recipient(),
                    row.language(),
                    row.model(),
                    OutboxStatus.QUEUED,
                    now,
                    now);
        }
        insert.execute();
    }

    /** How to reach these groups: their contact, choices and the language of their account (Bengali without one). */
    List<GroupContact> groupContacts(Collection<Long> groupIds) {
        return contacts().where(SHG_GROUP.ID.in(groupIds)).fetch(Records.mapping(GroupContact::new));
    }

    /**
     * The same for many groups, handed over {@code batch} at a time, each group once: the ids go as one array
     * parameter per {@value #IDS_PER_QUERY} (H2 takes arrays up to 65,536 elements), and each query's rows are
     * streamed.
     */
    void groupContacts(Collection<Long> groupIds, int batch, Consumer<List<GroupContact>> each) {
        Long[] ids = new TreeSet<>(groupIds).toArray(Long[]::new);
        for (int from = 0; from < ids.length; from += IDS_PER_QUERY) {
            Table<?> wanted = DSL.unnest(Arrays.copyOfRange(ids, from, Math.min(ids.length, from + IDS_PER_QUERY)))
                    .as("wanted", "id");
            Field<Long> wantedId = Objects.requireNonNull(wanted.field("id", Long.class));
            try (var cursor = contacts()
                    .join(wanted)
                    .on(wantedId.eq(SHG_GROUP.ID))
                    .fetchSize(batch)
                    .fetchLazy()) {
                while (cursor.hasNext()) {
                    each.accept(cursor.fetchNext(batch).map(Records.mapping(GroupContact::new)));
                }
            }
        }
    }

    private SelectJoinStep<Record9<Long, String, String, String, String, Boolean, Boolean, Boolean, String>>
            contacts() {
        return dsl.select(
                        SHG_GROUP.ID,
                        SHG_GROUP.NAME,
                        SHG_GROUP.LEADER_NAME,
                        SHG_GROUP.PHONE,
                        SHG_GROUP.EMAIL,
                        SHG_GROUP.NOTIFY_SMS,
                        SHG_GROUP.NOTIFY_EMAIL,
                        SHG_GROUP.ANNOUNCEMENTS,
                        DSL.nvl(
                                DSL.field(DSL.select(DSL.max(APP_USER.LANGUAGE))
                                        .from(APP_USER)
                                        .where(APP_USER.GROUP_ID.eq(SHG_GROUP.ID))),
                                "bn"))
                .from(SHG_GROUP);
    }

    /** How to reach these accounts (officers, staff, admins), as they chose. */
    List<UserContact> userContacts(Collection<Long> userIds) {
        return dsl.select(
                        APP_USER.ID,
                        APP_USER.DISPLAY_NAME,
                        APP_USER.MOBILE,
                        APP_USER.EMAIL,
                        APP_USER.NOTIFY_SMS,
                        APP_USER.NOTIFY_EMAIL,
                        APP_USER.LANGUAGE)
                .from(APP_USER)
                .where(APP_USER.ID.in(userIds).and(APP_USER.ENABLED.isTrue()).and(APP_USER.GROUP_ID.isNull()))
                .orderBy(APP_USER.ID)
                .fetch(Records.mapping(UserContact::new));
    }

    /** Ids of the oldest e-mails that are due, at most {@code limit}, locked: the mail dispatcher's batch. */
    List<Long> due(OffsetDateTime now, int limit) {
        return dsl.select(MAIL_OUTBOX.ID)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX
                        .CHANNEL
                        .eq(Channel.EMAIL)
                        .and(MAIL_OUTBOX.STATUS.eq(OutboxStatus.QUEUED))
                        .and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(now)))
                .orderBy(MAIL_OUTBOX.NEXT_ATTEMPT_AT, MAIL_OUTBOX.ID)
                .limit(limit)
                .forUpdate()
                .skipLocked()
                .fetch(MAIL_OUTBOX.ID);
    }

    /**
     * Claims the oldest due e-mails for one node in one short transaction: rows another node is claiming right now
     * are skipped (FOR UPDATE SKIP LOCKED), not waited for, so the nodes take different batches.
     */
    @Transactional
    List<MailOutboxRecord> claimDueMail(OffsetDateTime now, int limit, Claimant by) {
        return claim(due(now, limit), now, by);
    }

    /**
     * Claims queued messages for one node until {@code now + claimFor}; answers those actually claimed (another
     * dispatcher may have won some). Call it in the transaction that locked the ids.
     */
    List<MailOutboxRecord> claim(List<Long> ids, OffsetDateTime now, Claimant by) {
        if (ids.isEmpty()) {
            return List.of();
        }
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, OutboxStatus.SENDING)
                .set(MAIL_OUTBOX.CLAIMED_AT, now)
                .set(MAIL_OUTBOX.CLAIMED_BY, by.node())
                .set(MAIL_OUTBOX.CLAIM_EXPIRES_AT, now.plus(by.claimFor()))
                .setNull(MAIL_OUTBOX.HANDED_OVER_AT)
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .where(MAIL_OUTBOX.ID.in(ids).and(MAIL_OUTBOX.STATUS.eq(OutboxStatus.QUEUED)))
                .execute();
        return dsl.selectFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX
                        .ID
                        .in(ids)
                        .and(MAIL_OUTBOX.STATUS.eq(OutboxStatus.SENDING))
                        .and(MAIL_OUTBOX.CLAIMED_BY.eq(by.node()))
                        .and(MAIL_OUTBOX.CLAIMED_AT.eq(now)))
                .orderBy(MAIL_OUTBOX.ID)
                .fetch();
    }

    /** The e-mail is about to go to the SMTP server: from here a kill may leave it sent but not marked. */
    /** False when the claim was taken over meanwhile: the message is another node's now and must not go from here. */
    boolean markHandedOver(MailOutboxRecord claimed, OffsetDateTime now) {
        return dsl.update(MAIL_OUTBOX)
                        .set(MAIL_OUTBOX.HANDED_OVER_AT, now)
                        .where(stillClaimed(claimed))
                        .execute()
                == 1;
    }

    /**
     * The row as this claim left it: still in flight under the same claim. A node whose claim expired while it was
     * slow (a stalled database, a long pause) finds its messages taken over by another node's claim, and whatever it
     * then tries to record of them changes nothing: the claim that took them over settles them.
     */
    static Condition stillClaimed(MailOutboxRecord claimed) {
        return MAIL_OUTBOX
                .ID
                .eq(claimed.getId())
                .and(MAIL_OUTBOX.STATUS.eq(OutboxStatus.SENDING))
                .and(MAIL_OUTBOX.CLAIMED_BY.eq(claimed.getClaimedBy()))
                .and(MAIL_OUTBOX.CLAIMED_AT.eq(claimed.getClaimedAt()));
    }

    void markSent(MailOutboxRecord claimed, String subject, OffsetDateTime now) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, OutboxStatus.SENT)
                .set(MAIL_OUTBOX.SENT_AT, now)
                .set(MAIL_OUTBOX.SUBJECT, subject)
                .setNull(MAIL_OUTBOX.LAST_ERROR)
                .where(stillClaimed(claimed))
                .execute();
    }

    void markFailed(MailOutboxRecord claimed, @Nullable String subject, String error) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, OutboxStatus.FAILED)
                .set(MAIL_OUTBOX.SUBJECT, subject)
                .set(MAIL_OUTBOX.LAST_ERROR, clip(error))
                .where(stillClaimed(claimed))
                .execute();
    }

    void retryLater(MailOutboxRecord claimed, OffsetDateTime at, String error, boolean possiblyAccepted) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, OutboxStatus.QUEUED)
                // the one being handed over when the connection broke may have been accepted already
                .set(
                        MAIL_OUTBOX.POSSIBLY_DUPLICATE,
                        possiblyAccepted ? DSL.inline(true) : MAIL_OUTBOX.POSSIBLY_DUPLICATE)
                .setNull(MAIL_OUTBOX.HANDED_OVER_AT)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, at)
                .set(MAIL_OUTBOX.LAST_ERROR, clip(error))
                .setNull(MAIL_OUTBOX.CLAIMED_AT)
                .setNull(MAIL_OUTBOX.CLAIMED_BY)
                .setNull(MAIL_OUTBOX.CLAIM_EXPIRES_AT)
                .where(stillClaimed(claimed))
                .execute();
    }

    /**
     * Messages of the channel whose claim expired (the node that claimed them was killed, or hangs) go back to the
     * queue. Those the node may have handed over before it stopped are marked possibly duplicated: every SMS of the
     * claimed window (all in flight at once), and of an e-mail batch only the one being handed to the SMTP server.
     * Claims from before claims expired (no expiry recorded) count as expired when made before
     * {@code unexpiringClaimedBefore}.
     */
    int releaseExpired(Channel channel, OffsetDateTime now, OffsetDateTime unexpiringClaimedBefore) {
        Condition inFlight = channel == Channel.SMS ? DSL.trueCondition() : MAIL_OUTBOX.HANDED_OVER_AT.isNotNull();
        return dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, OutboxStatus.QUEUED)
                .set(
                        MAIL_OUTBOX.POSSIBLY_DUPLICATE,
                        DSL.when(inFlight, DSL.inline(true)).otherwise(MAIL_OUTBOX.POSSIBLY_DUPLICATE))
                .setNull(MAIL_OUTBOX.HANDED_OVER_AT)
                .setNull(MAIL_OUTBOX.CLAIMED_AT)
                .setNull(MAIL_OUTBOX.CLAIMED_BY)
                .setNull(MAIL_OUTBOX.CLAIM_EXPIRES_AT)
                .where(MAIL_OUTBOX
                        .CHANNEL
                        .eq(channel)
                        .and(MAIL_OUTBOX.STATUS.eq(OutboxStatus.SENDING))
                        .and(MAIL_OUTBOX
                                .CLAIM_EXPIRES_AT
                                .lt(now)
                                .or(MAIL_OUTBOX
                                        .CLAIM_EXPIRES_AT
                                        .isNull()
                                        .and(MAIL_OUTBOX.CLAIMED_AT.lt(unexpiringClaimedBefore)))))
                .execute();
    }

    int requeue(long id, OffsetDateTime now) {
        return dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, OutboxStatus.QUEUED)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, now)
                .set(MAIL_OUTBOX.ATTEMPTS, 0)
                .where(MAIL_OUTBOX.ID.eq(id).and(MAIL_OUTBOX.STATUS.eq(OutboxStatus.FAILED)))
                .execute();
    }

    private static String clip(String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 1999) + "…";
    }
}
