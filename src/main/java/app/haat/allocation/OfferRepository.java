package app.haat.allocation;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.EXHIBITION;
import static app.haat.db.Tables.EXHIBITION_OFFER_RULE;
import static app.haat.db.Tables.EXHIBITION_SLOT;
import static app.haat.db.Tables.KIOSK;
import static app.haat.db.Tables.SHG_GROUP;
import static app.haat.db.Tables.WAITLIST_OFFER;
import static org.jooq.Records.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record17;
import org.jooq.SelectOnConditionStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Waitlist offers and each exhibition's offer rule. */
@Repository
class OfferRepository {

    /** When an exhibition has no rule of its own: a day to answer, no confirmation asked. */
    static final OfferRule DEFAULT_RULE = new OfferRule(24, null);

    private final DSLContext dsl;

    OfferRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    OfferRule rule(long exhibitionId) {
        return dsl.select(EXHIBITION_OFFER_RULE.REPLY_HOURS, EXHIBITION_OFFER_RULE.CONFIRM_DAYS)
                .from(EXHIBITION_OFFER_RULE)
                .where(EXHIBITION_OFFER_RULE.EXHIBITION_ID.eq(exhibitionId))
                .fetchOptional(mapping(OfferRule::new))
                .orElse(DEFAULT_RULE);
    }

    void saveRule(long exhibitionId, OfferRule rule, String by, OffsetDateTime now) {
        int updated = dsl.update(EXHIBITION_OFFER_RULE)
                .set(EXHIBITION_OFFER_RULE.REPLY_HOURS, rule.replyHours())
                .set(EXHIBITION_OFFER_RULE.CONFIRM_DAYS, rule.confirmDays())
                .set(EXHIBITION_OFFER_RULE.UPDATED_BY, by)
                .set(EXHIBITION_OFFER_RULE.UPDATED_AT, now)
                .where(EXHIBITION_OFFER_RULE.EXHIBITION_ID.eq(exhibitionId))
                .execute();
        if (updated == 0) {
            dsl.insertInto(EXHIBITION_OFFER_RULE)
                    .set(EXHIBITION_OFFER_RULE.EXHIBITION_ID, exhibitionId)
                    .set(EXHIBITION_OFFER_RULE.REPLY_HOURS, rule.replyHours())
                    .set(EXHIBITION_OFFER_RULE.CONFIRM_DAYS, rule.confirmDays())
                    .set(EXHIBITION_OFFER_RULE.UPDATED_BY, by)
                    .set(EXHIBITION_OFFER_RULE.UPDATED_AT, now)
                    .execute();
        }
    }

    long insert(
            long exhibitionId,
            long applicationId,
            long kioskId,
            long slotId,
            @Nullable Long freedBy,
            OffsetDateTime now,
            OffsetDateTime expiresAt) {
        return Objects.requireNonNull(dsl.insertInto(WAITLIST_OFFER)
                        .set(WAITLIST_OFFER.EXHIBITION_ID, exhibitionId)
                        .set(WAITLIST_OFFER.APPLICATION_ID, applicationId)
                        .set(WAITLIST_OFFER.KIOSK_ID, kioskId)
                        .set(WAITLIST_OFFER.SLOT_ID, slotId)
                        .set(WAITLIST_OFFER.FREED_BY_APPLICATION_ID, freedBy)
                        .set(WAITLIST_OFFER.STATUS, OfferStatus.OPEN)
                        .set(WAITLIST_OFFER.OFFERED_AT, now)
                        .set(WAITLIST_OFFER.EXPIRES_AT, expiresAt)
                        .set(WAITLIST_OFFER.OPEN_APPLICATION_ID, applicationId)
                        .returning(WAITLIST_OFFER.ID)
                        .fetchOne())
                .getId();
    }

    Optional<WaitlistOffer> find(long offerId) {
        return select().where(WAITLIST_OFFER.ID.eq(offerId)).fetchOptional(mapping(WaitlistOffer::new));
    }

    /** The exhibition's offers, newest first. */
    List<WaitlistOffer> ofExhibition(long exhibitionId) {
        return select().where(WAITLIST_OFFER.EXHIBITION_ID.eq(exhibitionId))
                .orderBy(WAITLIST_OFFER.ID.desc())
                .fetch(mapping(WaitlistOffer::new));
    }

    /** The group's offers, open ones first, then newest first. */
    List<WaitlistOffer> ofGroup(long groupId) {
        return select().where(APPLICATION.GROUP_ID.eq(groupId))
                .orderBy(WAITLIST_OFFER.STATUS.eq(OfferStatus.OPEN).desc(), WAITLIST_OFFER.ID.desc())
                .fetch(mapping(WaitlistOffer::new));
    }

    List<WaitlistOffer> ofApplicationOpen(long applicationId) {
        return select().where(
                        WAITLIST_OFFER.APPLICATION_ID.eq(applicationId).and(WAITLIST_OFFER.STATUS.eq(OfferStatus.OPEN)))
                .fetch(mapping(WaitlistOffer::new));
    }

    /** The application whose withdrawal freed the offered seat; none when an officer offered a free seat. */
    @Nullable
    Long freedBy(long offerId) {
        return dsl.select(WAITLIST_OFFER.FREED_BY_APPLICATION_ID)
                .from(WAITLIST_OFFER)
                .where(WAITLIST_OFFER.ID.eq(offerId))
                .fetchOne(WAITLIST_OFFER.FREED_BY_APPLICATION_ID);
    }

    /** The open offers whose deadline has passed at {@code now}, oldest deadline first. */
    List<WaitlistOffer> due(OffsetDateTime now) {
        return select().where(WAITLIST_OFFER.STATUS.eq(OfferStatus.OPEN).and(WAITLIST_OFFER.EXPIRES_AT.le(now)))
                .orderBy(WAITLIST_OFFER.EXPIRES_AT, WAITLIST_OFFER.ID)
                .fetch(mapping(WaitlistOffer::new));
    }

    /** The exhibition's open offers. */
    List<WaitlistOffer> open(long exhibitionId) {
        return select().where(
                        WAITLIST_OFFER.EXHIBITION_ID.eq(exhibitionId).and(WAITLIST_OFFER.STATUS.eq(OfferStatus.OPEN)))
                .orderBy(WAITLIST_OFFER.ID)
                .fetch(mapping(WaitlistOffer::new));
    }

    /**
     * Closes an open offer with its outcome; answers whether it was still open (an offer answered, expired or voided
     * once is never closed again: the job may run twice, or on two nodes).
     */
    boolean close(long offerId, OfferStatus outcome, OffsetDateTime now) {
        return close(WAITLIST_OFFER.ID.eq(offerId), outcome, now) == 1;
    }

    /** Removes the offers of slots that disappear (the exhibition moved to fewer slots). */
    void removeForSlots(java.util.Collection<Long> slotIds) {
        dsl.deleteFrom(WAITLIST_OFFER).where(WAITLIST_OFFER.SLOT_ID.in(slotIds)).execute();
    }

    /** Voids the open offers of an application (withdrawn, placed by hand, rejected). */
    int voidFor(long applicationId, OffsetDateTime now) {
        return close(WAITLIST_OFFER.APPLICATION_ID.eq(applicationId), OfferStatus.VOID, now);
    }

    private int close(Condition which, OfferStatus outcome, OffsetDateTime now) {
        return dsl.update(WAITLIST_OFFER)
                .set(WAITLIST_OFFER.STATUS, outcome)
                .set(WAITLIST_OFFER.ANSWERED_AT, now)
                .setNull(WAITLIST_OFFER.OPEN_APPLICATION_ID)
                .where(which.and(WAITLIST_OFFER.STATUS.eq(OfferStatus.OPEN)))
                .execute();
    }

    private SelectOnConditionStep<
                    Record17<
                            Long,
                            Long,
                            String,
                            String,
                            Long,
                            Long,
                            String,
                            Long,
                            String,
                            Long,
                            Integer,
                            java.time.LocalDate,
                            java.time.LocalDate,
                            OfferStatus,
                            OffsetDateTime,
                            OffsetDateTime,
                            OffsetDateTime>>
            select() {
        return dsl.select(
                        WAITLIST_OFFER.ID,
                        WAITLIST_OFFER.EXHIBITION_ID,
                        EXHIBITION.TITLE,
                        EXHIBITION.TITLE_BN,
                        WAITLIST_OFFER.APPLICATION_ID,
                        APPLICATION.GROUP_ID,
                        SHG_GROUP.NAME,
                        WAITLIST_OFFER.KIOSK_ID,
                        KIOSK.CODE,
                        WAITLIST_OFFER.SLOT_ID,
                        EXHIBITION_SLOT.SEQ,
                        EXHIBITION_SLOT.STARTS_ON,
                        EXHIBITION_SLOT.ENDS_ON,
                        WAITLIST_OFFER.STATUS,
                        WAITLIST_OFFER.OFFERED_AT,
                        WAITLIST_OFFER.EXPIRES_AT,
                        WAITLIST_OFFER.ANSWERED_AT)
                .from(WAITLIST_OFFER)
                .join(EXHIBITION)
                .on(EXHIBITION.ID.eq(WAITLIST_OFFER.EXHIBITION_ID))
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(WAITLIST_OFFER.APPLICATION_ID))
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(APPLICATION.GROUP_ID))
                .join(KIOSK)
                .on(KIOSK.ID.eq(WAITLIST_OFFER.KIOSK_ID))
                .join(EXHIBITION_SLOT)
                .on(EXHIBITION_SLOT.ID.eq(WAITLIST_OFFER.SLOT_ID));
    }
}
