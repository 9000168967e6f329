package app.haat.desk;

import static app.haat.core.data.TextInput.blankToNull;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.InputRules;
import app.haat.core.api.ValidationException;
import app.haat.group.ObtainedNumberService;
import app.haat.group.ProfileNumber;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's steps, taken by the staff of its centre (or an admin) under the case's row lock: a forwarded request
 * accepted or declined; documents complete; submitted with the authority's reference; obtained with the number,
 * which is validated and written into the group's profile; or refused with the reason. A step that does not follow
 * the case's own is refused; each step is audited and the group told by its channels.
 */
@Service
public class DeskStepService {

    static final int MAX_REFERENCE = 60;
    static final int MAX_REASON = 1000;
    private final DeskRepository repository;
    private final DeskAccess access;
    private final ObtainedNumberService numbers;
    private final DeskNotices notices;
    private final AuditService audit;
    private final Clock clock;

    DeskStepService(
            DeskRepository repository,
            DeskAccess access,
            ObtainedNumberService numbers,
            DeskNotices notices,
            AuditService audit,
            Clock clock) {
        this.repository = repository;
        this.access = access;
        this.numbers = numbers;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The centre takes a request forwarded to it. */
    @Transactional
    public void accept(long caseId) {
        move(caseId, CaseStatus.REQUESTED, null, null, null);
    }

    /** The centre declines a request forwarded to it, with the reason. */
    @Transactional
    public void decline(long caseId, @Nullable String reason) {
        move(caseId, CaseStatus.DECLINED, null, null, reason(reason));
    }

    @Transactional
    public void documentsComplete(long caseId) {
        move(caseId, CaseStatus.DOCUMENTS_COMPLETE, null, null, null);
    }

    /** Submitted to the authority, with its reference (a GST ARN, an acknowledgement number). */
    @Transactional
    public void submitted(long caseId, @Nullable String reference) {
        String ref = Aadhaar.mask(blankToNull(reference));
        List<String> errors = new ArrayList<>();
        if (ref == null) {
            errors.add("desk.error.referenceMissing");
        } else if (ref.length() > MAX_REFERENCE) {
            errors.add("desk.error.referenceLong");
        }
        InputRules.checkSingleLine(errors, ref);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        move(caseId, CaseStatus.SUBMITTED, ref, null, null);
    }

    /**
     * The authority granted it: the number (and for a bank account its IFSC) is validated as the profile validates
     * it and written into the group's profile, which updates its readiness.
     */
    @Transactional
    public void obtained(long caseId, @Nullable String number, @Nullable String ifsc) {
        DeskCase found = step(caseId, CaseStatus.OBTAINED);
        ProfileNumber kind = profileNumber(found.type());
        numbers.check(found.groupId(), kind, number, ifsc);
        ObtainedNumberService.Written written = numbers.write(found.groupId(), kind, number, ifsc);
        finish(found, CaseStatus.OBTAINED, null, written.shown(), null);
    }

    /** The authority refused it, with its reason. */
    @Transactional
    public void refused(long caseId, @Nullable String reason) {
        move(caseId, CaseStatus.REFUSED, null, null, reason(reason));
    }

    private static String reason(@Nullable String typed) {
        String reason = Aadhaar.mask(blankToNull(typed));
        List<String> errors = new ArrayList<>();
        if (reason == null) {
            errors.add("desk.error.reasonMissing");
        } else if (reason.length() > MAX_REASON) {
            errors.add("desk.error.reasonLong");
        }
        InputRules.checkMultiLine(errors, reason);
        if (!errors.isEmpty() || reason == null) {
            throw new ValidationException(errors);
        }
        return reason;
    }

    private void move(long caseId, CaseStatus to, @Nullable String ref, @Nullable String number, @Nullable String why) {
        finish(step(caseId, to), to, ref, number, why);
    }

    /** The case, locked, for the staff of its centre, if the step follows its own; else a clear refusal. */
    private DeskCase step(long caseId, CaseStatus to) {
        access.forStaff(caseId);
        repository.lock(caseId);
        DeskCase found = access.forStaff(caseId);
        if (!found.status().next().contains(to)) {
            throw new ConflictException("desk.error.wrongStep");
        }
        return found;
    }

    private void finish(
            DeskCase found, CaseStatus to, @Nullable String ref, @Nullable String number, @Nullable String why) {
        if (!repository.move(found.id(), found.status(), to, ref, number, why, OffsetDateTime.now(clock))) {
            throw new ConflictException("desk.error.wrongStep");
        }
        audit.record(
                AuditEntity.DESK_CASE,
                found.id(),
                to.name(),
                "status=" + found.status(),
                "status=" + to + (ref == null ? "" : ", reference=" + ref)
                        + (number == null ? "" : ", number=" + number) + (why == null ? "" : ", reason=" + why));
        notices.tell(repository.find(found.id()).orElseThrow());
    }

    /** The profile's number a request type obtains. */
    static ProfileNumber profileNumber(RequestType type) {
        return switch (type) {
            case PAN -> ProfileNumber.PAN;
            case BANK_ACCOUNT -> ProfileNumber.BANK_ACCOUNT;
            case GST_REGISTRATION -> ProfileNumber.GSTIN;
            case GST_ENROLMENT -> ProfileNumber.GST_ENROLMENT;
            case UDYAM -> ProfileNumber.UDYAM;
            case FSSAI -> ProfileNumber.FSSAI;
            case UPI_ID -> ProfileNumber.UPI_ID;
        };
    }
}
