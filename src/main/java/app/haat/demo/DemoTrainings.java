package app.haat.demo;

import app.haat.centre.AttendanceService;
import app.haat.centre.CentreSetupService;
import app.haat.centre.EnrollmentService;
import app.haat.centre.TrainingRecords.SeriesForm;
import app.haat.centre.TrainingRecords.Topic;
import app.haat.centre.TrainingScheduleService;
import app.haat.group.Group;
import app.haat.group.GroupFilter;
import app.haat.group.GroupProfileService;
import app.haat.group.GroupService;
import app.haat.group.GroupStatus;
import app.haat.group.Member;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Demo trainings at the Salt Lake Sector-1 centre: two rooms, three trainers, a month of weekly sessions on the four
 * e-retail topics from next week, and members of demo groups enrolled (one session full, with a waitlist); last
 * month's sessions with their attendance, so some members are trained and the report shows progress.
 */
@Component
class DemoTrainings {

    private static final List<String> MEMBERS = List.of("পূর্ণিমা মণ্ডল", "শিখা দত্ত", "Mousumi Ghosh", "রেখা সাহা");
    private final CentreSetupService setup;
    private final TrainingScheduleService schedule;
    private final EnrollmentService enrollments;
    private final AttendanceService attendance;
    private final GroupProfileService profiles;
    private final DemoHistoryService history;

    DemoTrainings(
            CentreSetupService setup,
            TrainingScheduleService schedule,
            EnrollmentService enrollments,
            AttendanceService attendance,
            GroupProfileService profiles,
            DemoHistoryService history) {
        this.profiles = profiles;
        this.history = history;
        this.setup = setup;
        this.schedule = schedule;
        this.enrollments = enrollments;
        this.attendance = attendance;
    }

    /** Loads the demo trainings unless rooms exist; answers how many enrollments it made (-1: nothing loaded). */
    int load(GroupService groups, Clock clock) {
        if (!setup.rooms().isEmpty()) {
            return -1;
        }
        long centre = setup.centres().entrySet().stream()
                .filter(e -> e.getValue().contains("Salt Lake"))
                .findFirst()
                .orElseThrow()
                .getKey();
        long photoRoom = setup.addRoom(
                centre, "Training room 1", DemoNames.bengali("Training room 1"), 24, "projector, light box, 4 cameras");
        long computerRoom = setup.addRoom(
                centre, "Computer room", DemoNames.bengali("Computer room"), 16, "16 computers, projector");
        long soma = setup.addTrainer("Soma Sen", "PHOTOGRAPHY", "bn, en");
        long arindam = setup.addTrainer("অরিন্দম ঘোষ", "MARKETPLACE, EPAYMENT", "bn");
        long nasrin = setup.addTrainer("Nasrin Begum", "GST_PAN", "bn, en");
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        List<Topic> topics = setup.topics();
        List<Long> sessions = new ArrayList<>();
        sessions.addAll(series(topics, "PHOTOGRAPHY", photoRoom, soma, monday.plusDays(1), 4, 20));
        sessions.addAll(series(topics, "MARKETPLACE", computerRoom, arindam, monday.plusDays(2), 4, 16));
        sessions.addAll(series(topics, "EPAYMENT", computerRoom, arindam, monday.plusDays(3), 4, 16));
        sessions.addAll(series(topics, "GST_PAN", photoRoom, nasrin, monday.plusDays(4), 4, 4));
        List<Group> verified = groups.page(new GroupFilter(GroupStatus.VERIFIED, null, null, null), 0, 6);
        int enrolled = enrollUpcoming(groups, verified, sessions);
        return enrolled + pastWithAttendance(groups, verified, topics, photoRoom, soma, clock);
    }

    /**
     * Members of the first demo groups enroll: each group's members take one of the first three topics every week,
     * and the first GST/PAN session, which fills and has a waitlist.
     */
    private int enrollUpcoming(GroupService groups, List<Group> verified, List<Long> sessions) {
        int enrolled = 0;
        long firstGstPan = sessions.get(12); // the GST/PAN series was created last: four seats
        for (int g = 0; g < verified.size(); g++) {
            Group group = verified.get(g);
            List<Long> members = new ArrayList<>();
            for (int m = 0; m < 2; m++) {
                members.add(profiles.addMember(
                        group.id(), MEMBERS.get((g + m) % MEMBERS.size()), Member.MemberRole.MEMBER, null));
            }
            for (int week = 0; week < 4; week++) {
                enrolled += enrollments
                        .enroll(sessions.get((g % 3) * 4 + week), members)
                        .size();
            }
            if (g >= 3) {
                enrolled += enrollments.enroll(firstGstPan, members).size(); // the third group waits
            }
        }
        return enrolled;
    }

    /**
     * Last month: one session of each e-retail topic, attended by the first group's members, who are now trained
     * (their group is ready on its training item); one member missed GST/PAN.
     */
    private int pastWithAttendance(
            GroupService groups, List<Group> verified, List<Topic> topics, long room, long trainer, Clock clock) {
        int enrolled = 0;
        List<Long> past = new ArrayList<>();
        LocalDate far = LocalDate.now(clock).plusDays(300).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        List<String> codes = List.of("PHOTOGRAPHY", "MARKETPLACE", "EPAYMENT", "GST_PAN");
        for (int i = 0; i < codes.size(); i++) {
            past.addAll(series(topics, codes.get(i), room, trainer, far.plusDays(i), 1, 24));
        }
        List<Long> attendees = new ArrayList<>();
        for (int g = 0; g < Math.min(2, verified.size()); g++) {
            attendees.add(profiles.addMember(
                    verified.get(g).id(), MEMBERS.get((g + 2) % MEMBERS.size()), Member.MemberRole.MEMBER, null));
        }
        for (long session : past) {
            enrolled += enrollments.enroll(session, attendees).size();
        }
        history.shiftSessions(
                past, -(int) ChronoUnit.DAYS.between(LocalDate.now(clock).minusDays(30), far));
        for (int i = 0; i < past.size(); i++) {
            for (var enrollment : enrollments.enrollments(past.get(i))) {
                boolean missed = i == past.size() - 1 && enrollment.memberId() == attendees.getLast();
                attendance.markAttendance(enrollment.id(), !missed);
            }
        }
        return enrolled;
    }

    private List<Long> series(
            List<Topic> topics, String code, long room, long trainer, LocalDate first, int weeks, int seats) {
        long topic = topics.stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
        return schedule.createSeries(
                        new SeriesForm(topic, room, trainer, first, LocalTime.of(11, 0), 120, weeks, seats, "bn"))
                .sessionIds();
    }
}
