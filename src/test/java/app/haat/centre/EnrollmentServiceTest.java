package app.haat.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.centre.TrainingRecords.Enrollment;
import app.haat.centre.TrainingRecords.SeriesForm;
import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.db.Tables;
import app.haat.mail.MessageType;
import app.haat.support.AtTheSameInstant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Enrollment on a real database: seats, the waitlist and its promotion, audiences, prerequisites, reminders. */
class EnrollmentServiceTest extends CentreIntegrationTest {

    @Autowired
    TrainingReminders reminders;

    @Test
    void leadersFillASessionFromTwoPhonesTheWaitlistMovesUpAndUnverifiedGroupsWait() throws Exception {
        long session = fx.accounts
                .as(staff, () -> schedule.createSeries(series(tuesday, 1, 2)))
                .sessionIds()
                .getFirst();
        LeaderGroup first = group(true, 1);
        LeaderGroup second = group(true, 1);
        LeaderGroup third = group(true, 1);
        LeaderGroup unverified = group(false, 1);
        dsl.update(Tables.SHG_GROUP)
                .set(Tables.SHG_GROUP.EMAIL, "training-" + third.id() + "@example.org")
                .where(Tables.SHG_GROUP.ID.eq(third.id()))
                .execute();

        fx.accounts.as(third.mobile(), () -> enrollments.enroll(session, List.of(third.member(0))));
        // the last seat, from two phones at the same instant: one enrolled, one waiting
        AtomicInteger turn = new AtomicInteger();
        assertThat(AtTheSameInstant.successes(2, () -> {
                    LeaderGroup who = turn.getAndIncrement() == 0 ? first : second;
                    return fx.accounts.as(who.mobile(), () -> enrollments.enroll(session, List.of(who.member(0))));
                }))
                .isEqualTo(2);
        List<Enrollment> roster = fx.accounts.as(staff, () -> enrollments.enrollments(session));
        assertThat(roster)
                .extracting(Enrollment::status)
                .containsExactlyInAnyOrder(
                        EnrollmentStatus.ENROLLED, EnrollmentStatus.ENROLLED, EnrollmentStatus.WAITLISTED);
        Enrollment waiting = roster.stream()
                .filter(e -> e.status() == EnrollmentStatus.WAITLISTED)
                .findFirst()
                .orElseThrow();
        assertThat(waiting.waitlistPosition()).isEqualTo(1);

        // once is enough; another group's member is not the leader's to enroll; an unverified group is refused
        assertThatThrownBy(() ->
                        fx.accounts.as(first.mobile(), () -> enrollments.enroll(session, List.of(first.member(0)))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() ->
                        fx.accounts.as(first.mobile(), () -> enrollments.enroll(session, List.of(third.member(0)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        fx.accounts.as(staff, () -> enrollments.enroll(session, List.of(unverified.member(0)))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("training.error.unverified");

        // the third group cancels: the waiting member gets the seat
        Enrollment thirds = roster.stream()
                .filter(e -> e.groupId() == third.id())
                .findFirst()
                .orElseThrow();
        fx.accounts.as(third.mobile(), () -> enrollments.cancel(thirds.id()));
        assertThat(fx.accounts.as(staff, () -> enrollments.enrollments(session)))
                .extracting(Enrollment::status)
                .containsExactly(EnrollmentStatus.ENROLLED, EnrollmentStatus.ENROLLED);
        assertThatThrownBy(() -> fx.accounts.as(third.mobile(), () -> enrollments.cancel(thirds.id())))
                .isInstanceOf(ConflictException.class);
        assertThat(dsl.fetchCount(
                        Tables.MAIL_OUTBOX,
                        Tables.MAIL_OUTBOX
                                .RECIPIENT
                                .eq("training-" + third.id() + "@example.org")
                                .and(Tables.MAIL_OUTBOX.MESSAGE_TYPE.eq(MessageType.TRAINING_ENROLLMENT))))
                .isEqualTo(1);
        // a group sees only its own (its one member; an empty list would prove nothing)
        assertThat(fx.accounts.as(first.mobile(), () -> enrollments.enrollments(session)))
                .extracting(Enrollment::groupId)
                .containsExactly(first.id());
        // the day before, a reminder to each enrolled group with an e-mail address, one per group
        List<Long> enrolled = fx.accounts.as(staff, () -> enrollments.enrollments(session)).stream()
                .filter(e -> e.status() == EnrollmentStatus.ENROLLED)
                .map(Enrollment::groupId)
                .distinct()
                .toList();
        assertThat(enrolled).isNotEmpty();
        dsl.update(Tables.SHG_GROUP)
                .set(
                        Tables.SHG_GROUP.EMAIL,
                        DSL.concat(DSL.val("remind-"), Tables.SHG_GROUP.ID.cast(String.class), DSL.val("@example.org")))
                .where(Tables.SHG_GROUP.ID.in(enrolled))
                .execute();
        int reminded = reminders.remind(tuesday);
        assertThat(reminded).isEqualTo(enrolled.size());
        assertThat(dsl.fetchCount(
                        Tables.MAIL_OUTBOX,
                        Tables.MAIL_OUTBOX
                                .RECIPIENT
                                .in(enrolled.stream()
                                        .map(id -> "remind-" + id + "@example.org")
                                        .toList())
                                .and(Tables.MAIL_OUTBOX.MESSAGE_TYPE.eq(MessageType.REMINDER))))
                .isEqualTo(reminded);
    }

    @Test
    void aSessionForOneMunicipalityWithATopicToAttendFirst() throws Exception {
        long photography = fx.accounts
                .as(staff, () -> schedule.createSeries(series(tuesday, 1, 10)))
                .sessionIds()
                .getFirst();
        long bally = fx.municipality("Bally");
        long listing = fx.accounts
                .as(
                        staff,
                        () -> schedule.createSeries(new SeriesForm(
                                topic("MARKETPLACE"),
                                room,
                                trainer,
                                tuesday.plusWeeks(1),
                                LocalTime.of(11, 0),
                                60,
                                1,
                                10,
                                "bn",
                                topic("PHOTOGRAPHY"),
                                Set.of(bally))))
                .sessionIds()
                .getFirst();
        LeaderGroup elsewhere = group(true, 1);
        assertThatThrownBy(() -> fx.accounts.as(
                        elsewhere.mobile(), () -> enrollments.enroll(listing, List.of(elsewhere.member(0)))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("training.error.audience");
        LeaderGroup local = group(true, 1, "Bally");
        assertThatThrownBy(() ->
                        fx.accounts.as(local.mobile(), () -> enrollments.enroll(listing, List.of(local.member(0)))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("training.error.needsTopic");
        Enrollment first = fx.accounts
                .as(local.mobile(), () -> enrollments.enroll(photography, List.of(local.member(0))))
                .getFirst();
        HeldSessions.held(dsl, photography);
        fx.accounts.as(staff, () -> {
            attendance.markAttendance(first.id(), true);
            return null;
        });
        assertThat(fx.accounts
                        .as(local.mobile(), () -> enrollments.enroll(listing, List.of(local.member(0))))
                        .getFirst()
                        .status())
                .isEqualTo(EnrollmentStatus.ENROLLED);
        // a topic cannot be its own prerequisite
        assertThatThrownBy(() -> fx.accounts.as(
                        staff,
                        () -> schedule.createSeries(new SeriesForm(
                                topic("EPAYMENT"),
                                room,
                                trainer,
                                tuesday.plusWeeks(3),
                                LocalTime.of(11, 0),
                                60,
                                1,
                                10,
                                "bn",
                                topic("EPAYMENT"),
                                Set.of()))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly("training.error.prerequisite"));
    }
}
