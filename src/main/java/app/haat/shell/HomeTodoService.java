package app.haat.shell;

import app.haat.centre.EnrollmentService;
import app.haat.centre.EnrollmentStatus;
import app.haat.centre.GroupTrainingService;
import app.haat.centre.GroupTrainingService.GroupSession;
import app.haat.centre.TrainingRecords.Enrollment;
import app.haat.centre.TrainingRecords.Session;
import app.haat.centre.TrainingScheduleService;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.LocalizedName;
import app.haat.core.security.CurrentUser;
import app.haat.desk.CaseStatus;
import app.haat.desk.DeskRequestService;
import app.haat.exhibition.ApplicationFilter;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.Exhibition;
import app.haat.exhibition.ExhibitionService;
import app.haat.exhibition.ExhibitionStatus;
import app.haat.exhibition.MyStallsService;
import app.haat.exhibition.MyStallsService.Stall;
import app.haat.exhibition.StallOffers;
import app.haat.group.Group;
import app.haat.group.GroupFilter;
import app.haat.group.GroupService;
import app.haat.group.GroupStatus;
import app.haat.group.Readiness;
import app.haat.region.Centre;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home page's to-do list: what needs the signed-in person today, each with the page that deals with it. Every
 * item comes from the features' own services, so each is in the caller's scope: a group sees only itself, an officer
 * only the groups and exhibitions of their municipalities, staff the centre's sessions.
 */
@Service
public class HomeTodoService {

    /** How far back the staff home looks for sessions whose attendance was never ticked. */
    static final int ATTENDANCE_LOOK_BACK_DAYS = 14;

    private final CurrentUser currentUser;
    private final GroupService groups;
    private final ApplicationService applications;
    private final ExhibitionService exhibitions;
    private final MyStallsService stalls;
    private final StallOffers offers;
    private final GroupTrainingService groupTrainings;
    private final TrainingScheduleService schedule;
    private final EnrollmentService enrollments;
    private final DeskRequestService desk;
    private final Clock clock;

    HomeTodoService(
            CurrentUser currentUser,
            GroupService groups,
            ApplicationService applications,
            ExhibitionService exhibitions,
            MyStallsService stalls,
            StallOffers offers,
            GroupTrainingService groupTrainings,
            TrainingScheduleService schedule,
            EnrollmentService enrollments,
            DeskRequestService desk,
            Clock clock) {
        this.currentUser = currentUser;
        this.groups = groups;
        this.applications = applications;
        this.exhibitions = exhibitions;
        this.stalls = stalls;
        this.offers = offers;
        this.groupTrainings = groupTrainings;
        this.schedule = schedule;
        this.enrollments = enrollments;
        this.desk = desk;
        this.clock = clock;
    }

    /** What needs the caller today, most pressing first; empty when nothing does. */
    @Transactional(readOnly = true)
    public List<Todo> today() {
        return switch (currentUser.require().role()) {
            case SHG -> forGroup();
            case MUNICIPAL_OFFICER, STATE_ADMIN -> forOfficer();
            case CENTRE_STAFF -> forStaff();
        };
    }

    /**
     * A group: its standing with its municipality, today's sales, its kiosks to come, exhibitions to apply to, its
     * profile, its next training.
     */
    private List<Todo> forGroup() {
        Group group = groups.mine();
        List<Todo> todos = new ArrayList<>();
        if (group.status() == GroupStatus.PENDING) {
            todos.add(
                    group.statusReason() == null
                            ? new Todo("home.todo.pending", List.of(), "my-group")
                            : new Todo("home.todo.pendingAsked", List.of(group.statusReason()), "my-group"));
        } else if (group.status() == GroupStatus.REJECTED) {
            todos.add(new Todo(
                    "home.todo.rejected",
                    List.of(group.statusReason() == null ? "" : group.statusReason()),
                    "my-group"));
        }
        for (StallOffers.OpenOffer offer : offers.openForMe()) {
            todos.add(new Todo("home.todo.offer", List.of(offer.exhibitionTitle(), offer.answerBy()), "my-stalls"));
        }
        todos.addAll(stallTodos());
        for (Exhibition open : applications.openForMe()) {
            todos.add(new Todo(
                    "home.todo.apply",
                    List.of(open.localizedTitle(), open.applicationsCloseAt(), open.startsOn()),
                    "my-stalls"));
        }
        if (group.status() != GroupStatus.DELETED && group.readinessDone() < Readiness.ITEMS) {
            todos.add(new Todo("home.todo.profile", List.of(group.readinessDone(), Readiness.ITEMS), "my-group"));
        }
        if (group.status() == GroupStatus.VERIFIED) {
            var trainings = groupTrainings.mine();
            if (!trainings.enrolled().isEmpty()) {
                GroupSession next = trainings.enrolled().getFirst();
                todos.add(new Todo(
                        "home.todo.training",
                        List.of(names(next.session()), next.session().startsAt()),
                        "training/" + next.session().id()));
            } else if (!trainings.joinable().isEmpty()) {
                Session next = trainings.joinable().getFirst();
                todos.add(new Todo("home.todo.trainingJoin", List.of(names(next), next.startsAt()), "trainings"));
            }
        }
        return todos;
    }

    /** The group's stalls: today's sales, an assignment to read before it starts, a place on a waitlist. */
    private List<Todo> stallTodos() {
        List<Todo> todos = new ArrayList<>();
        LocalDate today = todayInIndia();
        for (Stall stall : stalls.mine()) {
            var application = stall.application();
            if (stall.salesOpen() && stall.standsOn(today)) {
                todos.add(new Todo(
                        "home.todo.salesToday",
                        List.of(application.localizedExhibitionTitle()),
                        "sales/" + application.id()));
            } else if (stall.letterReady()
                    && !stall.seats().isEmpty()
                    && today.isBefore(stall.seats().getFirst().startsOn())) {
                todos.add(new Todo(
                        "home.todo.assignment",
                        List.of(
                                application.localizedExhibitionTitle(),
                                stall.seats().getFirst().kiosk(),
                                stall.seats().getFirst().startsOn()),
                        "my-stalls"));
            } else if (application.status() == ApplicationStatus.WAITLISTED) {
                todos.add(
                        new Todo("home.todo.waitlisted", List.of(application.localizedExhibitionTitle()), "my-stalls"));
            }
        }
        return todos;
    }

    /** An officer (or the admin): groups to verify, applications to review, exhibitions to allocate. */
    private List<Todo> forOfficer() {
        List<Todo> todos = new ArrayList<>();
        int pending = groups.count(new GroupFilter(GroupStatus.PENDING, null, null, null));
        if (pending > 0) {
            todos.add(new Todo("home.todo.verify", List.of(pending), "groups?status=PENDING"));
        }
        for (Exhibition exhibition : exhibitions.list()) {
            if (!exhibitions.canManage(exhibition)) {
                continue;
            }
            if (exhibition.status() == ExhibitionStatus.OPEN || exhibition.status() == ExhibitionStatus.CLOSED) {
                int submitted = applications.count(
                        exhibition.id(), new ApplicationFilter(ApplicationStatus.SUBMITTED, null, null, null, null));
                if (submitted > 0) {
                    todos.add(new Todo(
                            "home.todo.review",
                            List.of(submitted, exhibition.localizedTitle()),
                            "exhibition/" + exhibition.id()));
                }
            }
            if (exhibition.status() == ExhibitionStatus.CLOSED) {
                todos.add(new Todo(
                        "home.todo.allocate", List.of(exhibition.localizedTitle()), "allocation/" + exhibition.id()));
            }
        }
        return todos;
    }

    /**
     * Centre staff: the attendance left unticked in the last {@value #ATTENDANCE_LOOK_BACK_DAYS} days (certificates and
     * the report count only ticked members), then today's sessions and the attendance still to tick of those begun.
     */
    private List<Todo> forStaff() {
        Centre centre = desk.myCentre();
        if (centre.livelihood()) {
            return forDesk(centre);
        }
        List<Todo> todos = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = todayInIndia();
        for (Session session : schedule.sessions(today.minusDays(ATTENDANCE_LOOK_BACK_DAYS), today.minusDays(1))) {
            long unmarked = enrollments.enrollments(session.id()).stream()
                    .filter(e -> e.status() == EnrollmentStatus.ENROLLED && e.attended() == null)
                    .count();
            if (unmarked > 0) {
                todos.add(new Todo(
                        "home.todo.attendanceMissed",
                        List.of(
                                session.startsAt()
                                        .atZoneSameInstant(Formats.INDIA)
                                        .toLocalDate(),
                                names(session),
                                unmarked),
                        "training/" + session.id()));
            }
        }
        for (Session session : schedule.sessions(today, today)) {
            List<Enrollment> seated = enrollments.enrollments(session.id()).stream()
                    .filter(e -> e.status() == EnrollmentStatus.ENROLLED)
                    .toList();
            long unmarked = seated.stream().filter(e -> e.attended() == null).count();
            boolean begun = !now.isBefore(session.startsAt());
            todos.add(new Todo(
                    begun && unmarked > 0 ? "home.todo.attendance" : "home.todo.session",
                    List.of(
                            session.startsAt().atZoneSameInstant(Formats.INDIA).toLocalTime(),
                            names(session),
                            seated.size(),
                            unmarked),
                    "training/" + session.id()));
        }
        return todos;
    }

    /** A City Livelihood Centre's staff: the requests that wait for them (new or forwarded), with the desk. */
    private List<Todo> forDesk(Centre centre) {
        long waiting = desk.casesOf(centre.id()).stream()
                .filter(c -> c.status() == CaseStatus.REQUESTED || c.status() == CaseStatus.FORWARDED)
                .count();
        return waiting == 0 ? List.of() : List.of(new Todo("home.todo.deskWaiting", List.of(waiting), "desk"));
    }

    private static LocalizedName names(Session session) {
        return new LocalizedName(session.topicEn(), session.topicBn());
    }

    private LocalDate todayInIndia() {
        return LocalDate.now(clock.withZone(Formats.INDIA));
    }
}
