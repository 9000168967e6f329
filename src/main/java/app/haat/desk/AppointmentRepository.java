package app.haat.desk;

import static app.haat.db.Tables.APP_USER;
import static app.haat.db.Tables.CENTRE;
import static app.haat.db.Tables.DESK_APPOINTMENT;
import static app.haat.db.Tables.DESK_CASE;
import static app.haat.db.Tables.DESK_HOURS;
import static app.haat.db.Tables.SHG_GROUP;

import app.haat.core.security.Role;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** A centre's desk hours and slot length, its staff, and the appointments of its cases. */
@Repository
class AppointmentRepository {

    private static final RecordMapper<Record, Appointment> APPOINTMENT = r -> new Appointment(
            r.get(DESK_APPOINTMENT.ID),
            r.get(DESK_APPOINTMENT.CASE_ID),
            r.get(DESK_CASE.CENTRE_ID),
            r.get(DESK_CASE.GROUP_ID),
            r.get(SHG_GROUP.NAME),
            r.get(DESK_CASE.REQUEST_TYPE),
            r.get(DESK_APPOINTMENT.STAFF_ID),
            r.get(APP_USER.DISPLAY_NAME),
            r.get(DESK_APPOINTMENT.STARTS_AT),
            r.get(DESK_APPOINTMENT.ENDS_AT),
            r.get(DESK_APPOINTMENT.STATUS),
            r.get(DESK_APPOINTMENT.OUTCOME),
            r.get(DESK_APPOINTMENT.CHANGED_BY_GROUP),
            r.get(DESK_APPOINTMENT.REMINDED_AT));

    private final DSLContext dsl;

    AppointmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    DeskHours hours(long centreId) {
        int slot = dsl.select(CENTRE.SLOT_MINUTES)
                .from(CENTRE)
                .where(CENTRE.ID.eq(centreId))
                .fetchOptional(CENTRE.SLOT_MINUTES)
                .orElse(30);
        List<DeskHours.Day> days = dsl.select(DESK_HOURS.WEEKDAY, DESK_HOURS.OPENS_AT, DESK_HOURS.CLOSES_AT)
                .from(DESK_HOURS)
                .where(DESK_HOURS.CENTRE_ID.eq(centreId))
                .orderBy(DESK_HOURS.WEEKDAY)
                .fetch(r -> new DeskHours.Day(DayOfWeek.of(r.value1()), r.value2(), r.value3()));
        return new DeskHours(slot, days);
    }

    void setHours(long centreId, DeskHours hours) {
        dsl.update(CENTRE)
                .set(CENTRE.SLOT_MINUTES, hours.slotMinutes())
                .where(CENTRE.ID.eq(centreId))
                .execute();
        dsl.deleteFrom(DESK_HOURS).where(DESK_HOURS.CENTRE_ID.eq(centreId)).execute();
        for (DeskHours.Day day : hours.days()) {
            dsl.insertInto(DESK_HOURS)
                    .set(DESK_HOURS.CENTRE_ID, centreId)
                    .set(DESK_HOURS.WEEKDAY, day.day().getValue())
                    .set(DESK_HOURS.OPENS_AT, day.opens())
                    .set(DESK_HOURS.CLOSES_AT, day.closes())
                    .execute();
        }
    }

    /** The centre's staff who can take appointments: enabled staff accounts bound to it, in the order of their ids. */
    List<FreeSlot.StaffMember> staffOf(long centreId) {
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME)
                .from(APP_USER)
                .where(APP_USER.CENTRE_ID.eq(centreId), APP_USER.ROLE.eq(Role.CENTRE_STAFF), APP_USER.ENABLED.isTrue())
                .orderBy(APP_USER.ID)
                .fetch(r -> new FreeSlot.StaffMember(r.value1(), r.value2()));
    }

    /** Takes the staff member's row lock: bookings with one staff member run one after the other. */
    void lockStaff(long staffId) {
        dsl.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.ID.eq(staffId))
                .forUpdate()
                .fetch();
    }

    /** Whether the staff member holds a booked appointment overlapping the time, other than {@code excluded}. */
    boolean busy(long staffId, OffsetDateTime start, OffsetDateTime end, @Nullable Long excluded) {
        Condition condition = DESK_APPOINTMENT
                .STAFF_ID
                .eq(staffId)
                .and(DESK_APPOINTMENT.STATUS.eq(AppointmentStatus.BOOKED))
                .and(DESK_APPOINTMENT.STARTS_AT.lt(end))
                .and(DESK_APPOINTMENT.ENDS_AT.gt(start));
        if (excluded != null) {
            condition = condition.and(DESK_APPOINTMENT.ID.ne(excluded));
        }
        return dsl.fetchExists(DESK_APPOINTMENT, condition);
    }

    private List<Appointment> appointments(Condition condition) {
        return dsl.select(DESK_APPOINTMENT.fields())
                .select(DESK_CASE.CENTRE_ID, DESK_CASE.GROUP_ID, DESK_CASE.REQUEST_TYPE, SHG_GROUP.NAME)
                .select(APP_USER.DISPLAY_NAME)
                .from(DESK_APPOINTMENT)
                .join(DESK_CASE)
                .on(DESK_CASE.ID.eq(DESK_APPOINTMENT.CASE_ID))
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(DESK_CASE.GROUP_ID))
                .join(APP_USER)
                .on(APP_USER.ID.eq(DESK_APPOINTMENT.STAFF_ID))
                .where(condition)
                .orderBy(DESK_APPOINTMENT.STARTS_AT, DESK_APPOINTMENT.ID)
                .fetch(APPOINTMENT);
    }

    Optional<Appointment> find(long id) {
        return appointments(DESK_APPOINTMENT.ID.eq(id)).stream().findFirst();
    }

    /** The case's appointments, earliest first. */
    List<Appointment> ofCase(long caseId) {
        return appointments(DESK_APPOINTMENT.CASE_ID.eq(caseId));
    }

    /** The booked appointments of these staff overlapping the time span (for the free slots of a day). */
    List<Appointment> bookedWith(Collection<Long> staffIds, OffsetDateTime from, OffsetDateTime to) {
        return appointments(DESK_APPOINTMENT
                .STAFF_ID
                .in(staffIds)
                .and(DESK_APPOINTMENT.STATUS.eq(AppointmentStatus.BOOKED))
                .and(DESK_APPOINTMENT.STARTS_AT.lt(to))
                .and(DESK_APPOINTMENT.ENDS_AT.gt(from)));
    }

    /** A centre's appointments starting in the span, booked or cancelled. */
    List<Appointment> ofCentre(long centreId, OffsetDateTime from, OffsetDateTime to) {
        return appointments(DESK_CASE
                .CENTRE_ID
                .eq(centreId)
                .and(DESK_APPOINTMENT.STARTS_AT.ge(from))
                .and(DESK_APPOINTMENT.STARTS_AT.lt(to)));
    }

    /** The booked, unmarked appointments starting in the span that were not reminded yet. */
    List<Appointment> toRemind(OffsetDateTime from, OffsetDateTime to) {
        return appointments(DESK_APPOINTMENT
                .STATUS
                .eq(AppointmentStatus.BOOKED)
                .and(DESK_APPOINTMENT.OUTCOME.isNull())
                .and(DESK_APPOINTMENT.REMINDED_AT.isNull())
                .and(DESK_APPOINTMENT.STARTS_AT.ge(from))
                .and(DESK_APPOINTMENT.STARTS_AT.lt(to)));
    }

    long insert(
            long caseId,
            long staffId,
            OffsetDateTime start,
            OffsetDateTime end,
            String by,
            boolean group,
            OffsetDateTime now) {
        return Objects.requireNonNull(dsl.insertInto(DESK_APPOINTMENT)
                .set(DESK_APPOINTMENT.CASE_ID, caseId)
                .set(DESK_APPOINTMENT.STAFF_ID, staffId)
                .set(DESK_APPOINTMENT.STARTS_AT, start)
                .set(DESK_APPOINTMENT.ENDS_AT, end)
                .set(DESK_APPOINTMENT.STATUS, AppointmentStatus.BOOKED)
                .set(DESK_APPOINTMENT.BOOKED_BY, by)
                .set(DESK_APPOINTMENT.CHANGED_BY_GROUP, group)
                .set(DESK_APPOINTMENT.UPDATED_AT, now)
                .returning(DESK_APPOINTMENT.ID)
                .fetchOne(DESK_APPOINTMENT.ID));
    }

    /** A new time (and perhaps staff member); the reminder is due again for the new day. */
    void move(long id, long staffId, OffsetDateTime start, OffsetDateTime end, boolean group, OffsetDateTime now) {
        dsl.update(DESK_APPOINTMENT)
                .set(DESK_APPOINTMENT.STAFF_ID, staffId)
                .set(DESK_APPOINTMENT.STARTS_AT, start)
                .set(DESK_APPOINTMENT.ENDS_AT, end)
                .setNull(DESK_APPOINTMENT.REMINDED_AT)
                .set(DESK_APPOINTMENT.CHANGED_BY_GROUP, group)
                .set(DESK_APPOINTMENT.UPDATED_AT, now)
                .set(DESK_APPOINTMENT.VERSION, DESK_APPOINTMENT.VERSION.plus(1))
                .where(DESK_APPOINTMENT.ID.eq(id))
                .execute();
    }

    void cancel(long id, boolean group, OffsetDateTime now) {
        dsl.update(DESK_APPOINTMENT)
                .set(DESK_APPOINTMENT.STATUS, AppointmentStatus.CANCELLED)
                .set(DESK_APPOINTMENT.CHANGED_BY_GROUP, group)
                .set(DESK_APPOINTMENT.UPDATED_AT, now)
                .set(DESK_APPOINTMENT.VERSION, DESK_APPOINTMENT.VERSION.plus(1))
                .where(DESK_APPOINTMENT.ID.eq(id))
                .execute();
    }

    void mark(long id, AppointmentOutcome outcome, OffsetDateTime now) {
        dsl.update(DESK_APPOINTMENT)
                .set(DESK_APPOINTMENT.OUTCOME, outcome)
                .set(DESK_APPOINTMENT.UPDATED_AT, now)
                .set(DESK_APPOINTMENT.VERSION, DESK_APPOINTMENT.VERSION.plus(1))
                .where(DESK_APPOINTMENT.ID.eq(id))
                .execute();
    }

    /** Claims the appointment's reminder; false if it was claimed before (a re-run, another node). */
    boolean claimReminder(long id, OffsetDateTime now) {
        return dsl.update(DESK_APPOINTMENT)
                        .set(DESK_APPOINTMENT.REMINDED_AT, now)
                        .where(DESK_APPOINTMENT.ID.eq(id), DESK_APPOINTMENT.REMINDED_AT.isNull())
                        .execute()
                == 1;
    }
}
