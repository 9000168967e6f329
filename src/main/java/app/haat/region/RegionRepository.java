package app.haat.region;

import static app.haat.db.Tables.CENTRE;
import static app.haat.db.Tables.DISTRICT;
import static app.haat.db.Tables.MUNICIPALITY;
import static app.haat.db.Tables.ZONE;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class RegionRepository {

    private final DSLContext dsl;

    RegionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Municipality> municipalities(Condition condition) {
        return dsl.select(
                        MUNICIPALITY.ID,
                        MUNICIPALITY.NAME_EN,
                        MUNICIPALITY.NAME_BN,
                        MUNICIPALITY.ULB_TYPE,
                        DISTRICT.ID,
                        DISTRICT.NAME_EN,
                        DISTRICT.NAME_BN,
                        ZONE.NAME_EN,
                        ZONE.NAME_BN)
                .from(MUNICIPALITY)
                .join(DISTRICT)
                .on(DISTRICT.ID.eq(MUNICIPALITY.DISTRICT_ID))
                .leftJoin(ZONE)
                .on(ZONE.ID.eq(DISTRICT.ZONE_ID))
                .where(condition)
                .orderBy(DISTRICT.NAME_EN, MUNICIPALITY.NAME_EN)
                .fetch(RegionRepository::toMunicipality);
    }

    List<Municipality> allMunicipalities() {
        return municipalities(DSL.noCondition());
    }

    List<Municipality> municipalitiesByIds(Collection<Long> ids) {
        return municipalities(MUNICIPALITY.ID.in(ids));
    }

    List<Municipality> municipalitiesOfZone(long zoneId) {
        return municipalities(DISTRICT.ZONE_ID.eq(zoneId));
    }

    int countExisting(Collection<Long> municipalityIds) {
        return dsl.fetchCount(MUNICIPALITY, MUNICIPALITY.ID.in(municipalityIds));
    }

    List<District> districts() {
        var count = DSL.count(MUNICIPALITY.ID).as("municipalities");
        return dsl.select(
                        DISTRICT.ID,
                        DISTRICT.NAME_EN,
                        DISTRICT.NAME_BN,
                        DISTRICT.ZONE_ID,
                        ZONE.NAME_EN,
                        ZONE.NAME_BN,
                        count)
                .from(DISTRICT)
                .leftJoin(ZONE)
                .on(ZONE.ID.eq(DISTRICT.ZONE_ID))
                .leftJoin(MUNICIPALITY)
                .on(MUNICIPALITY.DISTRICT_ID.eq(DISTRICT.ID))
                .groupBy(DISTRICT.ID, DISTRICT.NAME_EN, DISTRICT.NAME_BN, DISTRICT.ZONE_ID, ZONE.NAME_EN, ZONE.NAME_BN)
                .orderBy(DISTRICT.NAME_EN)
                .fetch(r -> new District(
                        r.get(DISTRICT.ID),
                        r.get(DISTRICT.NAME_EN),
                        r.get(DISTRICT.NAME_BN),
                        r.get(DISTRICT.ZONE_ID),
                        r.get(ZONE.NAME_EN),
                        r.get(ZONE.NAME_BN),
                        r.get(count)));
    }

    List<Zone> zones() {
        var count = DSL.count(DISTRICT.ID).as("districts");
        return dsl.select(ZONE.ID, ZONE.NAME_EN, ZONE.NAME_BN, count)
                .from(ZONE)
                .leftJoin(DISTRICT)
                .on(DISTRICT.ZONE_ID.eq(ZONE.ID))
                .groupBy(ZONE.ID, ZONE.NAME_EN, ZONE.NAME_BN)
                .orderBy(ZONE.NAME_EN)
                .fetch(r -> new Zone(r.get(ZONE.ID), r.get(ZONE.NAME_EN), r.get(ZONE.NAME_BN), r.get(count)));
    }

    boolean zoneHasCentre(long zoneId) {
        return dsl.fetchExists(CENTRE, CENTRE.ZONE_ID.eq(zoneId));
    }

    Optional<Zone> zone(long zoneId) {
        return zones().stream().filter(z -> z.id() == zoneId).findFirst();
    }

    boolean zoneNameTaken(String nameEn, @Nullable Long exceptId) {
        Condition condition = DSL.lower(ZONE.NAME_EN).eq(nameEn.toLowerCase());
        if (exceptId != null) {
            condition = condition.and(ZONE.ID.ne(exceptId));
        }
        return dsl.fetchExists(ZONE, condition);
    }

    long insertZone(String nameEn, String nameBn) {
        return Objects.requireNonNull(dsl.insertInto(ZONE)
                .set(ZONE.NAME_EN, nameEn)
                .set(ZONE.NAME_BN, nameBn)
                .returning(ZONE.ID)
                .fetchOne(ZONE.ID));
    }

    int updateZone(long id, String nameEn, String nameBn) {
        return dsl.update(ZONE)
                .set(ZONE.NAME_EN, nameEn)
                .set(ZONE.NAME_BN, nameBn)
                .where(ZONE.ID.eq(id))
                .execute();
    }

    int deleteZone(long id) {
        dsl.update(DISTRICT)
                .setNull(DISTRICT.ZONE_ID)
                .where(DISTRICT.ZONE_ID.eq(id))
                .execute();
        return dsl.deleteFrom(ZONE).where(ZONE.ID.eq(id)).execute();
    }

    Optional<Long> districtZone(long districtId) {
        return dsl.select(DISTRICT.ZONE_ID)
                .from(DISTRICT)
                .where(DISTRICT.ID.eq(districtId))
                .fetchOptional(DISTRICT.ZONE_ID);
    }

    int setDistrictZone(long districtId, @Nullable Long zoneId) {
        return dsl.update(DISTRICT)
                .set(DISTRICT.ZONE_ID, zoneId)
                .where(DISTRICT.ID.eq(districtId))
                .execute();
    }

    int countMunicipalities() {
        return dsl.fetchCount(MUNICIPALITY);
    }

    int countDistricts() {
        return dsl.fetchCount(DISTRICT);
    }

    int countZones() {
        return dsl.fetchCount(ZONE);
    }

    private static Municipality toMunicipality(Record r) {
        return new Municipality(
                r.get(MUNICIPALITY.ID),
                r.get(MUNICIPALITY.NAME_EN),
                r.get(MUNICIPALITY.NAME_BN),
                r.get(MUNICIPALITY.ULB_TYPE),
                r.get(DISTRICT.ID),
                r.get(DISTRICT.NAME_EN),
                r.get(DISTRICT.NAME_BN),
                r.get(ZONE.NAME_EN),
                r.get(ZONE.NAME_BN));
    }
}
