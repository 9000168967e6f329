package app.haat.centre;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.centre.TrainingRecords.DistrictFigures;
import app.haat.centre.TrainingRecords.Report;
import app.haat.centre.TrainingRecords.ReportLine;
import app.haat.core.api.ValidationException;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.user.UserService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training progress per district against the statewide target of members trained, which the admin sets: each
 * district's share is in proportion to its verified groups.
 */
@Service
public class TrainingReportService {

    static final int MAX_TARGET = 1_000_000;
    private final TrainingReportRepository repository;
    private final CentreAccess access;
    private final UserService users;
    private final AuditService audit;
    private final Clock clock;

    TrainingReportService(
            TrainingReportRepository repository,
            CentreAccess access,
            UserService users,
            AuditService audit,
            Clock clock) {
        this.repository = repository;
        this.access = access;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Training progress per district: statewide for admins and staff, an officer's own municipalities only. */
    @Transactional(readOnly = true)
    public Report report() {
        HaatPrincipal me = access.requireStaffOrOfficer();
        Set<Long> scope = me.role() == Role.MUNICIPAL_OFFICER ? users.scopeOfCurrentUser() : null;
        int target = repository.target();
        List<DistrictFigures> figures = repository.districtFigures(scope);
        int allGroups = Math.max(
                1,
                repository.districtFigures(null).stream()
                        .mapToInt(DistrictFigures::verifiedGroups)
                        .sum());
        return new Report(
                target,
                figures.stream()
                        .map(f -> new ReportLine(
                                f.nameEn(),
                                f.nameBn(),
                                f.trained(),
                                (int) Math.round((double) target * f.verifiedGroups() / allGroups),
                                f.present(),
                                f.absent()))
                        .toList());
    }

    /** The admin sets the statewide target of members trained. */
    @Transactional
    public void setTarget(int members) {
        HaatPrincipal me = access.requireAdmin();
        if (members < 1 || members > MAX_TARGET) {
            throw new ValidationException("training.error.target");
        }
        int before = repository.target();
        repository.setTarget(members, me.username(), OffsetDateTime.now(clock));
        audit.record(AuditEntity.TRAINING_TARGET, 1, "UPDATE", String.valueOf(before), String.valueOf(members));
    }
}
