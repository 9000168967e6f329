package app.haat.sales;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
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
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.ExhibitionService;
import app.haat.exhibition.ExhibitionStatus;
import app.haat.user.UserService;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily sales of an assigned group, reported from its phone (or by an officer on its behalf), and officers'
 * check-ins of groups at their kiosks. Only days the group holds a seat, up to today; a figure above the ceiling an
 * admin sets is refused; once the exhibition has finished only an officer may change a report, and the audit log
 * says so. An absence at check-in counts as a no-show for the allocator's penalty.
 */
@Service
public class SalesService {

    private static final Set<ExhibitionStatus> ON_SHOW =
            Set.of(ExhibitionStatus.PUBLISHED, ExhibitionStatus.RUNNING, ExhibitionStatus.FINISHED);
    /** Ten crore rupees: far above any stall's day, low enough to catch a figure typed with extra zeros. */
    public static final int MAX_CEILING = 100_000_000;

    static final int MAX_NOTE = 300;
    private final SalesRepository repository;
    private final ExhibitionService exhibitions;
    private final UserService users;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    private final Translator translator;

    SalesService(
            SalesRepository repository,
            ExhibitionService exhibitions,
            UserService users,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock,
            Translator translator) {
        this.translator = translator;
        this.repository = repository;
        this.exhibitions = exhibitions;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One day of a stand: the report (if any), who entered it (the account; {@code onBehalf}: an officer), whether
     * someone other than the caller's side entered it (changing it asks first), and whether it is missing; cash and
     * UPI are null when the report gave a total only.
     */
    public record Day(
            LocalDate day,
            @Nullable Integer amount,
            @Nullable Integer cash,
            @Nullable Integer upi,
            @Nullable Integer items,
            @Nullable String note,
            boolean onBehalf,
            boolean missing,
            @Nullable String enteredBy,
            boolean enteredByOther) {}

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.INDIA));
    }

    /** The group itself, or an officer who manages the exhibition; answers whether the caller is the officer. */
    private boolean requireAccess(SalesRepository.Stand stand) {
        HaatPrincipal me = currentUser.require();
        if (me.role() == Role.SHG) {
            if (!users.groupOfCurrentUser().map(g -> g == stand.groupId()).orElse(false)) {
                throw new AccessDeniedException("sales.error.notYourStand");
            }
            return false;
        }
        exhibitions.requireManage(stand.exhibitionId());
        return true;
    }

    private SalesRepository.Stand stand(long applicationId) {
        SalesRepository.Stand stand =
                repository.stand(applicationId).orElseThrow(() -> new NotFoundException("sales.error.noStand"));
        if (stand.status() != ApplicationStatus.ASSIGNED || !ON_SHOW.contains(stand.exhibitionStatus())) {
            throw new ConflictException("sales.error.notAssigned");
        }
        return stand;
    }

    /** As {@link #report(long, LocalDate, SalesAmounts, int, String, boolean)}: a total only, never replacing. */
    @Transactional
    public void report(long applicationId, LocalDate day, int amountRupees, int items, @Nullable String note) {
        report(applicationId, day, SalesAmounts.total(amountRupees), items, note, false);
    }

    /** As {@link #report(long, LocalDate, SalesAmounts, int, String, boolean)}, with a total only. */
    @Transactional
    public void report(
            long applicationId, LocalDate day, int amountRupees, int items, @Nullable String note, boolean replace) {
        report(applicationId, day, SalesAmounts.total(amountRupees), items, note, replace);
    }

    /**
     * Reports (or corrects) a day's figures: the total, or cash and UPI, or all three adding up (see {@link
     * SalesAmounts}). A figure someone else entered (the officer's for the group, the group's or another officer's
     * for an officer) is replaced only when {@code replace} says so, else refused with who entered it; the audit log
     * keeps the old and the new figure.
     */
    @Transactional
    public void report(
            long applicationId,
            LocalDate day,
            SalesAmounts amounts,
            int items,
            @Nullable String note,
            boolean replace) {
        SalesRepository.Stand stand = stand(applicationId);
        boolean officer = requireAccess(stand);
        if (items < 0) {
            throw new ValidationException("sales.error.negative");
        }
        SalesAmounts.Stored figures = amounts.resolve(repository.ceiling());
        List<String> errors = new ArrayList<>();
        if (note != null && note.length() > MAX_NOTE) {
            errors.add("sales.error.note");
        }
        InputRules.checkSingleLine(errors, note);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (day == null || day.isAfter(today()) || !repository.assignedOn(applicationId, day)) {
            throw new ConflictException("sales.error.day");
        }
        if (stand.exhibitionStatus() == ExhibitionStatus.FINISHED && !officer) {
            throw new ConflictException("sales.error.closed");
        }
        var before = repository.entered(applicationId, day);
        String me = currentUser.actorName();
        if (before.isPresent() && byOther(before.get().onBehalf(), before.get().enteredBy(), officer, me) && !replace) {
            throw new ConflictException(
                    "sales.error.enteredByOther",
                    Formats.date(day),
                    "₹" + Formats.number(before.get().amount()),
                    before.get().enteredBy());
        }
        repository.upsertReport(
                applicationId,
                day,
                figures,
                items,
                note == null || note.isBlank() ? null : note.strip(),
                me,
                officer,
                OffsetDateTime.now(clock));
        audit.record(
                AuditEntity.SALES,
                applicationId,
                before.isEmpty()
                        ? "REPORT"
                        : (stand.exhibitionStatus() == ExhibitionStatus.FINISHED ? "CORRECT_AFTER_CLOSE" : "CORRECT"),
                before.map(b -> day + ": " + audited(b.amount(), b.cash(), b.upi()) + ", " + b.items()
                                + " items, entered by " + b.enteredBy() + (b.onBehalf() ? " (officer)" : ""))
                        .orElse(null),
                day + ": " + audited(figures.total(), figures.cash(), figures.upi()) + ", " + items
                        + " items, entered by " + me + (officer ? " (officer)" : ""));
    }

    /** A day's rupees as the audit log keeps them: "₹5000" or "₹5000 (cash ₹3000, UPI ₹2000)". */
    private static String audited(int total, @Nullable Integer cash, @Nullable Integer upi) {
        return "₹" + total + (cash == null ? "" : " (cash ₹" + cash + ", UPI ₹" + upi + ")");
    }

    /**
     * Whether a figure was entered by someone other than the caller's side: for the group, by an officer; for an
     * officer, by the group or another officer.
     */
    private static boolean byOther(boolean enteredByOfficer, String enteredBy, boolean callerIsOfficer, String me) {
        return callerIsOfficer ? !enteredByOfficer || !enteredBy.equals(me) : enteredByOfficer;
    }

    /** The stand's days so far: each with its report, or marked missing (late) when the day has passed. */
    @Transactional(readOnly = true)
    public List<Day> days(long applicationId) {
        SalesRepository.Stand stand = stand(applicationId);
        boolean officer = requireAccess(stand);
        String me = currentUser.actorName();
        var reports = repository.reports(applicationId);
        List<Day> days = new ArrayList<>();
        for (LocalDate day : repository.assignedDaysUpTo(applicationId, today())) {
            var report = reports.stream().filter(r -> r.day().equals(day)).findFirst();
            days.add(report.map(r -> new Day(
                            day,
                            r.amount(),
                            r.cash(),
                            r.upi(),
                            r.items(),
                            r.note(),
                            r.onBehalf(),
                            false,
                            r.enteredBy(),
                            byOther(r.onBehalf(), r.enteredBy(), officer, me)))
                    .orElse(new Day(day, null, null, null, null, null, false, day.isBefore(today()), null, false)));
        }
        return days;
    }

    /** An officer marks the group present or absent at its kiosk on a day it holds a seat. */
    @Transactional
    public void checkIn(long applicationId, LocalDate day, boolean present) {
        SalesRepository.Stand stand = stand(applicationId);
        if (!requireAccess(stand)) {
            throw new AccessDeniedException("sales.error.officersCheckIn");
        }
        if (day == null || day.isAfter(today()) || !repository.assignedOn(applicationId, day)) {
            throw new ConflictException("sales.error.day");
        }
        repository.upsertCheckIn(applicationId, day, present, currentUser.actorName(), OffsetDateTime.now(clock));
        audit.record(AuditEntity.CHECK_IN, applicationId, present ? "PRESENT" : "ABSENT", null, day.toString());
    }

    /** The admin's ceiling for one day's sales (refused above it, as a mistyped figure). */
    @Transactional
    public void setCeiling(int rupees) {
        currentUser.requireRole(Role.STATE_ADMIN);
        if (rupees < 1 || rupees > MAX_CEILING) {
            throw new ValidationException("sales.error.ceilingValue");
        }
        repository.setCeiling(rupees);
        audit.record(AuditEntity.SALES_SETTING, 1, "CEILING", null, "₹" + rupees);
    }

    /** The current ceiling for one day's sales, in rupees (admins see and change it). */
    @Transactional(readOnly = true)
    public int ceiling() {
        currentUser.requireRole(Role.STATE_ADMIN);
        return repository.ceiling();
    }

    /**
     * A stand's sales so far: days due up to today, how many were reported or are late, totals and absences; cash and
     * UPI add up the reports that gave them apart ({@code totalOnly}: the reports that gave a total only).
     */
    public record StandSummary(
            long applicationId,
            String groupName,
            String municipalityEn,
            String municipalityBn,
            String kiosks,
            int daysDue,
            int reported,
            int late,
            long amount,
            long cash,
            long upi,
            int totalOnly,
            long items,
            int absences) {

        private static StandSummary of(StandDays.StandDay d) {
            SalesRepository.Report report = d.report();
            return new StandSummary(
                    d.seat().applicationId(),
                    d.seat().groupName(),
                    d.seat().municipalityEn(),
                    d.seat().municipalityBn(),
                    d.seat().kioskCode(),
                    1,
                    d.state() == StandDays.State.REPORTED ? 1 : 0,
                    d.state() == StandDays.State.LATE ? 1 : 0,
                    report == null ? 0 : report.amount(),
                    report == null || report.cash() == null ? 0 : report.cash(),
                    report == null || report.upi() == null ? 0 : report.upi(),
                    report != null && report.cash() == null ? 1 : 0,
                    report == null ? 0 : report.items(),
                    Boolean.FALSE.equals(d.present()) ? 1 : 0);
        }

        private StandSummary plus(StandSummary b) {
            return new StandSummary(
                    applicationId,
                    groupName,
                    municipalityEn,
                    municipalityBn,
                    List.of(kiosks.split(", ")).contains(b.kiosks()) ? kiosks : kiosks + ", " + b.kiosks(),
                    daysDue + b.daysDue(),
                    reported + b.reported(),
                    late + b.late(),
                    amount + b.amount(),
                    cash + b.cash(),
                    upi + b.upi(),
                    totalOnly + b.totalOnly(),
                    items + b.items(),
                    absences + b.absences());
        }
    }

    /**
     * Every stand of an exhibition with its sales so far, the late ones first (officers chase them), for whoever
     * manages the exhibition.
     */
    @Transactional(readOnly = true)
    public List<StandSummary> overview(long exhibitionId) {
        exhibitions.requireManage(exhibitionId);
        Map<Long, StandSummary> stands = new LinkedHashMap<>();
        try (var seats = repository.seats(exhibitionId);
                var reports = repository.reportLines(exhibitionId);
                var checks = repository.checkLines(exhibitionId)) {
            StandDays.of(seats, reports, checks, today())
                    .forEach(d -> stands.merge(d.seat().applicationId(), StandSummary.of(d), StandSummary::plus));
        }
        return stands.values().stream()
                .sorted(Comparator.comparingInt(StandSummary::late)
                        .reversed()
                        .thenComparing(StandSummary::kiosks)
                        .thenComparing(StandSummary::groupName))
                .toList();
    }

    private static final List<String> COLUMNS = List.of(
            "export.col.day",
            "export.col.kiosk",
            "export.col.group",
            "export.col.municipality",
            "export.col.report",
            "export.col.amount",
            "export.col.cash",
            "export.col.upi",
            "export.col.items",
            "export.col.note",
            "export.col.onBehalf",
            "export.col.present");

    /** Every stand's every day so far, reported or not, as CSV or XLSX, streamed; for whoever manages the exhibition. */
    @Transactional(readOnly = true)
    public long export(long exhibitionId, ExportFormat format, Locale locale, OutputStream out) {
        var exhibition = exhibitions.requireManage(exhibitionId);
        ExportText text = new ExportText(translator, locale);
        try (var seats = repository.seats(exhibitionId);
                var reports = repository.reportLines(exhibitionId);
                var checks = repository.checkLines(exhibitionId)) {
            return TableWriter.write(
                    format,
                    out,
                    exhibition.title(),
                    text.header(COLUMNS),
                    StandDays.of(seats, reports, checks, today())
                            .map(d -> Arrays.asList(
                                    d.day(),
                                    d.seat().kioskCode(),
                                    d.seat().groupName(),
                                    text.pick(
                                            d.seat().municipalityEn(), d.seat().municipalityBn()),
                                    text.of("export.report." + d.state().name()),
                                    d.report() == null ? null : d.report().amount(),
                                    d.report() == null ? null : d.report().cash(),
                                    d.report() == null ? null : d.report().upi(),
                                    d.report() == null ? null : d.report().items(),
                                    d.report() == null ? null : d.report().note(),
                                    d.report() == null
                                            ? null
                                            : text.yesNo(d.report().onBehalf()),
                                    d.present() == null ? null : text.yesNo(d.present()))));
        }
    }
}
