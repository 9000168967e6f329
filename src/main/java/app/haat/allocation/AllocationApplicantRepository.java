package app.haat.allocation;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.APPLICATION_PREFERENCE;
import static app.haat.db.Tables.ASSIGNMENT;
import static app.haat.db.Tables.CATEGORY;
import static app.haat.db.Tables.CHECK_IN;
import static app.haat.db.Tables.EXHIBITION;
import static app.haat.db.Tables.EXHIBITION_SLOT;
import static app.haat.db.Tables.GROUP_CATEGORY;
import static app.haat.db.Tables.MUNICIPALITY;
import static app.haat.db.Tables.SHG_GROUP;
import static org.jooq.Records.mapping;

import app.haat.allocation.engine.AllocationInput.Applicant;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.ExhibitionStatus;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** What the allocator reads about the applicants of a run; split from AllocationRepository to keep each small. */
@Repository
class AllocationApplicantRepository {

    /**
     * Applications the allocator considers: every one not rejected by an officer and not withdrawn. An application
     * the last run found ineligible stays in play: the next run decides afresh from the state at that moment.
     */
    static final List<ApplicationStatus> IN_PLAY = List.of(
            ApplicationStatus.SUBMITTED,
            ApplicationStatus.ACCEPTED,
            ApplicationStatus.WAITLISTED,
            ApplicationStatus.ASSIGNED,
            ApplicationStatus.INELIGIBLE);

    private final DSLContext dsl;

    AllocationApplicantRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The applicants with what the formula needs: origin, first category, needs, ranked slots, placements in other
     * exhibitions that started in the 12 months before this one, and the slots in which they are placed elsewhere.
     */
    List<Applicant> applicants(long exhibitionId, LocalDate startsOn) {
        var rows = dsl.select(
                        APPLICATION.ID,
                        APPLICATION.GROUP_ID,
                        SHG_GROUP.MUNICIPALITY_ID,
                        MUNICIPALITY.DISTRICT_ID,
                        APPLICATION.NEEDS_ELECTRICITY,
                        APPLICATION.NEEDS_FOOD,
                        APPLICATION.CREATED_AT)
                .from(APPLICATION)
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(APPLICATION.GROUP_ID))
                .join(MUNICIPALITY)
                .on(MUNICIPALITY.ID.eq(SHG_GROUP.MUNICIPALITY_ID))
                .where(APPLICATION.EXHIBITION_ID.eq(exhibitionId).and(APPLICATION.STATUS.in(IN_PLAY)))
                .orderBy(APPLICATION.ID)
                .fetch();
        Map<Long, List<Long>> preferences = preferences(exhibitionId);
        Map<Long, String> category = firstCategories(exhibitionId);
        Map<Long, Integer> past = pastPlacements(exhibitionId, startsOn);
        Map<Long, Integer> noShows = noShows(exhibitionId, startsOn);
        Map<Long, Set<Long>> busy = busySlots(exhibitionId);
        return rows.map(mapping((id, groupId, municipality, district, electricity, food, createdAt) -> new Applicant(
                id,
                groupId,
                municipality,
                district,
                category.get(groupId),
                electricity,
                food,
                preferences.getOrDefault(id, List.of()),
                past.getOrDefault(groupId, 0),
                noShows.getOrDefault(groupId, 0),
                busy.getOrDefault(groupId, Set.of()),
                createdAt.toInstant().toEpochMilli())));
    }

    /** Each application's slots in the order it ranked them. */
    private Map<Long, List<Long>> preferences(long exhibitionId) {
        return dsl.select(APPLICATION_PREFERENCE.APPLICATION_ID, APPLICATION_PREFERENCE.SLOT_ID)
                .from(APPLICATION_PREFERENCE)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(APPLICATION_PREFERENCE.APPLICATION_ID))
                .where(APPLICATION.EXHIBITION_ID.eq(exhibitionId))
                .orderBy(APPLICATION_PREFERENCE.RANK_NO)
                .fetchGroups(APPLICATION_PREFERENCE.APPLICATION_ID, APPLICATION_PREFERENCE.SLOT_ID);
    }

    /** Each applying group's first category in the categories' order. */
    private Map<Long, String> firstCategories(long exhibitionId) {
        Map<Long, String> category = new HashMap<>();
        dsl.select(GROUP_CATEGORY.GROUP_ID, CATEGORY.CODE)
                .from(GROUP_CATEGORY)
                .join(CATEGORY)
                .on(CATEGORY.ID.eq(GROUP_CATEGORY.CATEGORY_ID))
                .join(APPLICATION)
                .on(APPLICATION.GROUP_ID.eq(GROUP_CATEGORY.GROUP_ID))
                .where(APPLICATION.EXHIBITION_ID.eq(exhibitionId))
                .orderBy(CATEGORY.SORT_ORDER, CATEGORY.ID)
                .fetchGroups(GROUP_CATEGORY.GROUP_ID, CATEGORY.CODE)
                .forEach((group, codes) -> category.put(group, codes.getFirst()));
        return category;
    }

    /** Placements of the applying groups in other exhibitions that started in the 12 months before this one. */
    private Map<Long, Integer> pastPlacements(long exhibitionId, LocalDate startsOn) {
        Field<Integer> count = DSL.count();
        return dsl.select(APPLICATION.GROUP_ID, count)
                .from(ASSIGNMENT)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(ASSIGNMENT.APPLICATION_ID))
                .join(EXHIBITION)
                .on(EXHIBITION.ID.eq(ASSIGNMENT.EXHIBITION_ID))
                .where(ASSIGNMENT
                        .EXHIBITION_ID
                        .ne(exhibitionId)
                        .and(EXHIBITION.STARTS_ON.between(startsOn.minusYears(1), startsOn))
                        .and(APPLICATION.GROUP_ID.in(applyingGroups(exhibitionId))))
                .groupBy(APPLICATION.GROUP_ID)
                .fetchMap(APPLICATION.GROUP_ID, count);
    }

    /**
     * No-shows: absences at check-in in the 12 months before this exhibition (the penalty of the formula), never on
     * a cancelled exhibition or a slot's lost days.
     */
    private Map<Long, Integer> noShows(long exhibitionId, LocalDate startsOn) {
        Field<Integer> count = DSL.count();
        return dsl.select(APPLICATION.GROUP_ID, count)
                .from(CHECK_IN)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(CHECK_IN.APPLICATION_ID))
                .join(EXHIBITION)
                .on(EXHIBITION.ID.eq(APPLICATION.EXHIBITION_ID))
                .where(CHECK_IN.PRESENT
                        .isFalse()
                        .and(EXHIBITION.STATUS.ne(ExhibitionStatus.CANCELLED))
                        // a day lost to a strike or a flood (the slot closed from it on) counts against no group
                        .andNotExists(DSL.selectOne()
                                .from(EXHIBITION_SLOT)
                                .where(EXHIBITION_SLOT
                                        .EXHIBITION_ID
                                        .eq(EXHIBITION.ID)
                                        .and(EXHIBITION_SLOT.CLOSED_FROM.le(CHECK_IN.CHECK_DAY))
                                        .and(EXHIBITION_SLOT.ENDS_ON.ge(CHECK_IN.CHECK_DAY))))
                        .and(CHECK_IN.CHECK_DAY.between(startsOn.minusYears(1), startsOn))
                        .and(APPLICATION.GROUP_ID.in(applyingGroups(exhibitionId))))
                .groupBy(APPLICATION.GROUP_ID)
                .fetchMap(APPLICATION.GROUP_ID, count);
    }

    private Select<Record1<Long>> applyingGroups(long exhibitionId) {
        return DSL.select(APPLICATION.GROUP_ID).from(APPLICATION).where(APPLICATION.EXHIBITION_ID.eq(exhibitionId));
    }

    /** This exhibition's slots that overlap a slot the group holds in another exhibition. */
    private Map<Long, Set<Long>> busySlots(long exhibitionId) {
        var mine = EXHIBITION_SLOT.as("mine");
        var theirs = EXHIBITION_SLOT.as("theirs");
        Map<Long, Set<Long>> busy = new HashMap<>();
        dsl.select(APPLICATION.GROUP_ID, mine.ID)
                .from(ASSIGNMENT)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(ASSIGNMENT.APPLICATION_ID))
                .join(theirs)
                .on(theirs.ID.eq(ASSIGNMENT.SLOT_ID))
                .join(mine)
                .on(mine.EXHIBITION_ID
                        .eq(exhibitionId)
                        .and(mine.STARTS_ON.le(theirs.ENDS_ON))
                        .and(mine.ENDS_ON.ge(theirs.STARTS_ON)))
                .where(ASSIGNMENT.EXHIBITION_ID.ne(exhibitionId))
                .fetchGroups(APPLICATION.GROUP_ID, mine.ID)
                .forEach((group, slots) -> busy.put(group, new HashSet<>(slots)));
        return busy;
    }
}
