package app.haat.region;

import static app.haat.db.Tables.APP_USER;
import static app.haat.db.Tables.CENTRE;
import static app.haat.db.Tables.DESK_CASE;
import static app.haat.db.Tables.DISTRICT;
import static app.haat.db.Tables.MUNICIPALITY;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class CentreDirectoryRepository {

    private final DSLContext dsl;

    CentreDirectoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static final RecordMapper<Record, Centre> CENTRE_ROW = r -> new Centre(
            r.get(CENTRE.ID),
            r.get(CENTRE.NAME_EN),
            r.get(CENTRE.NAME_BN),
            r.get(CENTRE.KIND),
            r.get(CENTRE.ZONE_ID),
            r.get(CENTRE.PHONE),
            r.get(CENTRE.ADDRESS));

    List<Centre> all() {
        return dsl.selectFrom(CENTRE).orderBy(CENTRE.ID).fetch(CENTRE_ROW);
    }

    Optional<Centre> find(long id) {
        return dsl.selectFrom(CENTRE).where(CENTRE.ID.eq(id)).fetchOptional(CENTRE_ROW);
    }

    /** The City Livelihood Centre of the zone the municipality's district belongs to. */
    Optional<Centre> ofMunicipality(long municipalityId) {
        return dsl.select(CENTRE.fields())
                .from(MUNICIPALITY)
                .join(DISTRICT)
                .on(DISTRICT.ID.eq(MUNICIPALITY.DISTRICT_ID))
                .join(CENTRE)
                .on(CENTRE.ZONE_ID.eq(DISTRICT.ZONE_ID))
                .where(MUNICIPALITY.ID.eq(municipalityId))
                .fetchOptional(CENTRE_ROW);
    }

    /** The City Livelihood Centres with their locations, and the location of the municipality's district. */
    record Located(
            Centre centre,
            @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude) {}

    List<Located> livelihoodLocated() {
        return dsl.selectFrom(CENTRE)
                .where(CENTRE.KIND.eq(CentreKind.LIVELIHOOD))
                .orderBy(CENTRE.ID)
                .fetch(r -> new Located(
                        Objects.requireNonNull(CENTRE_ROW.map(r)), r.get(CENTRE.LATITUDE), r.get(CENTRE.LONGITUDE)));
    }

    /** The latitude and longitude of the headquarters of the municipality's district, if recorded. */
    record Point(double latitude, double longitude) {}

    Optional<Point> districtLocation(long municipalityId) {
        return dsl.select(DISTRICT.LATITUDE, DISTRICT.LONGITUDE)
                .from(MUNICIPALITY)
                .join(DISTRICT)
                .on(DISTRICT.ID.eq(MUNICIPALITY.DISTRICT_ID))
                .where(MUNICIPALITY.ID.eq(municipalityId), DISTRICT.LATITUDE.isNotNull())
                .fetchOptional(
                        r -> new Point(r.value1().doubleValue(), r.value2().doubleValue()));
    }

    long saltLake() {
        return Objects.requireNonNull(dsl.select(CENTRE.ID)
                .from(CENTRE)
                .where(CENTRE.KIND.eq(CentreKind.TRAINING))
                .orderBy(CENTRE.ID)
                .limit(1)
                .fetchOne(CENTRE.ID));
    }

    boolean nameTaken(String nameEn) {
        return dsl.fetchExists(CENTRE, CENTRE.NAME_EN.equalIgnoreCase(nameEn));
    }

    boolean zoneTaken(long zoneId) {
        return dsl.fetchExists(CENTRE, CENTRE.ZONE_ID.eq(zoneId));
    }

    long insert(String nameEn, String nameBn, long zoneId, @Nullable String phone, @Nullable String address) {
        return Objects.requireNonNull(dsl.insertInto(CENTRE)
                .set(CENTRE.NAME_EN, nameEn)
                .set(CENTRE.NAME_BN, nameBn)
                .set(CENTRE.KIND, CentreKind.LIVELIHOOD)
                .set(CENTRE.ZONE_ID, zoneId)
                .set(CENTRE.PHONE, phone)
                .set(CENTRE.ADDRESS, address)
                .returning(CENTRE.ID)
                .fetchOne(CENTRE.ID));
    }

    /** Whether staff or cases still belong to the centre (then it is kept). */
    boolean inUse(long id) {
        return dsl.fetchExists(APP_USER, APP_USER.CENTRE_ID.eq(id))
                || dsl.fetchExists(DESK_CASE, DESK_CASE.CENTRE_ID.eq(id));
    }

    void delete(long id) {
        dsl.deleteFrom(CENTRE).where(CENTRE.ID.eq(id)).execute();
    }
}
