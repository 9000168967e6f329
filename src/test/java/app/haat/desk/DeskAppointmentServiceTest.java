package app.haat.desk;

import static app.haat.db.Tables.DESK_APPOINTMENT;
import static app.haat.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.api.ConflictException;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.mail.MessageType;
import app.haat.support.IntegrationTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Appointments at a centre's desk: the centre's hours and slots, booking by the group and by staff, a staff member
 * never double-booked when two bookings race, every refusal of #23, moves and cancellations told to the group (and
 * shown on the desk), kept and missed marked by staff, and the reminder the day before sent once.
 */
class DeskAppointmentServiceTest extends IntegrationTest {

    /** Default hours of the City Livelihood Centres (V42): weekdays 10:30–17:00, Saturday to 14:00, Sunday closed. */
    static final DeskHours DEFAULT = new DeskHours(
            30,
            List.of(
                    day(DayOfWeek.MONDAY, "17:00"),
                    day(DayOfWeek.TUESDAY, "17:00"),
                    day(DayOfWeek.WEDNESDAY, "17:00"),
                    day(DayOfWeek.THURSDAY, "17:00"),
                    day(DayOfWeek.FRIDAY, "17:00"),
                    day(DayOfWeek.SATURDAY, "14:00")));

    @Autowired
    DeskFixtures desk;

    @Autowired
    DeskRequestService requests;

    @Autowired
    DeskStepService steps;

    @Autowired
    DeskAppointmentService appointments;

    @Autowired
    DeskHoursService hours;

    @Autowired
    DeskReminders reminders;

    @Autowired
    DSLContext dsl;

    private static DeskHours.Day day(DayOfWeek day, String closes) {
        return new DeskHours.Day(day, LocalTime.parse("10:30"), LocalTime.parse(closes));
    }

    /** A Monday years ahead, its own for each test, so no other test's appointments fall on it. */
    private static LocalDate monday(int week) {
        return LocalDate.of(2037, 1, 5).plusWeeks(week);
    }

    private static OffsetDateTime at(LocalDate date, String time) {
        return DeskAppointmentService.at(date, LocalTime.parse(time));
    }

    private int notices(String mobile) {
        return dsl.fetchCount(
                MAIL_OUTBOX,
                MAIL_OUTBOX.RECIPIENT.eq(mobile).and(MAIL_OUTBOX.MESSAGE_TYPE.eq(MessageType.DESK_APPOINTMENT)));
    }

    private long ask(DeskFixtures.TestGroup group, RequestType type) {
        return desk.accounts.as(group.mobile(), () -> requests.ask(group.id(), type, null));
    }

    @Test
    void theCentresHoursAreSetByItsStaffAndTheFreeSlotsOfADayFollowThem() {
        long centre = desk.medinipur();
        String staff = desk.staffOf(centre);
        String other = desk.staffOf(desk.northDumDum());
        DeskFixtures.TestGroup group = desk.group("Medinipur", Set.of("HANDLOOM"));
        long id = ask(group, RequestType.PAN);
        try {
            DeskHours shorter = new DeskHours(
                    45,
                    List.of(new DeskHours.Day(DayOfWeek.MONDAY, LocalTime.parse("11:00"), LocalTime.parse("13:00"))));
            assertThatThrownBy(() -> desk.accounts.as(other, () -> hours.setHours(centre, shorter)))
                    .hasMessage("desk.error.otherCentre");
            assertThatThrownBy(() -> desk.accounts.as(
                            staff,
                            () -> hours.setHours(
                                    centre,
                                    new DeskHours(
                                            7,
                                            List.of(new DeskHours.Day(
                                                    DayOfWeek.MONDAY,
                                                    LocalTime.parse("13:00"),
                                                    LocalTime.parse("11:00")))))))
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.errors())
                                    .containsExactly("desk.error.slotLength", "desk.error.hoursOrder"));
            desk.accounts.as(staff, () -> hours.setHours(centre, shorter));
            assertThat(desk.accounts.as(group.mobile(), () -> hours.hours(centre)))
                    .isEqualTo(shorter);
            // 11:00, 11:45 (12:30 would end after 13:00); Tuesday is now closed
            assertThat(desk.accounts.as(group.mobile(), () -> appointments.slots(id, monday(1))))
                    .extracting(FreeSlot::start)
                    .containsExactly(at(monday(1), "11:00"), at(monday(1), "11:45"));
            assertThat(desk.accounts.as(
                            group.mobile(),
                            () -> appointments.slots(id, monday(1).plusDays(1))))
                    .isEmpty();
        } finally {
            desk.accounts.as(desk.accounts.admin(), () -> hours.setHours(centre, DEFAULT));
        }
        assertThat(desk.accounts.as(group.mobile(), () -> appointments.slots(id, monday(1))))
                .hasSize(13)
                .first()
                .satisfies(s -> assertThat(s.free())
                        .extracting(FreeSlot.StaffMember::name)
                        .contains("Desk " + centre));
    }

    @Test
    void aGroupBooksMovesAndCallsOffItsAppointmentAndIsToldEachTimeAndTheDeskSeesItsChanges() {
        long centre = desk.northDumDum();
        String staff = desk.staffOf(centre);
        DeskFixtures.TestGroup group = desk.group("Bidhannagar", Set.of("HANDLOOM"));
        long id = ask(group, RequestType.GST_REGISTRATION);
        LocalDate day = monday(2);

        Appointment booked = desk.accounts.as(group.mobile(), () -> appointments.book(id, at(day, "11:00"), null));
        assertThat(booked.endsAt()).isEqualTo(at(day, "11:30"));
        assertThat(booked.changedByGroup()).isTrue();
        assertThat(desk.accounts.as(staff, () -> requests.get(id)).status()).isEqualTo(CaseStatus.APPOINTMENT);
        assertThat(notices(group.mobile())).isEqualTo(1);
        // a second booking of the same case is refused: it is moved instead
        assertThatThrownBy(() -> desk.accounts.as(group.mobile(), () -> appointments.book(id, at(day, "12:00"), null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("desk.error.appointmentBooked");
        // the group may not choose the staff member
        DeskFixtures.TestGroup second = desk.group("Bidhannagar", Set.of("HANDLOOM"));
        long other = ask(second, RequestType.PAN);
        assertThatThrownBy(() -> desk.accounts.as(
                        second.mobile(), () -> appointments.book(other, at(day, "12:00"), booked.staffId())))
                .hasMessage("desk.error.staffChoice");

        Appointment moved =
                desk.accounts.as(group.mobile(), () -> appointments.move(id, at(day.plusDays(2), "15:30"), null));
        assertThat(moved.id()).isEqualTo(booked.id());
        assertThat(moved.startsAt()).isEqualTo(at(day.plusDays(2), "15:30"));
        assertThat(notices(group.mobile())).isEqualTo(2);
        assertThat(desk.accounts.as(staff, () -> appointments.ofCentre(centre, day, day.plusDays(3))))
                .filteredOn(a -> a.id() == booked.id())
                .singleElement()
                .satisfies(a -> assertThat(a.changedByGroup()).isTrue());

        Appointment off = desk.accounts.as(group.mobile(), () -> appointments.cancel(id));
        assertThat(off.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(notices(group.mobile())).isEqualTo(3);
        assertThat(desk.accounts.as(group.mobile(), () -> appointments.current(id)))
                .isEmpty();
        assertThat(desk.accounts.as(staff, () -> requests.get(id)).status()).isEqualTo(CaseStatus.REQUESTED);
        assertThatThrownBy(() -> desk.accounts.as(group.mobile(), () -> appointments.cancel(id)))
                .hasMessage("desk.error.noAppointment");
        // the time freed is free again, and booked once more by staff, with themselves
        long staffId = desk.accounts.as(staff, () -> appointments.staffOf(centre)).stream()
                .filter(s -> s.name().equals("Desk " + centre))
                .reduce((a, b) -> b)
                .orElseThrow()
                .id();
        Appointment again = desk.accounts.as(staff, () -> appointments.book(id, at(day.plusDays(2), "15:30"), staffId));
        assertThat(again.staffId()).isEqualTo(staffId);
        assertThat(again.changedByGroup()).isFalse();
    }

    @Test
    void bookingsOutsideTheHoursOnAClosedDayOffASlotInThePastOrOfAClosedCaseAreRefused() {
        long centre = desk.northDumDum();
        String staff = desk.staffOf(centre);
        DeskFixtures.TestGroup group = desk.group("Bidhannagar", Set.of("HANDLOOM"));
        long id = ask(group, RequestType.UDYAM);
        LocalDate day = monday(3);
        record Refused(OffsetDateTime start, String why) {}
        for (Refused r : List.of(
                new Refused(at(day, "09:30"), "desk.error.outsideHours"),
                new Refused(at(day, "16:45"), "desk.error.outsideHours"),
                new Refused(at(day.plusDays(5), "14:00"), "desk.error.outsideHours"),
                new Refused(at(day.minusDays(1), "11:00"), "desk.error.closedDay"),
                new Refused(at(day, "10:45"), "desk.error.notSlot"),
                new Refused(at(LocalDate.of(2024, 1, 1), "11:00"), "desk.error.appointmentPast"))) {
            assertThatThrownBy(() -> desk.accounts.as(group.mobile(), () -> appointments.book(id, r.start(), null)))
                    .as(r.why())
                    .isInstanceOf(ValidationException.class)
                    .hasMessage(r.why());
        }
        assertThat(desk.accounts.as(group.mobile(), () -> appointments.slots(id, day.minusDays(1))))
                .isEmpty();
        // staff of another centre and another group do not even find the case
        String otherStaff = desk.staffOf(desk.medinipur());
        DeskFixtures.TestGroup stranger = desk.group("Bidhannagar", Set.of("HANDLOOM"));
        assertThatThrownBy(() -> desk.accounts.as(otherStaff, () -> appointments.book(id, at(day, "11:00"), null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> desk.accounts.as(stranger.mobile(), () -> appointments.slots(id, day)))
                .isInstanceOf(NotFoundException.class);
        // a case past its documents, and a refused one, take no appointment
        desk.accounts.as(staff, () -> steps.documentsComplete(id));
        assertThatThrownBy(() -> desk.accounts.as(group.mobile(), () -> appointments.book(id, at(day, "11:00"), null)))
                .hasMessage("desk.error.appointmentStep");
        desk.accounts.as(staff, () -> steps.submitted(id, "ACK-1"));
        desk.accounts.as(staff, () -> steps.refused(id, "Not eligible"));
        assertThatThrownBy(() -> desk.accounts.as(staff, () -> appointments.book(id, at(day, "11:00"), null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("desk.error.appointmentStep");
        assertThat(dsl.fetchCount(DESK_APPOINTMENT, DESK_APPOINTMENT.CASE_ID.eq(id)))
                .isZero();
    }

    @Test
    void twoBookingsOfOneStaffMemberAtTheSameInstantOneWinsTheOtherIsToldTheTimeIsTaken() throws Exception {
        long centre = desk.northDumDum();
        String staff = desk.staffOf(centre);
        long staffId = desk.accounts.as(staff, () -> appointments.staffOf(centre)).stream()
                .filter(s -> s.name().equals("Desk " + centre))
                .reduce((a, b) -> b)
                .orElseThrow()
                .id();
        DeskFixtures.TestGroup group = desk.group("Bidhannagar", Set.of("HANDLOOM"));
        long first = ask(group, RequestType.PAN);
        long second = ask(group, RequestType.BANK_ACCOUNT);
        OffsetDateTime start = at(monday(4), "12:00");
        for (int round = 0; round < 3; round++) {
            OffsetDateTime when = start.plusMinutes(30L * round);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Object> results = Collections.synchronizedList(new ArrayList<>());
            List<Future<?>> done = new ArrayList<>();
            for (long caseId : List.of(first, second)) {
                done.add(pool.submit(() -> {
                    go.await();
                    try {
                        results.add(desk.accounts.as(staff, () -> appointments.book(caseId, when, staffId)));
                    } catch (ConflictException e) {
                        results.add(e.getMessage());
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(results).hasSize(2);
            assertThat(results).filteredOn(Appointment.class::isInstance).hasSize(1);
            assertThat(results).filteredOn("desk.error.slotTaken"::equals).hasSize(1);
            // free both cases for the next round
            for (long caseId : List.of(first, second)) {
                if (desk.accounts.as(staff, () -> appointments.current(caseId)).isPresent()) {
                    desk.accounts.as(staff, () -> appointments.cancel(caseId));
                }
            }
        }
        assertThat(dsl.fetchCount(
                        DESK_APPOINTMENT,
                        DESK_APPOINTMENT
                                .STAFF_ID
                                .eq(staffId)
                                .and(DESK_APPOINTMENT.STATUS.eq(AppointmentStatus.BOOKED))))
                .isZero();
    }

    @Test
    void staffMarkAnAppointmentKeptOrMissedOnlyOnceItsTimeHasComeAndAMissedOneIsBookedAgain() {
        long centre = desk.medinipur();
        String staff = desk.staffOf(centre);
        DeskFixtures.TestGroup group = desk.group("Medinipur", Set.of("HANDLOOM"));
        long id = ask(group, RequestType.UPI_ID);
        Appointment booked =
                desk.accounts.as(group.mobile(), () -> appointments.book(id, at(monday(5), "11:30"), null));
        assertThatThrownBy(() -> desk.accounts.as(staff, () -> appointments.mark(id, AppointmentOutcome.KEPT)))
                .hasMessage("desk.error.appointmentAhead");
        assertThatThrownBy(() -> desk.accounts.as(group.mobile(), () -> appointments.mark(id, AppointmentOutcome.KEPT)))
                .hasMessage("desk.error.staffOnly");
        // its time comes (the row moved to yesterday): it is no longer moved, but marked
        dsl.update(DESK_APPOINTMENT)
                .set(DESK_APPOINTMENT.STARTS_AT, OffsetDateTime.now().minusDays(1))
                .set(DESK_APPOINTMENT.ENDS_AT, OffsetDateTime.now().minusDays(1).plusMinutes(30))
                .where(DESK_APPOINTMENT.ID.eq(booked.id()))
                .execute();
        assertThatThrownBy(() ->
                        desk.accounts.as(group.mobile(), () -> appointments.move(id, at(monday(5), "12:00"), null)))
                .hasMessage("desk.error.appointmentPassed");
        Appointment missed = desk.accounts.as(staff, () -> appointments.mark(id, AppointmentOutcome.MISSED));
        assertThat(missed.outcome()).isEqualTo(AppointmentOutcome.MISSED);
        Appointment again = desk.accounts.as(group.mobile(), () -> appointments.book(id, at(monday(5), "12:00"), null));
        assertThat(again.id()).isNotEqualTo(booked.id());
        assertThat(desk.accounts.as(staff, () -> requests.get(id)).status()).isEqualTo(CaseStatus.APPOINTMENT);
    }

    @Test
    void theReminderTheDayBeforeGoesOnceAndAgainOnlyForAMovedAppointmentsNewDay() {
        desk.staffOf(desk.northDumDum());
        DeskFixtures.TestGroup group = desk.group("Bidhannagar", Set.of("HANDLOOM"));
        long id = ask(group, RequestType.PAN);
        LocalDate day = monday(6);
        desk.accounts.as(group.mobile(), () -> appointments.book(id, at(day, "14:00"), null));
        int before = notices(group.mobile());
        assertThat(reminders.remind(day.minusDays(1))).isZero();
        assertThat(reminders.remind(day)).isEqualTo(1);
        assertThat(reminders.remind(day)).isZero();
        assertThat(notices(group.mobile())).isEqualTo(before + 1);
        assertThat(dsl.select(DESK_APPOINTMENT.REMINDED_AT)
                        .from(DESK_APPOINTMENT)
                        .where(DESK_APPOINTMENT.CASE_ID.eq(id))
                        .fetchOne(DESK_APPOINTMENT.REMINDED_AT))
                .isNotNull();
        desk.accounts.as(group.mobile(), () -> appointments.move(id, at(day.plusDays(1), "14:00"), null));
        assertThat(reminders.remind(day.plusDays(1))).isEqualTo(1);
        assertThat(reminders.remind(day.plusDays(1))).isZero();
    }
}
