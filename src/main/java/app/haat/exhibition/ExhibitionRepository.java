package app.haat.exhibition;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.CATEGORY;
import static app.haat.db.Tables.EXHIBITION;
import static app.haat.db.Tables.EXHIBITION_CATCHMENT;
import static app.haat.db.Tables.EXHIBITION_CATEGORY;
import static app.haat.db.Tables.EXHIBITION_SLOT;
import static app.haat.db.Tables.MUNICIPALITY;
import static app.haat.db.Tables.VENUE;

import app.haat.core.data.TextInput;
import app.haat.core.i18n.LocalizedName;
import app.haat.venue.VenueKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class ExhibitionRepository {

    private final DSLContext dsl;

    ExhibitionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Locks the venue row: two officers booking the same venue at once queue here, so the overlap check holds. */
    void lockVenue(long venueId) {
        dsl.select(VENUE.ID).from(VENUE).where(VENUE.ID.eq(venueId)).forUpdate().fetch();
    }

    /** The title (for its reader) of another exhibition on the venue whose dates meet these. */
    Optional<String> overlapping(long venueId, LocalDate startsOn, LocalDate endsOn, boolean bengali) {
        return dsl.select(EXHIBITION.TITLE, EXHIBITION.TITLE_BN)
                .from(EXHIBITION)
                .where(EXHIBITION
                        .VENUE_ID
                        .eq(venueId)
                        .and(EXHIBITION.STARTS_ON.le(endsOn))
                        .and(EXHIBITION.ENDS_ON.ge(startsOn))
                        .and(EXHIBITION.STATUS.ne(ExhibitionStatus.CANCELLED)))
                .limit(1)
                .fetchOptional(r -> LocalizedName.pick(r.value1(), r.value2(), bengali));
    }

    long insert(ExhibitionForm form, String title, @Nullable String catchmentLabel, String actor, OffsetDateTime now) {
        return Objects.requireNonNull(dsl.insertInto(EXHIBITION)
                .set(EXHIBITION.VENUE_ID, form.venueId())
                .set(EXHIBITION.TITLE, title)
                .set(EXHIBITION.TITLE_BN, TextInput.blankToNull(form.titleBn()))
                .set(EXHIBITION.STARTS_ON, form.startsOn())
                .set(EXHIBITION.ENDS_ON, form.endsOn())
                .set(EXHIBITION.SLOT_LENGTH, form.slotLength())
                .set(EXHIBITION.GROUPS_PER_KIOSK_SLOT, form.groupsPerKioskSlot())
                .set(EXHIBITION.CATCHMENT_LABEL, catchmentLabel)
                .set(EXHIBITION.APPLICATIONS_OPEN_AT, form.applicationsOpenAt())
                .set(EXHIBITION.APPLICATIONS_CLOSE_AT, form.applicationsCloseAt())
                .set(EXHIBITION.STATUS, ExhibitionStatus.DRAFT)
                .set(EXHIBITION.CREATED_BY, actor)
                .set(EXHIBITION.CREATED_AT, now)
                .returning(EXHIBITION.ID)
                .fetchOne(EXHIBITION.ID));
    }

    void insertSlots(long exhibitionId, List<SlotDates> slots) {
        var insert = dsl.insertInto(
                EXHIBITION_SLOT,
                EXHIBITION_SLOT.EXHIBITION_ID,
                EXHIBITION_SLOT.SEQ,
                EXHIBITION_SLOT.STARTS_ON,
                EXHIBITION_SLOT.ENDS_ON);
        for (int i = 0; i < slots.size(); i++) {
            insert = insert.values(
                    exhibitionId, i + 1, slots.get(i).startsOn(), slots.get(i).endsOn());
        }
        insert.execute();
    }

    void insertCatchment(long exhibitionId, Collection<Long> municipalities) {
        var insert = dsl.insertInto(
                EXHIBITION_CATCHMENT, EXHIBITION_CATCHMENT.EXHIBITION_ID, EXHIBITION_CATCHMENT.MUNICIPALITY_ID);
        for (long municipality : municipalities) {
            insert = insert.values(exhibitionId, municipality);
        }
        insert.execute();
    }

    void insertCategories(long exhibitionId, Collection<String> codes) {
        if (!codes.isEmpty()) {
            dsl.insertInto(EXHIBITION_CATEGORY, EXHIBITION_CATEGORY.EXHIBITION_ID, EXHIBITION_CATEGORY.CATEGORY_ID)
                    .select(DSL.select(DSL.val(exhibitionId), CATEGORY.ID)
                            .from(CATEGORY)
                            .where(CATEGORY.CODE.in(codes)))
                    .execute();
        }
    }

    int countCategories(Collection<String> codes) {
        return dsl.fetchCount(CATEGORY, CATEGORY.CODE.in(codes));
    }

    Optional<Exhibition> find(long id) {
        return select(EXHIBITION.ID.eq(id)).stream().findFirst();
    }

    /** Exhibitions on venues in these municipalities (null: all), optionally of some venue kinds only. */
    List<Exhibition> list(@Nullable Set<Long> municipalities, @Nullable Set<VenueKind> kinds) {
        return list(municipalities, kinds, null, null);
    }

    /** Narrows a listing to one status and one venue municipality, each when given. */
    static Condition filtered(
            Condition condition, @Nullable ExhibitionStatus status, @Nullable Long venueMunicipality) {
        Condition result = condition;
        if (status != null) {
            result = result.and(EXHIBITION.STATUS.eq(status));
        }
        if (venueMunicipality != null) {
            result = result.and(VENUE.MUNICIPALITY_ID.eq(venueMunicipality));
        }
        return result;
    }

    /** Exhibitions on venues in these municipalities (null: all) and of these kinds (null: all), filtered. */
    List<Exhibition> list(
            @Nullable Set<Long> municipalities,
            @Nullable Set<VenueKind> kinds,
            @Nullable ExhibitionStatus status,
            @Nullable Long venueMunicipality) {
        Condition condition = municipalities == null ? DSL.noCondition() : VENUE.MUNICIPALITY_ID.in(municipalities);
        if (kinds != null) {
            condition = condition.and(VENUE.KIND.in(kinds));
        }
        return select(filtered(condition, status, venueMunicipality));
    }

    /**
     * What a group sees: the exhibitions taking applications now whose catchment holds its municipality, and those
     * it has applied to (whatever became of the application), filtered.
     */
    List<Exhibition> visibleToGroup(
            long municipalityId, long groupId, OffsetDateTime now, ExhibitionStatus status, Long venueMunicipality) {
        Condition open = EXHIBITION
                .STATUS
                .eq(ExhibitionStatus.OPEN)
                .and(EXHIBITION.APPLICATIONS_OPEN_AT.le(now))
                .and(EXHIBITION.APPLICATIONS_CLOSE_AT.gt(now))
                .and(DSL.exists(DSL.selectOne()
                        .from(EXHIBITION_CATCHMENT)
                        .where(EXHIBITION_CATCHMENT
                                .EXHIBITION_ID
                                .eq(EXHIBITION.ID)
                                .and(EXHIBITION_CATCHMENT.MUNICIPALITY_ID.eq(municipalityId)))));
        Condition applied = DSL.exists(DSL.selectOne()
                .from(APPLICATION)
                .where(APPLICATION.EXHIBITION_ID.eq(EXHIBITION.ID).and(APPLICATION.GROUP_ID.eq(groupId))));
        return select(filtered(open.or(applied), status, venueMunicipality));
    }

    /** Open exhibitions whose catchment holds this municipality. */
    List<Exhibition> openFor(long municipalityId) {
        return select(EXHIBITION
                .STATUS
                .eq(ExhibitionStatus.OPEN)
                .and(DSL.exists(DSL.selectOne()
                        .from(EXHIBITION_CATCHMENT)
                        .where(EXHIBITION_CATCHMENT
                                .EXHIBITION_ID
                                .eq(EXHIBITION.ID)
                                .and(EXHIBITION_CATCHMENT.MUNICIPALITY_ID.eq(municipalityId))))));
    }

    private List<Exhibition> select(Condition condition) {
        var applications = DSL.field(DSL.selectCount()
                .from(APPLICATION)
                .where(APPLICATION.EXHIBITION_ID.eq(EXHIBITION.ID).and(APPLICATION.ACTIVE.isTrue())));
        return dsl.select(EXHIBITION.fields())
                .select(
                        VENUE.NAME,
                        VENUE.NAME_BN,
                        VENUE.KIND,
                        VENUE.MUNICIPALITY_ID,
                        MUNICIPALITY.NAME_EN,
                        MUNICIPALITY.NAME_BN,
                        applications.as("applications"))
                .from(EXHIBITION)
                .join(VENUE)
                .on(VENUE.ID.eq(EXHIBITION.VENUE_ID))
                .join(MUNICIPALITY)
                .on(MUNICIPALITY.ID.eq(VENUE.MUNICIPALITY_ID))
                .where(condition)
                .orderBy(EXHIBITION.STARTS_ON.desc(), EXHIBITION.ID.desc())
                .fetch(r -> exhibition(r, r.get("applications", Integer.class)));
    }

    private static Exhibition exhibition(Record r, int applications) {
        return new Exhibition(
                r.get(EXHIBITION.ID),
                r.get(EXHIBITION.VENUE_ID),
                r.get(VENUE.NAME),
                r.get(VENUE.KIND),
                r.get(VENUE.MUNICIPALITY_ID),
                r.get(MUNICIPALITY.NAME_EN),
                r.get(MUNICIPALITY.NAME_BN),
                r.get(EXHIBITION.TITLE),
                r.get(EXHIBITION.STARTS_ON),
                r.get(EXHIBITION.ENDS_ON),
                r.get(EXHIBITION.SLOT_LENGTH),
                r.get(EXHIBITION.GROUPS_PER_KIOSK_SLOT),
                r.get(EXHIBITION.CATCHMENT_LABEL),
                r.get(EXHIBITION.APPLICATIONS_OPEN_AT),
                r.get(EXHIBITION.APPLICATIONS_CLOSE_AT),
                r.get(EXHIBITION.STATUS),
                r.get(EXHIBITION.CREATED_BY),
                r.get(EXHIBITION.VERSION),
                applications,
                r.get(EXHIBITION.LOTTERY_SEED),
                r.get(EXHIBITION.TITLE_BN),
                r.get(VENUE.NAME_BN));
    }

    List<Slot> slots(long exhibitionId) {
        return dsl.selectFrom(EXHIBITION_SLOT)
                .where(EXHIBITION_SLOT.EXHIBITION_ID.eq(exhibitionId))
                .orderBy(EXHIBITION_SLOT.SEQ)
                .fetch(r -> new Slot(r.getId(), r.getSeq(), r.getStartsOn(), r.getEndsOn()));
    }

    /** In municipality order: Set.copyOf's order changes with every JVM start, and so did the API's answer. */
    Set<Long> catchment(long exhibitionId) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(dsl.select(EXHIBITION_CATCHMENT.MUNICIPALITY_ID)
                .from(EXHIBITION_CATCHMENT)
                .where(EXHIBITION_CATCHMENT.EXHIBITION_ID.eq(exhibitionId))
                .orderBy(EXHIBITION_CATCHMENT.MUNICIPALITY_ID)
                .fetch(EXHIBITION_CATCHMENT.MUNICIPALITY_ID)));
    }

    List<String> categories(long exhibitionId) {
        return dsl.select(CATEGORY.CODE)
                .from(EXHIBITION_CATEGORY)
                .join(CATEGORY)
                .on(CATEGORY.ID.eq(EXHIBITION_CATEGORY.CATEGORY_ID))
                .where(EXHIBITION_CATEGORY.EXHIBITION_ID.eq(exhibitionId))
                .orderBy(CATEGORY.SORT_ORDER)
                .fetch(CATEGORY.CODE);
    }

    /**
     * Exhibitions taking applications whose window closes in [from, to) and whose closing reminder has not been
     * queued on {@code today} or later.
     */
    List<Exhibition> closingBetween(OffsetDateTime from, OffsetDateTime to, LocalDate today) {
        return select(EXHIBITION
                .STATUS
                .eq(ExhibitionStatus.OPEN)
                .and(EXHIBITION.APPLICATIONS_CLOSE_AT.ge(from))
                .and(EXHIBITION.APPLICATIONS_CLOSE_AT.lt(to))
                .and(EXHIBITION.CLOSING_REMINDER_SENT_ON.isNull().or(EXHIBITION.CLOSING_REMINDER_SENT_ON.lt(today))));
    }

    /**
     * Records that the closing reminder is queued today; false when it already was (a second run, another node),
     * which then sends nothing. The row stays locked to the end of the transaction that queues the messages.
     */
    boolean markClosingReminder(long id, LocalDate today) {
        return dsl.update(EXHIBITION)
                        .set(EXHIBITION.CLOSING_REMINDER_SENT_ON, today)
                        .where(EXHIBITION
                                .ID
                                .eq(id)
                                .and(EXHIBITION
                                        .CLOSING_REMINDER_SENT_ON
                                        .isNull()
                                        .or(EXHIBITION.CLOSING_REMINDER_SENT_ON.lt(today))))
                        .execute()
                == 1;
    }

    /** Fixes the lottery seed once: when applications close, before anyone can run the allocation. */
    void fixSeed(long id, long seed) {
        dsl.update(EXHIBITION)
                .set(EXHIBITION.LOTTERY_SEED, seed)
                .where(EXHIBITION.ID.eq(id).and(EXHIBITION.LOTTERY_SEED.isNull()))
                .execute();
    }

    Optional<String> cancelReason(long id) {
        return dsl.select(EXHIBITION.CANCEL_REASON)
                .from(EXHIBITION)
                .where(EXHIBITION.ID.eq(id).and(EXHIBITION.CANCEL_REASON.isNotNull()))
                .fetchOptional(EXHIBITION.CANCEL_REASON);
    }

    /** Cancels the exhibition if it still has the version and state the officer saw; answers whether it did. */
    boolean cancel(long id, int version, ExhibitionStatus from, String reason, String by, OffsetDateTime now) {
        return dsl.update(EXHIBITION)
                        .set(EXHIBITION.STATUS, ExhibitionStatus.CANCELLED)
                        .set(EXHIBITION.CANCEL_REASON, reason)
                        .set(EXHIBITION.CANCELLED_AT, now)
                        .set(EXHIBITION.CANCELLED_BY, by)
                        .set(EXHIBITION.VERSION, EXHIBITION.VERSION.plus(1))
                        .where(asSeen(id, version, from))
                        .execute()
                == 1;
    }

    boolean updateStatus(long id, int version, ExhibitionStatus from, ExhibitionStatus to) {
        return dsl.update(EXHIBITION)
                        .set(EXHIBITION.STATUS, to)
                        .set(EXHIBITION.VERSION, EXHIBITION.VERSION.plus(1))
                        .where(asSeen(id, version, from))
                        .execute()
                == 1;
    }

    /** The exhibition as the officer saw it: a change by someone else meanwhile makes this match nothing. */
    static Condition asSeen(long id, int version, ExhibitionStatus status) {
        return EXHIBITION.ID.eq(id).and(EXHIBITION.VERSION.eq(version)).and(EXHIBITION.STATUS.eq(status));
    }
}
