package app.haat.desk;

import static app.haat.db.Tables.DESK_APPOINTMENT;
import static app.haat.db.Tables.DESK_CASE;
import static app.haat.db.Tables.DISTRICT;
import static app.haat.db.Tables.MUNICIPALITY;
import static app.haat.db.Tables.SHG_GROUP;

import app.haat.group.GroupStatus;
import app.haat.search.ReadinessItems;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/** The figures of a centre's report, read straight from the cases and the groups of its zone. */
@Repository
class DeskReportRepository {

    /** How many of a centre's cases of a type stand at a step. */
    record StepCount(RequestType type, CaseStatus status, int cases) {}

    /** A closed case: its type, outcome, and when it was asked and closed (a final case is never changed again). */
    record Closed(RequestType type, CaseStatus outcome, OffsetDateTime requestedAt, OffsetDateTime closedAt) {}

    /** A type's appointments at the centre: kept (attended) and missed (not attended). */
    record AppointmentCount(RequestType type, int kept, int missed) {}

    private final DSLContext dsl;

    DeskReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<StepCount> stepCounts(long centreId) {
        return dsl.select(DESK_CASE.REQUEST_TYPE, DESK_CASE.STATUS, DSL.count())
                .from(DESK_CASE)
                .where(DESK_CASE.CENTRE_ID.eq(centreId))
                .groupBy(DESK_CASE.REQUEST_TYPE, DESK_CASE.STATUS)
                .fetch(Records.mapping(StepCount::new));
    }

    List<Closed> closed(long centreId) {
        return dsl.select(DESK_CASE.REQUEST_TYPE, DESK_CASE.STATUS, DESK_CASE.REQUESTED_AT, DESK_CASE.UPDATED_AT)
                .from(DESK_CASE)
                .where(DESK_CASE.CENTRE_ID.eq(centreId), DESK_CASE.STATUS.in(CaseStatus.OBTAINED, CaseStatus.REFUSED))
                .fetch(Records.mapping(Closed::new));
    }

    /**
     * The appointments kept and missed per type at the centre, as staff marked them after the time (a called-off
     * appointment counts neither way, nor one not marked yet; a missed one booked again counts once each).
     */
    List<AppointmentCount> appointments(long centreId) {
        return dsl.select(
                        DESK_CASE.REQUEST_TYPE,
                        DSL.count().filterWhere(DESK_APPOINTMENT.OUTCOME.eq(AppointmentOutcome.KEPT)),
                        DSL.count().filterWhere(DESK_APPOINTMENT.OUTCOME.eq(AppointmentOutcome.MISSED)))
                .from(DESK_APPOINTMENT)
                .join(DESK_CASE)
                .on(DESK_CASE.ID.eq(DESK_APPOINTMENT.CASE_ID))
                .where(DESK_CASE.CENTRE_ID.eq(centreId))
                .and(DESK_APPOINTMENT.STATUS.eq(AppointmentStatus.BOOKED))
                .groupBy(DESK_CASE.REQUEST_TYPE)
                .fetch(Records.mapping(AppointmentCount::new));
    }

    /** The verified groups of the zone, and those fully ready by where they may sell (ReadinessItems' rules). */
    CentreReport.ReadyGroups ready(long zoneId) {
        var ready = ReadinessItems.READY;
        return dsl.select(
                        DSL.count(),
                        DSL.sum(DSL.when(ready.and(ReadinessItems.REACH.eq("INDIA")), 1)
                                        .else_(0))
                                .coerce(SQLDataType.INTEGER),
                        DSL.sum(DSL.when(ready.and(ReadinessItems.REACH.eq("WEST_BENGAL")), 1)
                                        .else_(0))
                                .coerce(SQLDataType.INTEGER))
                .from(SHG_GROUP)
                .join(MUNICIPALITY)
                .on(MUNICIPALITY.ID.eq(SHG_GROUP.MUNICIPALITY_ID))
                .join(DISTRICT)
                .on(DISTRICT.ID.eq(MUNICIPALITY.DISTRICT_ID))
                .where(DISTRICT.ZONE_ID.eq(zoneId), SHG_GROUP.STATUS.eq(GroupStatus.VERIFIED))
                .fetchSingle(r -> new CentreReport.ReadyGroups(
                        r.value1(), r.value2() == null ? 0 : r.value2(), r.value3() == null ? 0 : r.value3()));
    }
}
