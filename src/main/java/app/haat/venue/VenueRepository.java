package app.haat.venue;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.ASSIGNMENT;
import static app.haat.db.Tables.DISTRICT;
import static app.haat.db.Tables.EXHIBITION;
import static app.haat.db.Tables.EXHIBITION_SLOT;
import static app.haat.db.Tables.KIOSK;
import static app.haat.db.Tables.MUNICIPALITY;
import static app.haat.db.Tables.SHG_GROUP;
import static app.haat.db.Tables.VAN_STOP;
import static app.haat.db.Tables.VENUE;
import static org.jooq.Records.mapping;

import app.haat.core.data.NaturalOrder;
import app.haat.core.i18n.LocalizedName;
import app.haat.db.tables.records.KioskRecord;
import app.haat.exhibition.ExhibitionStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class VenueRepository {

    /** Exhibitions in these states have published kiosks: their venue's kiosks stay as they are. */
    static final List<ExhibitionStatus> LOCKING_STATES = List.of(ExhibitionStatus.PUBLISHED, ExhibitionStatus.RUNNING);

    private final DSLContext dsl;

    VenueRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(
            VenueKind kind,
            String name,
            long municipalityId,
            @Nullable String address,
            @Nullable String nameBn,
            @Nullable String addressBn,
            int floors,
            int columns,
            int rows,
            @Nullable String registrationNo,
            @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude,
            OffsetDateTime now) {
        return Objects.requireNonNull(dsl.insertInto(VENUE)
                .set(VENUE.KIND, kind)
                .set(VENUE.NAME, name)
                .set(VENUE.MUNICIPALITY_ID, municipalityId)
                .set(VENUE.ADDRESS, address)
                .set(VENUE.NAME_BN, nameBn)
                .set(VENUE.ADDRESS_BN, addressBn)
                .set(VENUE.FLOORS, floors)
                .set(VENUE.PLAN_COLUMNS, columns)
                .set(VENUE.PLAN_ROWS, rows)
                .set(VENUE.REGISTRATION_NO, registrationNo)
                .set(VENUE.LATITUDE, latitude)
                .set(VENUE.LONGITUDE, longitude)
                .set(VENUE.CREATED_AT, now)
                .returning(VENUE.ID)
                .fetchOne(VENUE.ID));
    }

    void setLocation(long venueId, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude) {
        dsl.update(VENUE)
                .set(VENUE.LATITUDE, latitude)
                .set(VENUE.LONGITUDE, longitude)
                .set(VENUE.VERSION, VENUE.VERSION.plus(1))
                .where(VENUE.ID.eq(venueId))
                .execute();
    }

    boolean registrationTaken(String registrationNo) {
        return dsl.fetchExists(VENUE, VENUE.REGISTRATION_NO.eq(registrationNo));
    }

    Optional<Venue> find(long id) {
        return select(VENUE.ID.eq(id)).stream().findFirst();
    }

    /** Venues in these municipalities (null: all), optionally of some kinds only. */
    List<Venue> list(@Nullable Set<Long> municipalities, @Nullable Set<VenueKind> kinds) {
        Condition condition = municipalities == null ? DSL.noCondition() : VENUE.MUNICIPALITY_ID.in(municipalities);
        if (kinds != null) {
            condition = condition.and(VENUE.KIND.in(kinds));
        }
        return select(condition);
    }

    /** Locks the venue row for the rest of the transaction: kiosk edits and exhibition bookings on it queue here. */
    void lock(long venueId) {
        dsl.select(VENUE.ID).from(VENUE).where(VENUE.ID.eq(venueId)).forUpdate().fetch();
    }

    private List<Venue> select(Condition condition) {
        var kiosks = DSL.field(DSL.selectCount().from(KIOSK).where(KIOSK.VENUE_ID.eq(VENUE.ID)));
        return dsl.select(VENUE.fields())
                .select(MUNICIPALITY.NAME_EN, MUNICIPALITY.NAME_BN, DISTRICT.ID, DISTRICT.NAME_EN, kiosks.as("kiosks"))
                .from(VENUE)
                .join(MUNICIPALITY)
                .on(MUNICIPALITY.ID.eq(VENUE.MUNICIPALITY_ID))
                .join(DISTRICT)
                .on(DISTRICT.ID.eq(MUNICIPALITY.DISTRICT_ID))
                .where(condition)
                .orderBy(VENUE.NAME)
                .fetch(r -> venue(r, r.get("kiosks", Integer.class)));
    }

    private static Venue venue(Record r, int kiosks) {
        return new Venue(
                r.get(VENUE.ID),
                r.get(VENUE.KIND),
                r.get(VENUE.NAME),
                r.get(VENUE.MUNICIPALITY_ID),
                r.get(MUNICIPALITY.NAME_EN),
                r.get(MUNICIPALITY.NAME_BN),
                r.get(DISTRICT.ID),
                r.get(DISTRICT.NAME_EN),
                r.get(VENUE.ADDRESS),
                r.get(VENUE.NAME_BN),
                r.get(VENUE.ADDRESS_BN),
                r.get(VENUE.FLOORS),
                r.get(VENUE.PLAN_COLUMNS),
                r.get(VENUE.PLAN_ROWS),
                r.get(VENUE.REGISTRATION_NO),
                kiosks,
                r.get(VENUE.VERSION),
                r.get(VENUE.LATITUDE),
                r.get(VENUE.LONGITUDE));
    }

    List<Kiosk> kiosks(long venueId) {
        return dsl.selectFrom(KIOSK)
                .where(KIOSK.VENUE_ID.eq(venueId))
                .orderBy(Stream.concat(Stream.of(KIOSK.FLOOR.asc()), NaturalOrder.of(KIOSK.CODE).stream())
                        .toList())
                .fetch(VenueRepository::kiosk);
    }

    Optional<Kiosk> kiosk(long kioskId) {
        return dsl.selectFrom(KIOSK).where(KIOSK.ID.eq(kioskId)).fetchOptional(VenueRepository::kiosk);
    }

    private static Kiosk kiosk(KioskRecord r) {
        return new Kiosk(
                r.getId(),
                r.getVenueId(),
                r.getCode(),
                r.getFloor(),
                r.getPosX(),
                r.getPosY(),
                r.getWidthM(),
                r.getDepthM(),
                r.getCapacity(),
                r.getElectricity(),
                r.getFoodAllowed(),
                r.getCorner(),
                r.getVersion());
    }

    boolean codeTaken(long venueId, String code) {
        return dsl.fetchExists(KIOSK, KIOSK.VENUE_ID.eq(venueId).and(KIOSK.CODE.eq(code)));
    }

    boolean positionTaken(long venueId, int floor, int x, int y, long exceptKiosk) {
        return dsl.fetchExists(
                KIOSK,
                KIOSK.VENUE_ID
                        .eq(venueId)
                        .and(KIOSK.FLOOR.eq(floor))
                        .and(KIOSK.POS_X.eq(x))
                        .and(KIOSK.POS_Y.eq(y))
                        .and(KIOSK.ID.ne(exceptKiosk)));
    }

    long insertKiosk(long venueId, KioskForm form, String code, int capacity) {
        return Objects.requireNonNull(dsl.insertInto(KIOSK)
                .set(KIOSK.VENUE_ID, venueId)
                .set(KIOSK.CODE, code)
                .set(KIOSK.FLOOR, form.floor())
                .set(KIOSK.POS_X, form.x())
                .set(KIOSK.POS_Y, form.y())
                .set(KIOSK.WIDTH_M, form.widthM())
                .set(KIOSK.DEPTH_M, form.depthM())
                .set(KIOSK.CAPACITY, capacity)
                .set(KIOSK.ELECTRICITY, form.electricity())
                .set(KIOSK.FOOD_ALLOWED, form.foodAllowed())
                .set(KIOSK.CORNER, form.corner())
                .returning(KIOSK.ID)
                .fetchOne(KIOSK.ID));
    }

    boolean moveKiosk(long kioskId, int version, int floor, int x, int y) {
        return dsl.update(KIOSK)
                        .set(KIOSK.FLOOR, floor)
                        .set(KIOSK.POS_X, x)
                        .set(KIOSK.POS_Y, y)
                        .set(KIOSK.VERSION, KIOSK.VERSION.plus(1))
                        .where(KIOSK.ID.eq(kioskId).and(KIOSK.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    int deleteKiosk(long kioskId) {
        return dsl.deleteFrom(KIOSK).where(KIOSK.ID.eq(kioskId)).execute();
    }

    /** True while an exhibition on the venue is published or running. */
    boolean hasPublishedExhibition(long venueId) {
        return dsl.fetchExists(EXHIBITION, EXHIBITION.VENUE_ID.eq(venueId).and(EXHIBITION.STATUS.in(LOCKING_STATES)));
    }

    /** The title of an exhibition (past draft) on the venue on that day, if any, for the floor plan's colours. */
    Optional<String> exhibitionOn(long venueId, LocalDate day, boolean bengali) {
        return dsl.select(EXHIBITION.TITLE, EXHIBITION.TITLE_BN)
                .from(EXHIBITION)
                .where(EXHIBITION
                        .VENUE_ID
                        .eq(venueId)
                        .and(EXHIBITION.STARTS_ON.le(day))
                        .and(EXHIBITION.ENDS_ON.ge(day))
                        .and(EXHIBITION.STATUS.ne(ExhibitionStatus.DRAFT)))
                .limit(1)
                .fetchOptional(r -> LocalizedName.pick(r.value1(), r.value2(), bengali));
    }

    /**
     * The groups assigned to a kiosk on a day (from the allocation's assignments): exhibition, slot number, group.
     * Read here so the venue feature needs nothing from the allocation feature, which builds on it.
     */
    List<KioskOccupant> groupsOn(long kioskId, LocalDate day) {
        return dsl.select(EXHIBITION.TITLE, EXHIBITION.TITLE_BN, EXHIBITION_SLOT.SEQ, SHG_GROUP.NAME)
                .from(ASSIGNMENT)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(ASSIGNMENT.APPLICATION_ID))
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(APPLICATION.GROUP_ID))
                .join(EXHIBITION_SLOT)
                .on(EXHIBITION_SLOT.ID.eq(ASSIGNMENT.SLOT_ID))
                .join(EXHIBITION)
                .on(EXHIBITION.ID.eq(ASSIGNMENT.EXHIBITION_ID))
                .where(ASSIGNMENT
                        .KIOSK_ID
                        .eq(kioskId)
                        .and(EXHIBITION_SLOT.STARTS_ON.le(day))
                        .and(EXHIBITION_SLOT.ENDS_ON.ge(day)))
                .orderBy(ASSIGNMENT.SEAT)
                .fetch(mapping(KioskOccupant::new));
    }

    List<VanStop> stops(long venueId) {
        return dsl.select(
                        VAN_STOP.ID,
                        VAN_STOP.WEEKDAY,
                        VAN_STOP.PLACE,
                        VAN_STOP.MUNICIPALITY_ID,
                        MUNICIPALITY.NAME_EN,
                        MUNICIPALITY.NAME_BN)
                .from(VAN_STOP)
                .join(MUNICIPALITY)
                .on(MUNICIPALITY.ID.eq(VAN_STOP.MUNICIPALITY_ID))
                .where(VAN_STOP.VENUE_ID.eq(venueId))
                .orderBy(VAN_STOP.WEEKDAY, VAN_STOP.PLACE)
                .fetch(mapping(VanStop::new));
    }

    long insertStop(long venueId, int weekday, String place, long municipalityId) {
        return Objects.requireNonNull(dsl.insertInto(VAN_STOP)
                .set(VAN_STOP.VENUE_ID, venueId)
                .set(VAN_STOP.WEEKDAY, weekday)
                .set(VAN_STOP.PLACE, place)
                .set(VAN_STOP.MUNICIPALITY_ID, municipalityId)
                .returning(VAN_STOP.ID)
                .fetchOne(VAN_STOP.ID));
    }

    int deleteStop(long venueId, long stopId) {
        return dsl.deleteFrom(VAN_STOP)
                .where(VAN_STOP.ID.eq(stopId).and(VAN_STOP.VENUE_ID.eq(venueId)))
                .execute();
    }
}
