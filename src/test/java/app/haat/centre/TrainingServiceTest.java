package app.haat.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.centre.TrainingRecords.Enrollment;
import app.haat.centre.TrainingRecords.SeriesForm;
import app.haat.centre.TrainingRecords.SeriesResult;
import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Translator;
import app.haat.db.Tables;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.group.GroupRegistryTest;
import app.haat.group.GroupService;
import app.haat.group.Member;
import app.haat.group.SignUpForm;
import app.haat.mail.MessageType;
import app.haat.support.AtTheSameInstant;
import app.haat.support.IntegrationTest;
import app.haat.venue.KioskForm;
import app.haat.venue.VenueForm;
import app.haat.venue.VenueKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The centre's trainings on a real database: series, closures, double bookings, seats, waitlists, attendance. */
class TrainingServiceTest extends IntegrationTest {

    private static final AtomicInteger WEEK = new AtomicInteger();
    @Autowired
    TrainingService trainings;
    @Autowired
    ExhibitionFixtures fx;
    @Autowired
    GroupService groups;
    @Autowired
    DSLContext dsl;

    private String staff;
    private long centre;
    private long room;
    private long trainer;
    private LocalDate tuesday;

    @BeforeEach
    void centre() {
        staff = fx.accounts.staff();
        long bidhannagar = fx.municipality("Bidhannagar");
        centre = fx.accounts.as(fx.accounts.admin(), () -> fx.venues.create(new VenueForm(VenueKind.CENTRE,
                unique("Centre "), bidhannagar, "Sector-1", 1, 6, 3, null, null,
                List.of(new KioskForm("BAY1", 0, 0, 0, null, null, 2, true, false, false)))));
        room = fx.accounts.as(staff, () -> trainings.addRoom(centre, "Room 2", 20, "projector, 10 computers"));
        trainer = fx.accounts.as(staff, () -> trainings.addTrainer(unique("Soma Sen "), "PHOTOGRAPHY", "bn"));
        // a Tuesday far ahead, different for every test so that trainers of other tests never clash
        tuesday = LocalDate.of(2036, 1, 1).with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.TUESDAY))
                .plusWeeks(WEEK.getAndAdd(10));
    }

    private long topic(String code) {
        return fx.accounts.as(staff, () -> trainings.topics()).stream().filter(t -> t.code().equals(code))
                .findFirst().orElseThrow().id();
    }

    private SeriesForm series(LocalDate first, int weeks, int capacity) {
        return new SeriesForm(topic("PHOTOGRAPHY"), room, trainer, first, LocalTime.of(11, 0), 120, weeks, capacity,
                "bn");
    }

    /** A verified group (its leader signs in with the answer's mobile) with members; answers {mobile, group, ids…}. */
    private Object[] group(boolean verified, int members) {
        return group(verified, members, "Bidhannagar");
    }

    private Object[] group(boolean verified, int members, String municipalityName) {
        long municipality = fx.municipality(municipalityName);
        String officer = fx.accounts.officer(Set.of(municipality));
        String mobile = GroupRegistryTest.newMobile();
        long id = groups.register(new SignUpForm(unique("Alo "), municipality, "5", 10, "Rina Das", mobile,
                "long-enough", null, true, Set.of("HANDLOOM"), "bn"));
        if (verified) {
            fx.accounts.as(officer, () -> groups.verify(id, groups.get(id).version()));
        }
        Object[] answer = new Object[2 + members];
        answer[0] = mobile;
        answer[1] = id;
        for (int i = 0; i < members; i++) {
            int n = i;
            answer[2 + i] = fx.accounts.as(mobile, () -> groups.addMember(id, "Member " + n, Member.MemberRole.MEMBER,
                    null));
        }
        return answer;
    }

    @Test
    void aSixWeekSeriesSkipsAClosureAndARoomOrTrainerIsNeverDoubleBooked() throws Exception {
        fx.accounts.as(staff, () -> trainings.addClosure(centre, tuesday.plusWeeks(2), tuesday.plusWeeks(2),
                "Durga Puja holiday"));
        SeriesResult made = fx.accounts.as(staff, () -> trainings.createSeries(series(tuesday, 6, 15)));
        assertThat(made.sessionIds()).hasSize(5);
        assertThat(made.skipped()).singleElement().asString().contains("Durga Puja holiday");

        // the same room an hour later, another trainer: refused, nothing of the series kept
        long other = fx.accounts.as(staff, () -> trainings.addTrainer(unique("Rupa Pal "), "EPAYMENT", "bn"));
        int before = dsl.fetchCount(Tables.TRAINING_SESSION);
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> trainings.createSeries(new SeriesForm(
                topic("EPAYMENT"), room, other, tuesday.minusWeeks(1), LocalTime.of(12, 0), 60, 3, 10, "en"))))
                .isInstanceOf(ConflictException.class).hasMessage("training.error.overlap");
        assertThat(dsl.fetchCount(Tables.TRAINING_SESSION)).isEqualTo(before);
        // the same trainer in another room at the same time: refused too
        long hall = fx.accounts.as(staff, () -> trainings.addRoom(centre, "Hall", 60, null));
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> trainings.createSeries(new SeriesForm(
                topic("PHOTOGRAPHY"), hall, trainer, tuesday.plusWeeks(1), LocalTime.of(10, 0), 90, 1, 10, "bn"))))
                .isInstanceOf(ConflictException.class);
        // a session on a holiday alone: nothing to create; more seats than the room: refused
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> trainings.createSeries(series(tuesday.plusWeeks(2)
                .plusDays(0), 1, 10)))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> trainings.createSeries(series(tuesday.plusWeeks(8), 1,
                21)))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).contains("training.error.capacity"));

        // two bookings of the same room at the same instant: exactly one
        long third = fx.accounts.as(staff, () -> trainings.addTrainer(unique("Mita Bag "), "GST_PAN", "en"));
        AtomicInteger turn = new AtomicInteger();
        long booked = AtTheSameInstant.successes(2, () -> fx.accounts.as(staff, () -> trainings.createSeries(
                new SeriesForm(topic("GST_PAN"), room, turn.getAndIncrement() == 0 ? trainer : third,
                        tuesday.plusWeeks(9), LocalTime.of(15, 0), 60, 1, 10, "en"))));
        assertThat(booked).isEqualTo(1);

        // a group's leader may not create sessions
        String leader = (String) group(true, 0)[0];
        assertThatThrownBy(() -> fx.accounts.as(leader, () -> trainings.createSeries(series(tuesday.plusWeeks(7), 1,
                5)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void leadersFillASessionFromTwoPhonesTheWaitlistMovesUpAndUnverifiedGroupsWait() throws Exception {
        long session = fx.accounts.as(staff, () -> trainings.createSeries(series(tuesday, 1, 2))).sessionIds()
                .getFirst();
        Object[] first = group(true, 1);
        Object[] second = group(true, 1);
        Object[] third = group(true, 1);
        Object[] unverified = group(false, 1);
        dsl.update(Tables.SHG_GROUP).set(Tables.SHG_GROUP.EMAIL, "training-" + third[1] + "@example.org")
                .where(Tables.SHG_GROUP.ID.eq((Long) third[1])).execute();

        fx.accounts.as((String) third[0], () -> trainings.enroll(session, List.of((Long) third[2])));
        // the last seat, from two phones at the same instant: one enrolled, one waiting
        AtomicInteger turn = new AtomicInteger();
        assertThat(AtTheSameInstant.successes(2, () -> {
            Object[] who = turn.getAndIncrement() == 0 ? first : second;
            return fx.accounts.as((String) who[0], () -> trainings.enroll(session, List.of((Long) who[2])));
        })).isEqualTo(2);
        List<Enrollment> roster = fx.accounts.as(staff, () -> trainings.enrollments(session));
        assertThat(roster).extracting(Enrollment::status).containsExactlyInAnyOrder(EnrollmentStatus.ENROLLED,
                EnrollmentStatus.ENROLLED, EnrollmentStatus.WAITLISTED);
        Enrollment waiting = roster.stream().filter(e -> e.status() == EnrollmentStatus.WAITLISTED).findFirst()
                .orElseThrow();
        assertThat(waiting.waitlistPosition()).isEqualTo(1);

        // once is enough; another group's member is not the leader's to enroll; an unverified group is refused
        assertThatThrownBy(() -> fx.accounts.as((String) first[0], () -> trainings.enroll(session,
                List.of((Long) first[2])))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> fx.accounts.as((String) first[0], () -> trainings.enroll(session,
                List.of((Long) third[2])))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> trainings.enroll(session,
                List.of((Long) unverified[2])))).isInstanceOf(ConflictException.class)
                .hasMessage("training.error.unverified");

        // the third group cancels: the waiting member gets the seat
        Enrollment thirds = roster.stream().filter(e -> e.groupId() == (Long) third[1]).findFirst().orElseThrow();
        fx.accounts.as((String) third[0], () -> trainings.cancel(thirds.id()));
        assertThat(fx.accounts.as(staff, () -> trainings.enrollments(session))).extracting(Enrollment::status)
                .containsExactly(EnrollmentStatus.ENROLLED, EnrollmentStatus.ENROLLED);
        assertThatThrownBy(() -> fx.accounts.as((String) third[0], () -> trainings.cancel(thirds.id())))
                .isInstanceOf(ConflictException.class);
        assertThat(dsl.fetchCount(Tables.MAIL_OUTBOX, Tables.MAIL_OUTBOX.RECIPIENT.eq("training-" + third[1]
                + "@example.org").and(Tables.MAIL_OUTBOX.MESSAGE_TYPE.eq(MessageType.TRAINING_ENROLLMENT))))
                .isEqualTo(1);
        // a group sees only its own
        assertThat(fx.accounts.as((String) first[0], () -> trainings.enrollments(session)))
                .allMatch(e -> e.groupId() == (Long) first[1]);
        // the day before, a reminder to each enrolled group with an e-mail address, one per group
        List<Long> enrolled = fx.accounts.as(staff, () -> trainings.enrollments(session)).stream()
                .filter(e -> e.status() == EnrollmentStatus.ENROLLED).map(Enrollment::groupId).distinct().toList();
        assertThat(enrolled).isNotEmpty();
        dsl.update(Tables.SHG_GROUP).set(Tables.SHG_GROUP.EMAIL, org.jooq.impl.DSL.concat(
                        org.jooq.impl.DSL.val("remind-"), Tables.SHG_GROUP.ID.cast(String.class),
                        org.jooq.impl.DSL.val("@example.org")))
                .where(Tables.SHG_GROUP.ID.in(enrolled)).execute();
        int reminded = trainings.remind(tuesday);
        assertThat(reminded).isEqualTo(enrolled.size());
        assertThat(dsl.fetchCount(Tables.MAIL_OUTBOX, Tables.MAIL_OUTBOX.RECIPIENT.in(enrolled.stream()
                .map(id -> "remind-" + id + "@example.org").toList())
                .and(Tables.MAIL_OUTBOX.MESSAGE_TYPE.eq(MessageType.REMINDER)))).isEqualTo(reminded);
    }

    @Test
    void attendingEveryEretailTopicMakesTheMemberTrainedAndTheGroupReady() throws Exception {
        Object[] group = group(true, 1);
        long member = (Long) group[2];
        List<String> eretail = List.of("PHOTOGRAPHY", "MARKETPLACE", "EPAYMENT", "GST_PAN");
        for (int i = 0; i < eretail.size(); i++) {
            int n = i;
            long session = fx.accounts.as(staff, () -> trainings.createSeries(new SeriesForm(topic(eretail.get(n)),
                    room, trainer, tuesday.plusDays(n), LocalTime.of(10, 0), 60, 1, 10, "bn"))).sessionIds()
                    .getFirst();
            Enrollment enrolled = fx.accounts.as((String) group[0], () -> trainings.enroll(session,
                    List.of(member))).getFirst();
            assertThat(fx.accounts.as((String) group[0], () -> groups.get((Long) group[1])).eretailTrained()).isFalse();
            assertThatThrownBy(() -> fx.accounts.as((String) group[0], () -> {
                trainings.markAttendance(enrolled.id(), true);
                return null;
            })).isInstanceOf(AccessDeniedException.class);
            fx.accounts.as(staff, () -> {
                trainings.markAttendance(enrolled.id(), true);
                return null;
            });
        }
        // the group's readiness item is done; the search index learns it too (the change is audited)
        assertThat(fx.accounts.as((String) group[0], () -> groups.get((Long) group[1])).eretailTrained()).isTrue();
        assertThat(dsl.select(Tables.GROUP_MEMBER.ERETAIL_TRAINED_AT).from(Tables.GROUP_MEMBER)
                .where(Tables.GROUP_MEMBER.ID.eq(member)).fetchOne().value1()).isNotNull();

        // the trained member's certificate, for the group and for staff; none for an untrained member
        byte[] pdf = fx.accounts.as((String) group[0], () -> trainings.certificate(member, java.util.Locale.ENGLISH));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Member 0")
                    .contains("Certificate of e-retail training").contains("Taking e-payments");
        }
        assertThat(fx.accounts.as(staff, () -> trainings.certificate(member, Translator.BENGALI))).isNotEmpty();
        Object[] other = group(true, 1);
        assertThatThrownBy(() -> fx.accounts.as((String) other[0], () -> trainings.certificate(member,
                java.util.Locale.ENGLISH))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> trainings.certificate((Long) other[2],
                java.util.Locale.ENGLISH))).isInstanceOf(app.haat.core.api.NotFoundException.class);

        // the report counts the member for the group's district, with four sessions attended
        TrainingService.ReportLine district = fx.accounts.as(staff, () -> trainings.report()).districts().stream()
                .filter(l -> l.nameEn().equals("North 24 Parganas")).findFirst().orElseThrow();
        assertThat(district.trained()).isPositive();
        assertThat(district.present()).isGreaterThanOrEqualTo(4);
        assertThat(district.target()).isPositive();
        // only the admin sets the target, within its range
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> {
            trainings.setTarget(2000);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.accounts.as(fx.accounts.admin(), () -> {
            trainings.setTarget(0);
            return null;
        })).isInstanceOf(ValidationException.class);
    }

    @Test
    void aSessionForOneMunicipalityWithATopicToAttendFirst() throws Exception {
        long photography = fx.accounts.as(staff, () -> trainings.createSeries(series(tuesday, 1, 10))).sessionIds()
                .getFirst();
        long bally = fx.municipality("Bally");
        long listing = fx.accounts.as(staff, () -> trainings.createSeries(new SeriesForm(topic("MARKETPLACE"), room,
                trainer, tuesday.plusWeeks(1), LocalTime.of(11, 0), 60, 1, 10, "bn", topic("PHOTOGRAPHY"),
                Set.of(bally)))).sessionIds().getFirst();
        Object[] elsewhere = group(true, 1);
        assertThatThrownBy(() -> fx.accounts.as((String) elsewhere[0], () -> trainings.enroll(listing,
                List.of((Long) elsewhere[2])))).isInstanceOf(ConflictException.class)
                .hasMessage("training.error.audience");
        Object[] local = group(true, 1, "Bally");
        assertThatThrownBy(() -> fx.accounts.as((String) local[0], () -> trainings.enroll(listing,
                List.of((Long) local[2])))).isInstanceOf(ConflictException.class)
                .hasMessage("training.error.needsTopic");
        Enrollment first = fx.accounts.as((String) local[0], () -> trainings.enroll(photography,
                List.of((Long) local[2]))).getFirst();
        fx.accounts.as(staff, () -> {
            trainings.markAttendance(first.id(), true);
            return null;
        });
        assertThat(fx.accounts.as((String) local[0], () -> trainings.enroll(listing, List.of((Long) local[2])))
                .getFirst().status()).isEqualTo(EnrollmentStatus.ENROLLED);
        // a topic cannot be its own prerequisite
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> trainings.createSeries(new SeriesForm(
                topic("EPAYMENT"), room, trainer, tuesday.plusWeeks(3), LocalTime.of(11, 0), 60, 1, 10, "bn",
                topic("EPAYMENT"), Set.of())))).isInstanceOf(ValidationException.class);
    }

    @Test
    void sessionsKeepToTheCentresHoursAndTopicsCanBeAdded() throws Exception {
        fx.accounts.as(staff, () -> {
            trainings.setHours(centre, LocalTime.of(10, 0), LocalTime.of(17, 0), DayOfWeek.WEDNESDAY);
            return null;
        });
        // 16:00 for two hours ends after closing: refused with the hours
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> trainings.createSeries(new SeriesForm(
                topic("PHOTOGRAPHY"), room, trainer, tuesday, LocalTime.of(16, 0), 120, 1, 10, "bn"))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).contains("training.error.outsideHours"));
        // a weekly series on Wednesdays is all closed days: nothing made; Tuesdays go ahead
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> trainings.createSeries(series(tuesday.plusDays(1), 2,
                10)))).isInstanceOf(ValidationException.class);
        assertThat(fx.accounts.as(staff, () -> trainings.createSeries(series(tuesday, 2, 10))).sessionIds())
                .hasSize(2);
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> {
            trainings.setHours(centre, LocalTime.of(18, 0), LocalTime.of(9, 0), null);
            return null;
        })).isInstanceOf(ValidationException.class);

        // a new topic; the same code again is a conflict
        String code = "SOCIAL_" + System.nanoTime() % 100000;
        long id = fx.accounts.as(staff, () -> trainings.addTopic(code.toLowerCase(), "Selling on social media",
                "সোশ্যাল মিডিয়ায় বিক্রি", false));
        assertThat(fx.accounts.as(staff, () -> trainings.topics())).extracting(TrainingRecords.Topic::code)
                .contains(code);
        assertThat(id).isPositive();
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> trainings.addTopic(code, "Again", "আবার", false)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> trainings.addTopic(" ", "", "", false)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void theCalendarsSessionsExportWithSeatsAndAttendanceForStaffAndOfficersOnly() {
        SeriesResult made = fx.accounts.as(staff, () -> trainings.createSeries(series(tuesday, 3, 10)));
        long first = made.sessionIds().getFirst();
        Object[] group = group(true, 2);
        List<Enrollment> enrolled = fx.accounts.as((String) group[0], () -> trainings.enroll(first,
                List.of((Long) group[2], (Long) group[3])));
        fx.accounts.as(staff, () -> trainings.markAttendance(enrolled.get(0).id(), true));
        fx.accounts.as(staff, () -> trainings.markAttendance(enrolled.get(1).id(), false));

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        fx.accounts.as(staff, () -> trainings.export(tuesday, tuesday.plusWeeks(3), room, null,
                app.haat.core.export.ExportFormat.CSV, app.haat.core.i18n.Translator.ENGLISH, out));
        List<List<String>> rows = app.haat.support.ExportFiles.csv(out.toByteArray());
        assertThat(rows.getFirst()).containsExactly("Date", "Starts", "Ends", "Topic", "Room", "Trainer", "Seats",
                "Enrolled", "Waiting", "Present", "Absent");
        assertThat(rows).hasSize(1 + 3);
        assertThat(rows.get(1)).containsExactly(tuesday.toString(), "11:00", "13:00", rows.get(1).get(3), "Room 2",
                rows.get(1).get(5), "10", "2", "0", "1", "1");
        assertThat(rows.get(2)).endsWith("0", "0", "0");

        // an officer may export (no member names in it); a group may not; an absurd range is refused
        String officer = fx.accounts.officer(Set.of(fx.municipality("Bidhannagar")));
        java.io.ByteArrayOutputStream again = new java.io.ByteArrayOutputStream();
        fx.accounts.as(officer, () -> trainings.export(tuesday, tuesday.plusWeeks(3), null, trainer,
                app.haat.core.export.ExportFormat.XLSX, app.haat.core.i18n.Translator.BENGALI, again));
        assertThat(app.haat.support.ExportFiles.xlsx(again.toByteArray())).hasSize(1 + 3);
        assertThatThrownBy(() -> fx.accounts.as((String) group[0], () -> trainings.export(tuesday, tuesday,
                null, null, app.haat.core.export.ExportFormat.CSV, app.haat.core.i18n.Translator.ENGLISH, out)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.accounts.as(staff, () -> trainings.export(tuesday, tuesday.plusYears(2),
                null, null, app.haat.core.export.ExportFormat.CSV, app.haat.core.i18n.Translator.ENGLISH, out)))
                .isInstanceOf(app.haat.core.api.ValidationException.class);
    }
}
