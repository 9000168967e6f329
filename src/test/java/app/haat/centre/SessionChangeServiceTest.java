package app.haat.centre;

import static app.haat.db.Tables.AUDIT_LOG;
import static app.haat.db.Tables.MAIL_OUTBOX;
import static app.haat.db.Tables.TRAINER_DAY_AWAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.centre.TrainingRecords.Enrollment;
import app.haat.centre.TrainingRecords.Session;
import app.haat.centre.TrainingRecords.SessionChange;
import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.mail.CalendarAttachment;
import app.haat.mail.Channel;
import app.haat.mail.MessageType;
import app.haat.support.AtTheSameInstant;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Plans change: sessions edited, moved and cancelled on a real database, members told with updated calendars. */
class SessionChangeServiceTest extends CentreIntegrationTest {

    @Autowired
    SessionChangeService changes;

    @Autowired
    CalendarAttachment calendar;

    @Autowired
    JsonMapper json;

    static SessionChange details(String title, Long topic, Integer seats, String language, Integer version) {
        return new SessionChange(title, topic, seats, language, null, null, null, null, null, false, version);
    }

    static SessionChange move(LocalDate day, LocalTime time, Long room, Long trainer, boolean following) {
        return new SessionChange(null, null, null, null, day, time, null, room, trainer, following, null);
    }

    @Test
    void seatsNeverBelowThoseEnrolledAndAnEditTellsEveryMemberOnce() {
        long session = fx.accounts
                .as(staff, () -> schedule.createSeries(series(tuesday, 1, 2)))
                .sessionIds()
                .getFirst();
        LeaderGroup one = group(true, 2);
        LeaderGroup two = group(true, 1);
        fx.accounts.as(one.mobile(), () -> enrollments.enroll(session, one.members()));
        fx.accounts.as(two.mobile(), () -> enrollments.enroll(session, two.members()));
        // two enrolled: one seat is refused with the count
        assertThatThrownBy(() ->
                        fx.accounts.as(staff, () -> changes.change(session, details(null, null, 1, null, null))))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("training.error.belowEnrolled"));
        // a group or an officer may not change a session
        assertThatThrownBy(() -> fx.accounts.as(
                        one.mobile(), () -> changes.change(session, details("Mine", null, null, null, null))))
                .isInstanceOf(AccessDeniedException.class);
        String officer = fx.accounts.officer(Set.of(fx.municipality("Bidhannagar")));
        assertThatThrownBy(() -> fx.accounts.as(officer, () -> changes.cancel(session, "No", false, null)))
                .isInstanceOf(AccessDeniedException.class);

        // three seats, a title, English, another topic: the waiting member takes the new seat
        Session changed = fx.accounts
                .as(staff, () -> changes.change(session, details("Photos that sell", topic("EPAYMENT"), 3, "en", 0)))
                .getFirst();
        assertThat(changed.capacity()).isEqualTo(3);
        assertThat(changed.title()).isEqualTo("Photos that sell");
        assertThat(changed.language()).isEqualTo("en");
        assertThat(changed.topicId()).isEqualTo(topic("EPAYMENT"));
        assertThat(changed.enrolled()).isEqualTo(3);
        assertThat(changed.version()).isEqualTo(1);
        assertThat(fx.accounts.as(staff, () -> enrollments.enrollments(session)))
                .extracting(Enrollment::status)
                .containsOnly(EnrollmentStatus.ENROLLED);
        // each group told once (by SMS: their leaders' numbers), the group of two naming both
        assertThat(told(MessageType.TRAINING_CHANGED, one.id())).hasSize(1);
        assertThat(told(MessageType.TRAINING_CHANGED, two.id())).hasSize(1);
        assertThat(told(MessageType.TRAINING_CHANGED, one.id()).getFirst().get("memberName"))
                .isEqualTo("Member 0, Member 1");
        // a screen showing the old version is refused, nothing saved
        assertThatThrownBy(() ->
                        fx.accounts.as(staff, () -> changes.change(session, details("Old", null, null, null, 0))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("training.error.changedMeanwhile");
        assertThat(fx.accounts.as(staff, () -> schedule.session(session)).title())
                .isEqualTo("Photos that sell");
        assertThat(dsl.fetchCount(
                        AUDIT_LOG,
                        AUDIT_LOG
                                .ENTITY_TYPE
                                .eq("TRAINING_SESSION")
                                .and(AUDIT_LOG.ENTITY_ID.eq(String.valueOf(session)))
                                .and(AUDIT_LOG.ACTION.eq("CHANGE"))))
                .isEqualTo(1);
    }

    @Test
    void aMoveIsCheckedAsABookingIsAndUpdatesTheCalendarEntry() {
        long session = fx.accounts
                .as(staff, () -> schedule.createSeries(series(tuesday, 1, 5)))
                .sessionIds()
                .getFirst();
        LeaderGroup group = group(true, 1);
        fx.accounts.as(group.mobile(), () -> enrollments.enroll(session, group.members()));
        // another trainer's session in the room on Wednesday at 11
        long other = fx.accounts.as(staff, () -> setup.addTrainer(unique("Rupa Pal "), "EPAYMENT", "bn"));
        fx.accounts.as(
                staff,
                () -> schedule.createSeries(new TrainingRecords.SeriesForm(
                        topic("EPAYMENT"), room, other, tuesday.plusDays(1), LocalTime.of(11, 0), 60, 1, 5, "bn")));
        fx.accounts.as(staff, () -> setup.addClosure(centre, tuesday.plusDays(2), tuesday.plusDays(2), "Eid"));
        dsl.insertInto(TRAINER_DAY_AWAY)
                .set(TRAINER_DAY_AWAY.TRAINER_ID, trainer)
                .set(TRAINER_DAY_AWAY.AWAY_ON, tuesday.plusDays(3))
                .execute();

        assertThatThrownBy(() -> fx.accounts.as(
                        staff, () -> changes.change(session, move(LocalDate.of(2020, 1, 7), null, null, null, false))))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).contains("training.error.newDay"));
        assertThatThrownBy(() -> fx.accounts.as(
                        staff, () -> changes.change(session, move(tuesday.plusDays(1), null, null, null, false))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("training.error.overlap");
        assertThatThrownBy(() -> fx.accounts.as(
                        staff, () -> changes.change(session, move(tuesday.plusDays(2), null, null, null, false))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("training.error.closedDay");
        assertThatThrownBy(() -> fx.accounts.as(
                        staff, () -> changes.change(session, move(tuesday.plusDays(3), null, null, null, false))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("training.error.trainerAway");
        assertThatThrownBy(() -> fx.accounts.as(
                        staff,
                        () -> changes.change(
                                session, move(tuesday.plusDays(4), LocalTime.of(17, 30), null, null, false))))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).contains("training.error.outsideHours"));
        assertThat(told(MessageType.TRAINING_CHANGED, group.id())).isEmpty();

        // Saturday at 14:00: moved, the member told, the calendar entry the same UID with SEQUENCE 1
        Session moved = fx.accounts
                .as(
                        staff,
                        () -> changes.change(
                                session, move(tuesday.plusDays(4), LocalTime.of(14, 0), null, null, false)))
                .getFirst();
        assertThat(moved.startsAt()
                        .atZoneSameInstant(app.haat.core.i18n.Formats.INDIA)
                        .toLocalDateTime())
                .isEqualTo(tuesday.plusDays(4).atTime(14, 0));
        assertThat(moved.endsAt()).isEqualTo(moved.startsAt().plusMinutes(120));
        List<Map<String, Object>> sent = told(MessageType.TRAINING_CHANGED, group.id());
        assertThat(sent).hasSize(1);
        String ics = new String(calendar.render(sent.getFirst()), StandardCharsets.UTF_8);
        assertThat(ics)
                .contains("UID:training-" + session + "-" + group.id() + "@haat")
                .contains("SEQUENCE:1")
                .contains("METHOD:PUBLISH")
                .doesNotContain("CANCELLED");
    }

    @Test
    void aSeriesChangesFromOneSessionOnAndACancellationIsFinal() {
        List<Long> ids = fx.accounts
                .as(staff, () -> schedule.createSeries(series(tuesday, 3, 5)))
                .sessionIds();
        // from the second on: one hour later
        List<Session> moved = fx.accounts.as(
                staff, () -> changes.change(ids.get(1), move(null, LocalTime.of(12, 0), null, null, true)));
        assertThat(moved).extracting(Session::id).containsExactly(ids.get(1), ids.get(2));
        assertThat(fx.accounts
                        .as(staff, () -> schedule.session(ids.get(0)))
                        .startsAt()
                        .getHour())
                .isNotEqualTo(moved.getFirst().startsAt().getHour());

        LeaderGroup enrolled = group(true, 1);
        LeaderGroup waiting = group(true, 1);
        fx.accounts.as(staff, () -> changes.change(ids.get(2), details(null, null, 1, null, null)));
        fx.accounts.as(enrolled.mobile(), () -> enrollments.enroll(ids.get(2), enrolled.members()));
        fx.accounts.as(waiting.mobile(), () -> enrollments.enroll(ids.get(2), waiting.members()));
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> changes.cancel(ids.get(2), "  ", false, null)))
                .isInstanceOf(ValidationException.class);

        assertThat(fx.accounts.as(staff, () -> changes.cancel(ids.get(1), "The trainer is ill", true, null)))
                .containsExactly(ids.get(1), ids.get(2));
        Session cancelled = fx.accounts.as(staff, () -> schedule.session(ids.get(2)));
        assertThat(cancelled.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("The trainer is ill");
        assertThat(fx.accounts.as(staff, () -> schedule.session(ids.get(0))).status())
                .isEqualTo(SessionStatus.SCHEDULED);
        // both the enrolled and the waiting member's groups are told, with a calendar cancellation
        for (LeaderGroup group : List.of(enrolled, waiting)) {
            List<Map<String, Object>> sent = told(MessageType.TRAINING_CANCELLED, group.id());
            assertThat(sent).hasSize(1);
            assertThat(sent.getFirst().get("reason")).isEqualTo("The trainer is ill");
            assertThat(new String(calendar.render(sent.getFirst()), StandardCharsets.UTF_8))
                    .contains("METHOD:CANCEL")
                    .contains("STATUS:CANCELLED")
                    .contains("SEQUENCE:2") // moved once, then cancelled
                    .contains("UID:training-" + ids.get(2) + "-" + group.id() + "@haat");
        }
        // a cancelled session: not cancelled twice, not changed, not joined, no attendance
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> changes.cancel(ids.get(2), "Again", false, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("training.error.sessionCancelled");
        assertThatThrownBy(() ->
                        fx.accounts.as(staff, () -> changes.change(ids.get(2), details("X", null, null, null, null))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("training.error.sessionCancelled");
        LeaderGroup late = group(true, 1);
        assertThatThrownBy(() -> fx.accounts.as(late.mobile(), () -> enrollments.enroll(ids.get(2), late.members())))
                .isInstanceOf(ConflictException.class)
                .hasMessage("training.error.sessionCancelled");
        HeldSessions.held(dsl, ids.get(2));
        long seat = fx.accounts.as(staff, () -> enrollments.enrollments(ids.get(2))).stream()
                .filter(e -> e.status() == EnrollmentStatus.ENROLLED)
                .findFirst()
                .orElseThrow()
                .id();
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> attendance.markAttendance(seat, true)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("training.error.sessionCancelled");
        // a session that has been held is not cancelled
        HeldSessions.held(dsl, ids.get(0));
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> changes.cancel(ids.get(0), "Late", false, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("training.error.alreadyHeld");
        // the cancelled sessions' room and trainer are free again for a booking
        assertThat(fx.accounts
                        .as(
                                staff,
                                () -> schedule.createSeries(new TrainingRecords.SeriesForm(
                                        topic("EPAYMENT"),
                                        room,
                                        trainer,
                                        tuesday.plusWeeks(1),
                                        LocalTime.of(12, 0),
                                        60,
                                        1,
                                        5,
                                        "bn")))
                        .sessionIds())
                .hasSize(1);
    }

    @Test
    void twoStaffChangingOneSessionAtOnceOneWinsTheOtherIsToldWhy() throws Exception {
        long session = fx.accounts
                .as(staff, () -> schedule.createSeries(series(tuesday, 1, 5)))
                .sessionIds()
                .getFirst();
        String second = fx.accounts.staff();
        java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
        long done = AtTheSameInstant.successes(2, () -> {
            int me = turn.getAndIncrement();
            return fx.accounts.as(
                    me == 0 ? staff : second,
                    () -> me == 0
                            ? changes.change(session, details(null, null, 8, null, 0))
                            : changes.cancel(session, "Room flooded", false, 0));
        });
        assertThat(done).isEqualTo(1);
        assertThat(fx.accounts.as(staff, () -> schedule.session(session)).version())
                .isEqualTo(1);
    }

    /** The models of the messages of that type queued to the group by SMS. */
    private List<Map<String, Object>> told(MessageType type, long groupId) {
        return dsl
                .select(MAIL_OUTBOX.MODEL)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.MESSAGE_TYPE.eq(type).and(MAIL_OUTBOX.GROUP_ID.eq(groupId)))
                .and(MAIL_OUTBOX.CHANNEL.eq(Channel.SMS))
                .fetch(MAIL_OUTBOX.MODEL)
                .stream()
                .map(model -> json.readValue(model, new TypeReference<Map<String, Object>>() {}))
                .toList();
    }
}
