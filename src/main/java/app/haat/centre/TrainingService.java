package app.haat.centre;

import app.haat.audit.AuditService;
import app.haat.centre.TrainingRecords.Closure;
import app.haat.centre.TrainingRecords.Enrollment;
import app.haat.centre.TrainingRecords.Room;
import app.haat.centre.TrainingRecords.SeriesForm;
import app.haat.centre.TrainingRecords.SeriesResult;
import app.haat.centre.TrainingRecords.Session;
import app.haat.centre.TrainingRecords.Topic;
import app.haat.centre.TrainingRecords.Trainer;
import app.haat.core.api.ConflictException;
import app.haat.core.api.InputRules;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.export.ExportFormat;
import app.haat.core.export.ExportText;
import app.haat.core.export.TableWriter;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.mail.MailOutbox;
import app.haat.mail.MessageType;
import app.haat.user.UserService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The centre's trainings. Staff (and admins) keep rooms, trainers and closures, and create sessions, a weekly
 * series in one step: a room or a trainer is never double-booked (their rows are locked while a booking checks for
 * overlaps, on H2 and PostgreSQL alike), and dates when the centre is closed are skipped and listed. A verified
 * group's leader enrolls its members, staff anyone's; beyond capacity members wait, and a cancellation promotes the
 * first waiting. Attendance of every e-retail topic marks a member trained and the group ready to sell online.
 */
@Service
public class TrainingService {

    static final int MAX_WEEKS = 26;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final TrainingRepository repository;
    private final CurrentUser currentUser;
    private final UserService users;
    private final AuditService audit;
    private final MailOutbox mail;
    private final Clock clock;
    private final app.haat.mail.TrainingCertificate certificate;
    private final boolean demoMode;
    private final Translator translator;

    TrainingService(TrainingRepository repository, CurrentUser currentUser, UserService users, AuditService audit,
                    MailOutbox mail, Clock clock, app.haat.mail.TrainingCertificate certificate, Translator translator,
                    @org.springframework.beans.factory.annotation.Value("${haat.demo:false}") boolean demoMode) {
        this.demoMode = demoMode;
        this.translator = translator;
        this.certificate = certificate;
        this.repository = repository;
        this.currentUser = currentUser;
        this.users = users;
        this.audit = audit;
        this.mail = mail;
        this.clock = clock;
    }

    private HaatPrincipal requireStaff() {
        return currentUser.requireRole(Role.CENTRE_STAFF, Role.STATE_ADMIN);
    }

    @Transactional(readOnly = true)
    public List<Topic> topics() {
        currentUser.require();
        return repository.topics();
    }

    @Transactional(readOnly = true)
    public List<Room> rooms() {
        currentUser.require();
        return repository.rooms();
    }

    /** The centres (venues of kind centre) that can have training rooms: id → name. */
    @Transactional(readOnly = true)
    public Map<Long, String> centres() {
        requireStaff();
        return repository.centres();
    }

    @Transactional(readOnly = true)
    public List<Trainer> trainers() {
        requireStaff();
        return repository.trainers();
    }

    @Transactional
    public long addRoom(long venueId, String name, int capacity, String equipment) {
        requireStaff();
        List<String> errors = new ArrayList<>();
        if (!repository.isCentre(venueId)) {
            errors.add("training.error.notCentre");
        }
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            errors.add("training.error.roomName");
        }
        InputRules.checkSingleLine(errors, name, equipment);
        if (capacity < 1 || capacity > 500) {
            errors.add("training.error.roomCapacity");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        try {
            long id = repository.insertRoom(venueId, name.strip(), capacity, equipment == null || equipment.isBlank()
                    ? null : equipment.strip());
            audit.record("TRAINING_ROOM", id, "CREATE", null, name.strip() + ", " + capacity + " seats");
            return id;
        } catch (DuplicateKeyException e) {
            throw new ConflictException("training.error.roomExists", name.strip());
        }
    }

    @Transactional
    public long addTrainer(String name, String topics, String languages) {
        requireStaff();
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new ValidationException("training.error.trainerName");
        }
        InputRules.requireSingleLine(name, topics, languages);
        long id = repository.insertTrainer(name.strip(), topics, languages == null || languages.isBlank() ? "bn"
                : languages.strip());
        audit.record("TRAINER", id, "CREATE", null, name.strip());
        return id;
    }

    @Transactional(readOnly = true)
    public List<Closure> closures(long venueId) {
        requireStaff();
        return repository.closures(venueId);
    }

    /** For staff enrolling anyone: verified groups by name (id, name, municipality in English and Bengali). */
    @Transactional(readOnly = true)
    public List<String[]> enrollableGroups(String text, int offset, int limit) {
        requireStaff();
        return repository.verifiedGroups(text, offset, Math.min(limit, 100));
    }

    /** For staff enrolling anyone: a group's members by name (no phone numbers). */
    @Transactional(readOnly = true)
    public List<String[]> enrollableMembers(long groupId) {
        requireStaff();
        return repository.members(groupId);
    }

    /** A centre's opening hours and weekly closed day. */
    @Transactional(readOnly = true)
    public TrainingRepository.Hours hours(long venueId) {
        requireStaff();
        return repository.hours(venueId);
    }

    /** Staff set a centre's opening hours and its weekly closed day (null: open every day). */
    @Transactional
    public void setHours(long venueId, java.time.LocalTime opens, java.time.LocalTime closes, DayOfWeek closedDay) {
        requireStaff();
        if (!repository.isCentre(venueId) || opens == null || closes == null || !closes.isAfter(opens)) {
            throw new ValidationException("training.error.hours");
        }
        repository.setHours(venueId, new TrainingRepository.Hours(opens, closes, closedDay == null ? null
                : closedDay.getValue()));
        audit.record("CENTRE_HOURS", venueId, "UPDATE", null, opens + "–" + closes + (closedDay == null ? ""
                : ", closed " + closedDay));
    }

    /** A new topic (staff): a code, its names, and whether it is one of the e-retail topics that make a member trained. */
    @Transactional
    public long addTopic(String code, String nameEn, String nameBn, boolean eretail) {
        requireStaff();
        String normalised = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+",
                "_");
        if (normalised.isEmpty() || normalised.length() > 30 || nameEn == null || nameEn.isBlank()
                || nameBn == null || nameBn.isBlank() || nameEn.strip().length() > 120
                || nameBn.strip().length() > 120) {
            throw new ValidationException("training.error.topic");
        }
        InputRules.requireSingleLine(nameEn, nameBn);
        try {
            long id = repository.insertTopic(normalised, nameEn.strip(), nameBn.strip(), eretail);
            audit.record("TRAINING_TOPIC", id, "CREATE", null, normalised + (eretail ? " (e-retail)" : ""));
            return id;
        } catch (DuplicateKeyException e) {
            throw new ConflictException("training.error.topicExists", normalised);
        }
    }

    /** A holiday or closure of the centre (a single day when from and to are the same). */
    @Transactional
    public long addClosure(long venueId, LocalDate from, LocalDate to, String reason) {
        requireStaff();
        if (!InputRules.isPlausible(from) || !InputRules.isPlausible(to) || to.isBefore(from) || reason == null
                || reason.isBlank() || !repository.isCentre(venueId)) {
            throw new ValidationException("training.error.closure");
        }
        InputRules.requireSingleLine(reason);
        long id = repository.insertClosure(venueId, from, to, reason.strip());
        audit.record("CENTRE_CLOSURE", id, "CREATE", null, from + " – " + to + ": " + reason.strip());
        return id;
    }

    /**
     * Creates a weekly series (one week: a single session). Every session is checked against the room's and the
     * trainer's other sessions; one clash refuses the whole series, naming its date. Closed days are skipped.
     */
    @Transactional
    public SeriesResult createSeries(SeriesForm form) {
        HaatPrincipal me = requireStaff();
        Room room = repository.room(form.roomId()).orElseThrow(() -> new NotFoundException("training.error.noRoom"));
        List<String> errors = new ArrayList<>();
        if (form.weeks() < 1 || form.weeks() > MAX_WEEKS) {
            errors.add("training.error.weeks");
        }
        if (form.minutes() < 15 || form.minutes() > 8 * 60) {
            errors.add("training.error.length");
        }
        if (form.capacity() < 1 || form.capacity() > room.capacity()) {
            errors.add("training.error.capacity");
        }
        if (!InputRules.isPlausible(form.firstDay()) || form.startsAt() == null
                || form.firstDay().isBefore(LocalDate.now(clock.withZone(Formats.INDIA)))) {
            errors.add("training.error.firstDay");
        }
        if (repository.trainers().stream().noneMatch(t -> t.id() == form.trainerId())
                || repository.topics().stream().noneMatch(t -> t.id() == form.topicId())) {
            errors.add("training.error.noTrainerOrTopic");
        }
        if (!"bn".equals(form.language()) && !"en".equals(form.language())) {
            errors.add("training.error.language");
        }
        if (form.prerequisiteTopicId() != null && (form.prerequisiteTopicId() == form.topicId()
                || repository.topics().stream().noneMatch(t -> t.id() == form.prerequisiteTopicId()))) {
            errors.add("training.error.prerequisite");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        TrainingRepository.Hours hours = repository.hours(room.venueId());
        if (form.startsAt().isBefore(hours.opens()) || form.startsAt().plusMinutes(form.minutes()).isAfter(
                hours.closes()) || form.startsAt().plusMinutes(form.minutes()).isBefore(form.startsAt())) {
            // the hours follow the message as a value of their own (validation messages carry no parameters)
            throw new ValidationException(List.of("training.error.outsideHours", hours.opens() + "–"
                    + hours.closes() + "."));
        }
        repository.lockRoomAndTrainer(form.roomId(), form.trainerId());
        List<Closure> closures = repository.closures(room.venueId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Long> created = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int week = 0; week < form.weeks(); week++) {
            LocalDate day = form.firstDay().plusWeeks(week);
            var closed = closures.stream().filter(c -> !day.isBefore(c.startsOn()) && !day.isAfter(c.endsOn()))
                    .findFirst();
            if (closed.isPresent()) {
                skipped.add(Formats.date(day) + ": " + closed.get().reason());
                continue;
            }
            if (hours.closedWeekday() != null && day.getDayOfWeek().getValue() == hours.closedWeekday()) {
                skipped.add(Formats.date(day) + ": " + day.getDayOfWeek());
                continue;
            }
            OffsetDateTime from = day.atTime(form.startsAt()).atZone(Formats.INDIA).toOffsetDateTime();
            OffsetDateTime to = from.plusMinutes(form.minutes());
            var clash = repository.overlapping(form.roomId(), form.trainerId(), from, to);
            if (clash.isPresent()) {
                throw new ConflictException("training.error.overlap", Formats.dateTime(clash.get()));
            }
            created.add(repository.insertSession(form.topicId(), form.roomId(), form.trainerId(), from, to,
                    form.capacity(), form.language(), null, me.username(), now));
        }
        if (created.isEmpty()) {
            throw new ValidationException("training.error.allClosed");
        }
        repository.setSeries(created, created.getFirst());
        repository.setAudience(created, form.prerequisiteTopicId(), form.audience());
        audit.record("TRAINING_SERIES", created.getFirst(), "CREATE", null, created.size() + " sessions, skipped "
                + skipped);
        return new SeriesResult(created, skipped);
    }

    @Transactional(readOnly = true)
    public List<Session> sessions(LocalDate from, LocalDate to) {
        currentUser.require();
        requireRange(from, to);
        return repository.sessions(from.atStartOfDay(Formats.INDIA).toOffsetDateTime(),
                to.plusDays(1).atStartOfDay(Formats.INDIA).toOffsetDateTime());
    }

    /** A calendar's range: plausible days (no arithmetic on year 999999999), in order, at most about a year. */
    private static void requireRange(LocalDate from, LocalDate to) {
        if (!InputRules.isPlausible(from) || !InputRules.isPlausible(to) || to.isBefore(from)
                || from.plusDays(370).isBefore(to)) {
            throw new ValidationException("training.error.range");
        }
    }

    private static final List<String> COLUMNS = List.of("export.col.date", "export.col.start", "export.col.end",
            "export.col.topic", "export.col.room", "export.col.trainer", "export.col.capacity", "export.col.enrolled",
            "export.col.waiting", "export.col.present", "export.col.absent");

    /**
     * The sessions of the calendar's range (optionally one room or trainer) with seats and attendance, as CSV or
     * XLSX; for staff, officers and admins (no names of members, so no further scope).
     */
    @Transactional(readOnly = true)
    public long export(LocalDate from, LocalDate to, @Nullable Long roomId, @Nullable Long trainerId, ExportFormat format,
                       java.util.Locale locale, java.io.OutputStream out) {
        currentUser.requireRole(Role.CENTRE_STAFF, Role.STATE_ADMIN, Role.MUNICIPAL_OFFICER);
        requireRange(from, to);
        ExportText text = new ExportText(translator, locale);
        try (var rows = repository.sessionLines(from.atStartOfDay(Formats.INDIA).toOffsetDateTime(),
                to.plusDays(1).atStartOfDay(Formats.INDIA).toOffsetDateTime(), roomId, trainerId)) {
            return TableWriter.write(format, out, text.of("training.title"), text.header(COLUMNS),
                    rows.map(line -> {
                        Session s = line.session();
                        var starts = s.startsAt().atZoneSameInstant(Formats.INDIA);
                        var ends = s.endsAt().atZoneSameInstant(Formats.INDIA);
                        return java.util.Arrays.asList(starts.toLocalDate(), starts.toLocalTime().toString(),
                                ends.toLocalTime().toString(), s.topic(text.bengali()), s.roomName(), s.trainerName(),
                                s.capacity(), s.enrolled(), s.waitlisted(), line.present(), line.absent());
                    }));
        }
    }

    @Transactional(readOnly = true)
    public Session session(long id) {
        currentUser.require();
        return repository.session(id).orElseThrow(() -> new NotFoundException("training.error.noSession"));
    }

    /** The session's roster (staff) or the caller's own group's enrollments in it (a group). */
    @Transactional(readOnly = true)
    public List<Enrollment> enrollments(long sessionId) {
        HaatPrincipal me = currentUser.require();
        List<Enrollment> all = repository.enrollments(sessionId);
        if (me.role() == Role.CENTRE_STAFF || me.role() == Role.STATE_ADMIN) {
            return all;
        }
        Long own = users.groupOfCurrentUser().orElse(-1L);
        return all.stream().filter(e -> e.groupId() == own).toList();
    }

    /** The signed-in group's enrollments, upcoming and past. */
    @Transactional(readOnly = true)
    public List<Enrollment> mine() {
        long own = users.groupOfCurrentUser().orElseThrow(() -> new AccessDeniedException("error.groupOnly"));
        return repository.enrollmentsOfGroup(own);
    }

    /**
     * Enrolls members: a group's leader its own members, staff anyone's; the group must be verified. Members beyond
     * the capacity wait in order. The session's row lock makes two phones at the same instant take turns.
     */
    @Transactional
    public List<Enrollment> enroll(long sessionId, Collection<Long> memberIds) {
        HaatPrincipal me = currentUser.require();
        boolean staff = me.role() == Role.CENTRE_STAFF || me.role() == Role.STATE_ADMIN;
        Long own = staff ? null
                : users.groupOfCurrentUser().orElseThrow(() -> new AccessDeniedException("error.groupOnly"));
        if (!InputRules.hasNoNulls(memberIds) || memberIds.isEmpty() || memberIds.size() > 50) {
            throw new ValidationException("training.error.members");
        }
        repository.lockSession(sessionId);
        Session session = repository.session(sessionId)
                .orElseThrow(() -> new NotFoundException("training.error.noSession"));
        if (!session.startsAt().isAfter(OffsetDateTime.now(clock))) {
            throw new ConflictException("training.error.started");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        java.util.Set<Long> audience = repository.audience(sessionId);
        var prerequisite = repository.prerequisite(sessionId);
        List<Long> done = new ArrayList<>();
        for (long memberId : new LinkedHashSet<>(memberIds)) {
            String[] member = repository.memberGroup(memberId)
                    .orElseThrow(() -> new NotFoundException("training.error.noMember"));
            long groupId = Long.parseLong(member[0]);
            if (own != null && own != groupId) {
                throw new AccessDeniedException("training.error.notYourMember");
            }
            if (!"VERIFIED".equals(member[1])) {
                throw new ConflictException("training.error.unverified");
            }
            if (!audience.isEmpty() && !audience.contains(repository.municipalityOfGroup(groupId))) {
                throw new ConflictException("training.error.audience");
            }
            if (prerequisite.isPresent() && !repository.attendedTopic(memberId, prerequisite.get())) {
                String topic = repository.topics().stream().filter(t -> t.id() == prerequisite.get())
                        .map(Topic::nameEn).findFirst().orElse("");
                throw new ConflictException("training.error.needsTopic", member[2], topic);
            }
            boolean seat = repository.count(sessionId, "ENROLLED") < session.capacity();
            long id;
            try {
                id = repository.insertEnrollment(sessionId, memberId, groupId, seat ? "ENROLLED" : "WAITLISTED",
                        seat ? null : repository.lastWaitlistPosition(sessionId) + 1, me.username(), now);
            } catch (DuplicateKeyException e) {
                throw new ConflictException("training.error.alreadyEnrolled", member[2]);
            }
            audit.record("ENROLLMENT", id, seat ? "ENROLL" : "WAITLIST", null, "session " + sessionId + ", member "
                    + memberId);
            if (seat) {
                tell(MessageType.TRAINING_ENROLLMENT, groupId, member[2], session);
            }
            done.add(id);
        }
        return done.stream().map(id -> repository.enrollment(id).orElseThrow()).toList();
    }

    /** Cancels an enrollment (the group its own, staff any); a freed seat goes to the first waiting, who is told. */
    @Transactional
    public void cancel(long enrollmentId) {
        HaatPrincipal me = currentUser.require();
        Enrollment enrollment = repository.enrollment(enrollmentId)
                .orElseThrow(() -> new NotFoundException("training.error.noEnrollment"));
        boolean staff = me.role() == Role.CENTRE_STAFF || me.role() == Role.STATE_ADMIN;
        if (!staff && !users.groupOfCurrentUser().map(g -> g == enrollment.groupId()).orElse(false)) {
            throw new AccessDeniedException("training.error.notYourEnrollment");
        }
        repository.lockSession(enrollment.sessionId());
        Enrollment fresh = repository.enrollment(enrollmentId).orElseThrow();
        if ("CANCELLED".equals(fresh.status())) {
            throw new ConflictException("training.error.alreadyCancelled");
        }
        repository.cancel(enrollmentId);
        audit.record("ENROLLMENT", enrollmentId, "CANCEL", "status=" + fresh.status(), "status=CANCELLED");
        if ("WAITLISTED".equals(fresh.status())) {
            repository.closeGap(fresh.sessionId(), fresh.waitlistPosition());
            return;
        }
        repository.firstWaiting(fresh.sessionId()).ifPresent(next -> {
            Enrollment promoted = repository.enrollment(next).orElseThrow();
            repository.promote(next);
            repository.closeGap(fresh.sessionId(), promoted.waitlistPosition());
            audit.record("ENROLLMENT", next, "PROMOTE", "status=WAITLISTED", "status=ENROLLED");
            tell(MessageType.TRAINING_ENROLLMENT, promoted.groupId(), promoted.memberName(),
                    repository.session(fresh.sessionId()).orElseThrow());
        });
    }

    /**
     * Staff mark a member present or absent. Present at a session of every e-retail topic makes the member trained
     * and the group ready on its training item.
     */
    @Transactional
    public void markAttendance(long enrollmentId, boolean present) {
        requireStaff();
        Enrollment enrollment = repository.enrollment(enrollmentId)
                .orElseThrow(() -> new NotFoundException("training.error.noEnrollment"));
        if (!"ENROLLED".equals(enrollment.status())) {
            throw new ConflictException("training.error.notEnrolled");
        }
        repository.markAttendance(enrollmentId, present);
        audit.record("ENROLLMENT", enrollmentId, present ? "PRESENT" : "ABSENT", null, enrollment.memberName());
        if (present && repository.attendedEveryEretailTopic(enrollment.memberId())
                && repository.markTrained(enrollment.memberId(), enrollment.groupId(), OffsetDateTime.now(clock))) {
            audit.record("GROUP", enrollment.groupId(), "ERETAIL_TRAINED", null, "member "
                    + enrollment.memberName() + " completed the e-retail topics");
        }
    }

    /**
     * The certificate (PDF) of a member who completed the e-retail topics, for staff or the member's own group, in
     * the language asked for.
     */
    @Transactional(readOnly = true)
    public byte[] certificate(long memberId, java.util.Locale locale) {
        HaatPrincipal me = currentUser.require();
        Object[] member = repository.trainedMember(memberId)
                .orElseThrow(() -> new NotFoundException("training.error.notTrained"));
        boolean staff = me.role() == Role.CENTRE_STAFF || me.role() == Role.STATE_ADMIN;
        if (!staff && !users.groupOfCurrentUser().map(g -> g.equals(member[1])).orElse(false)) {
            throw new AccessDeniedException("training.error.notYourMember");
        }
        boolean bengali = app.haat.core.i18n.Translator.BENGALI.getLanguage().equals(locale.getLanguage());
        OffsetDateTime trainedAt = (OffsetDateTime) member[3];
        List<String> topics = repository.topics().stream().filter(Topic::eretail).map(t -> t.name(bengali)).toList();
        return certificate.render((String) member[0], (String) member[2], topics,
                Formats.date(trainedAt.atZoneSameInstant(Formats.INDIA).toLocalDate()),
                "HAAT/TRN/" + trainedAt.getYear() + "/" + memberId, locale);
    }

    /**
     * Demo mode only: moves sessions in time, so that the demo can show past sessions with attendance (sessions are
     * created from today on everywhere else).
     */
    @Transactional
    public void shiftForDemo(List<Long> sessionIds, int days) {
        requireStaff();
        if (!demoMode) {
            throw new AccessDeniedException("error.demoOnly");
        }
        repository.shift(sessionIds, days);
        audit.record("TRAINING_SERIES", sessionIds.getFirst(), "DEMO_SHIFT", null, days + " days");
    }

    /** The report's lines and the statewide target. */
    public record Report(int target, List<ReportLine> districts) {
        public int trained() {
            return districts.stream().mapToInt(ReportLine::trained).sum();
        }
    }

    /**
     * One district: members trained against its share of the target (in proportion to its verified groups),
     * attendance rate of marked sessions, and no-shows (marked absent).
     */
    public record ReportLine(String nameEn, String nameBn, int trained, int target, int present, int noShows) {
        public double attendanceRate() {
            return present + noShows == 0 ? 0 : (double) present / (present + noShows);
        }
    }

    /** Training progress per district: statewide for admins and staff, an officer's own municipalities only. */
    @Transactional(readOnly = true)
    public Report report() {
        HaatPrincipal me = currentUser.requireRole(Role.STATE_ADMIN, Role.CENTRE_STAFF, Role.MUNICIPAL_OFFICER);
        java.util.Set<Long> scope = me.role() == Role.MUNICIPAL_OFFICER ? users.scopeOfCurrentUser() : null;
        int target = repository.target();
        List<TrainingRepository.DistrictFigures> figures = repository.districtFigures(scope);
        int allGroups = Math.max(1, repository.districtFigures(null).stream()
                .mapToInt(TrainingRepository.DistrictFigures::verifiedGroups).sum());
        return new Report(target, figures.stream().map(f -> new ReportLine(f.nameEn(), f.nameBn(), f.trained(),
                (int) Math.round((double) target * f.verifiedGroups() / allGroups), f.present(), f.absent()))
                .toList());
    }

    /** The admin sets the statewide target of members trained. */
    @Transactional
    public void setTarget(int members) {
        HaatPrincipal me = currentUser.requireRole(Role.STATE_ADMIN);
        if (members < 1 || members > 1_000_000) {
            throw new ValidationException("training.error.target");
        }
        int before = repository.target();
        repository.setTarget(members, me.username(), OffsetDateTime.now(clock));
        audit.record("TRAINING_TARGET", 1, "UPDATE", String.valueOf(before), String.valueOf(members));
    }

    /** The day before: a reminder to every group with members enrolled in a session that day. */
    @Scheduled(cron = "0 0 9 * * *", zone = "Asia/Kolkata")
    @Transactional
    public void sendReminders() {
        remind(LocalDate.now(clock.withZone(Formats.INDIA)).plusDays(1));
    }

    /** Reminders for the sessions of one day; answers how many were queued. */
    @Transactional
    public int remind(LocalDate day) {
        int queued = 0;
        for (Session session : repository.sessions(day.atStartOfDay(Formats.INDIA).toOffsetDateTime(),
                day.plusDays(1).atStartOfDay(Formats.INDIA).toOffsetDateTime())) {
            Map<Long, List<String>> byGroup = new HashMap<>();
            for (Enrollment e : repository.enrollments(session.id())) {
                if ("ENROLLED".equals(e.status())) {
                    byGroup.computeIfAbsent(e.groupId(), g -> new ArrayList<>()).add(e.memberName());
                }
            }
            for (var entry : byGroup.entrySet()) {
                if (tell(MessageType.REMINDER, entry.getKey(), String.join(", ", entry.getValue()), session)) {
                    queued++;
                }
            }
        }
        return queued;
    }

    private boolean tell(MessageType type, long groupId, String memberName, Session session) {
        String[] contact = repository.groupContact(groupId).orElse(null);
        if (contact == null || contact[0] == null) {
            return false; // the group's page shows it
        }
        String language = users.languageOfGroupAccount(groupId).orElse("bn");
        boolean bn = "bn".equals(language);
        Map<String, Object> model = new HashMap<>();
        model.put("name", contact[1]);
        model.put("groupName", contact[2]);
        model.put("memberName", memberName);
        model.put("topic", session.topic(bn));
        model.put("date", Formats.date(session.startsAt().atZoneSameInstant(Formats.INDIA).toLocalDate()));
        model.put("time", TIME.format(session.startsAt().atZoneSameInstant(Formats.INDIA)));
        model.put("place", session.roomName() + ", " + session.venueName());
        model.putAll(event(session, bn, "training-" + session.id() + "-" + groupId + "@haat"));
        mail.enqueue(type, contact[0], language, model);
        return true;
    }

    /** A session as a calendar event (the keys {@code CalendarAttachment} reads). */
    static Map<String, Object> event(Session session, boolean bengali, String uid) {
        Map<String, Object> event = new HashMap<>();
        event.put("eventUid", uid);
        event.put("eventStart", session.startsAt().atZoneSameInstant(Formats.INDIA).toLocalDateTime().toString());
        event.put("eventEnd", session.endsAt().atZoneSameInstant(Formats.INDIA).toLocalDateTime().toString());
        event.put("eventSummary", session.topic(bengali) + " (" + session.trainerName() + ")");
        event.put("eventLocation", session.roomName() + ", " + session.venueName());
        return event;
    }

    /**
     * The public calendar feed of a room or a trainer ({@code kind} "room" or "trainer"): its sessions from a month
     * ago to a year ahead. Session times and topics are public; no names of members are in it.
     */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> feed(String kind, long id) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return repository.sessions(now.minusMonths(1), now.plusYears(1)).stream()
                .filter(s -> "room".equals(kind) ? s.roomId() == id : s.trainerId() == id)
                .map(s -> event(s, false, "training-" + s.id() + "@haat")).toList();
    }

}
