package app.haat.allocation;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.ASSIGNMENT;
import static app.haat.db.Tables.EXHIBITION;
import static app.haat.db.Tables.EXHIBITION_OFFER_RULE;
import static app.haat.db.Tables.EXHIBITION_SLOT;
import static app.haat.db.Tables.KIOSK;
import static app.haat.db.Tables.SHG_GROUP;
import static org.jooq.Records.mapping;

import app.haat.exhibition.ApplicationStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Assigned applications of exhibitions that ask for a confirmation, with their first day and the answer. */
@Repository
class ConfirmationRepository {

    private final DSLContext dsl;

    ConfirmationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An assigned application asked to confirm: its stall's first day and the days before it the question opens. */
    record Stand(
            long applicationId,
            long exhibitionId,
            String exhibitionTitle,
            @Nullable String exhibitionTitleBn,
            long groupId,
            String groupName,
            String kioskCode,
            LocalDate firstDay,
            int confirmDays,
            @Nullable OffsetDateTime askedAt,
            @Nullable OffsetDateTime confirmedAt) {

        /** The question is open from {@code confirmDays} before the first day until the day before it. */
        boolean askedOn(LocalDate today) {
            return !today.isBefore(firstDay.minusDays(confirmDays)) && today.isBefore(firstDay);
        }
    }

    List<Stand> ofGroup(long groupId) {
        return stands(APPLICATION.GROUP_ID.eq(groupId));
    }

    List<Stand> ofExhibition(long exhibitionId) {
        return stands(APPLICATION.EXHIBITION_ID.eq(exhibitionId));
    }

    /** Every stand whose question may be open (first day today or later), for the job that asks. */
    List<Stand> upcoming(LocalDate today) {
        return stands(DSL.noCondition()).stream()
                .filter(s -> !s.firstDay().isBefore(today))
                .toList();
    }

    /** Marks the question sent; answers whether this caller claimed it (a second run finds it taken). */
    boolean claimAsk(long applicationId, OffsetDateTime now) {
        return dsl.update(APPLICATION)
                        .set(APPLICATION.ATTENDANCE_ASKED_AT, now)
                        .where(APPLICATION.ID.eq(applicationId).and(APPLICATION.ATTENDANCE_ASKED_AT.isNull()))
                        .execute()
                == 1;
    }

    boolean confirm(long applicationId, OffsetDateTime now) {
        return dsl.update(APPLICATION)
                        .set(APPLICATION.ATTENDANCE_CONFIRMED_AT, now)
                        .where(assignedUnconfirmed(applicationId))
                        .execute()
                == 1;
    }

    /** The officer releases an unconfirmed seat: the application is withdrawn with the reason, never a no-show. */
    boolean release(long applicationId, String reason, OffsetDateTime now) {
        return dsl.update(APPLICATION)
                        .set(APPLICATION.STATUS, ApplicationStatus.WITHDRAWN)
                        .set(APPLICATION.REASON, reason)
                        .set(APPLICATION.ACTIVE, (Boolean) null)
                        .set(APPLICATION.UPDATED_AT, now)
                        .set(APPLICATION.VERSION, APPLICATION.VERSION.plus(1))
                        .where(assignedUnconfirmed(applicationId))
                        .execute()
                == 1;
    }

    /** Still assigned and not yet confirmed: confirming and releasing each happen once. */
    private static Condition assignedUnconfirmed(long applicationId) {
        return APPLICATION
                .ID
                .eq(applicationId)
                .and(APPLICATION.STATUS.eq(ApplicationStatus.ASSIGNED))
                .and(APPLICATION.ATTENDANCE_CONFIRMED_AT.isNull());
    }

    private List<Stand> stands(Condition which) {
        var firstDay = DSL.min(EXHIBITION_SLOT.STARTS_ON);
        var kiosk = DSL.min(KIOSK.CODE);
        return dsl.select(
                        APPLICATION.ID,
                        APPLICATION.EXHIBITION_ID,
                        EXHIBITION.TITLE,
                        EXHIBITION.TITLE_BN,
                        APPLICATION.GROUP_ID,
                        SHG_GROUP.NAME,
                        kiosk,
                        firstDay,
                        EXHIBITION_OFFER_RULE.CONFIRM_DAYS,
                        APPLICATION.ATTENDANCE_ASKED_AT,
                        APPLICATION.ATTENDANCE_CONFIRMED_AT)
                .from(APPLICATION)
                .join(EXHIBITION)
                .on(EXHIBITION.ID.eq(APPLICATION.EXHIBITION_ID))
                .join(EXHIBITION_OFFER_RULE)
                .on(EXHIBITION_OFFER_RULE.EXHIBITION_ID.eq(APPLICATION.EXHIBITION_ID))
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(APPLICATION.GROUP_ID))
                .join(ASSIGNMENT)
                .on(ASSIGNMENT.APPLICATION_ID.eq(APPLICATION.ID))
                .join(KIOSK)
                .on(KIOSK.ID.eq(ASSIGNMENT.KIOSK_ID))
                .join(EXHIBITION_SLOT)
                .on(EXHIBITION_SLOT.ID.eq(ASSIGNMENT.SLOT_ID))
                .where(which.and(APPLICATION.STATUS.eq(ApplicationStatus.ASSIGNED))
                        .and(EXHIBITION_OFFER_RULE.CONFIRM_DAYS.isNotNull()))
                .groupBy(
                        APPLICATION.ID,
                        APPLICATION.EXHIBITION_ID,
                        EXHIBITION.TITLE,
                        EXHIBITION.TITLE_BN,
                        APPLICATION.GROUP_ID,
                        SHG_GROUP.NAME,
                        EXHIBITION_OFFER_RULE.CONFIRM_DAYS,
                        APPLICATION.ATTENDANCE_ASKED_AT,
                        APPLICATION.ATTENDANCE_CONFIRMED_AT)
                .orderBy(firstDay, APPLICATION.ID)
                .fetch(mapping(Stand::new));
    }
}
