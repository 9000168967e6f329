package app.haat.group;

import static app.haat.db.Tables.SHG_GROUP;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ValidationException;
import app.haat.core.data.TextInput;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The number a centre's case obtained (#23), validated like the profile's own fields and written into the group's
 * profile, audited: PAN and GSTIN (check character, and the group's PAN inside it) as the profile checks them, bank
 * account with IFSC, Udyam, FSSAI, UPI ID and the GST enrolment number. Called by the desk after its own scope check
 * (the case's centre), in the desk's transaction; the role is checked here again.
 */
@Service
public class ObtainedNumberService {

    /** What was written: the number as stored (a bank account masked), and whether the profile has a place for it. */
    public record Written(String shown, boolean stored) {}

    private final GroupAccess access;
    private final RegistrationRepository repository;
    private final CurrentUser currentUser;
    private final AuditService audit;

    ObtainedNumberService(
            GroupAccess access, RegistrationRepository repository, CurrentUser currentUser, AuditService audit) {
        this.access = access;
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The number in its normal form, or a refusal naming what is wrong (bundle keys). */
    @Transactional(readOnly = true)
    public String check(long groupId, ProfileNumber kind, @Nullable String number, @Nullable String ifsc) {
        currentUser.requireRole(Role.CENTRE_STAFF, Role.STATE_ADMIN);
        Group group = access.find(groupId);
        return normalised(group, kind, number, ifsc);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Written write(long groupId, ProfileNumber kind, @Nullable String number, @Nullable String ifsc) {
        currentUser.requireRole(Role.CENTRE_STAFF, Role.STATE_ADMIN);
        Group group = access.find(groupId);
        GroupAccess.requireNotDeleted(group);
        String value = normalised(group, kind, number, ifsc);
        if (kind == ProfileNumber.BANK_ACCOUNT) {
            String code = IndianFormats.ifsc(ifsc == null ? "" : ifsc).orElseThrow();
            repository.writeBank(groupId, value, code);
            String shown = Masking.lastFour(value) + " / " + code;
            audit.record(
                    AuditEntity.GROUP,
                    groupId,
                    "REGISTRATION",
                    "bank=" + Masking.lastFour(group.bankAccount()) + ", ifsc=" + group.ifsc(),
                    "bank=" + shown + " (by the centre)");
            return new Written(shown, true);
        }
        Field<String> column = column(kind);
        if (column == null) {
            return new Written(value, false);
        }
        repository.write(groupId, column, value);
        audit.record(
                AuditEntity.GROUP,
                groupId,
                "REGISTRATION",
                kind + "=" + before(group, kind),
                kind + "=" + value + " (by the centre)");
        return new Written(value, true);
    }

    /** Whether the profile has a place for this kind of number. */
    public static boolean storable(ProfileNumber kind) {
        return kind == ProfileNumber.BANK_ACCOUNT || column(kind) != null;
    }

    private static @Nullable Field<String> column(ProfileNumber kind) {
        return switch (kind) {
            case PAN -> SHG_GROUP.PAN;
            case GSTIN -> SHG_GROUP.GSTIN;
            case GST_ENROLMENT -> SHG_GROUP.GST_ENROLMENT;
            case UDYAM -> SHG_GROUP.UDYAM_NUMBER;
            case FSSAI -> SHG_GROUP.FSSAI_NUMBER;
            case BANK_ACCOUNT -> SHG_GROUP.BANK_ACCOUNT;
            case UPI_ID -> SHG_GROUP.UPI_ID;
        };
    }

    private static @Nullable String before(Group group, ProfileNumber kind) {
        return switch (kind) {
            case PAN -> Masking.lastFour(group.pan());
            case GSTIN -> group.gstin();
            case GST_ENROLMENT -> group.registrations().gstEnrolment();
            case UDYAM -> group.registrations().udyam();
            case FSSAI -> group.registrations().fssai();
            case UPI_ID -> group.upiId();
            case BANK_ACCOUNT -> null;
        };
    }

    private static String normalised(Group group, ProfileNumber kind, @Nullable String number, @Nullable String ifsc) {
        String typed = TextInput.blankToNull(number);
        if (typed == null) {
            throw new ValidationException("desk.error.numberMissing");
        }
        return switch (kind) {
            case PAN -> parsed(typed, IndianFormats::pan, "group.error.pan");
            case GSTIN -> gstin(group, typed);
            case GST_ENROLMENT -> parsed(typed, IndianFormats::gstEnrolment, "group.error.gstEnrolment");
            case UDYAM -> parsed(typed, IndianFormats::udyam, "group.error.udyam");
            case FSSAI -> parsed(typed, IndianFormats::fssai, "group.error.fssai");
            case UPI_ID -> upi(typed);
            case BANK_ACCOUNT -> bank(typed, ifsc);
        };
    }

    /** A UPI ID by the stall card's rules, refused with the same words as on the group's page. */
    private static String upi(String typed) {
        UpiIds.Checked checked = UpiIds.check(typed);
        if (checked.error().isPresent() || checked.value() == null) {
            throw new ValidationException(checked.error().orElse("group.error.upi"));
        }
        return checked.value();
    }

    private static String parsed(String typed, Function<String, Optional<String>> parse, String refusal) {
        return parse.apply(typed).orElseThrow(() -> new ValidationException(refusal));
    }

    private static String gstin(Group group, String typed) {
        List<String> errors = new ArrayList<>();
        String gstin = GroupRules.gstin(typed).addTo(errors).value();
        if (errors.isEmpty() && !GroupRules.gstinMatchesPan(gstin, group.pan())) {
            errors.add("group.error.gstinPan");
        }
        if (!errors.isEmpty() || gstin == null) {
            throw new ValidationException(errors.isEmpty() ? List.of("group.error.gstin") : errors);
        }
        return gstin;
    }

    private static String bank(String typed, @Nullable String ifsc) {
        List<String> errors = new ArrayList<>();
        String account = GroupRules.bankAccount(app.haat.core.i18n.Formats.latinDigits(typed))
                .addTo(errors)
                .value();
        String code = GroupRules.ifsc(ifsc).addTo(errors).value();
        if (code == null && errors.isEmpty()) {
            errors.add("group.error.ifscRequired");
        }
        if (!errors.isEmpty() || account == null) {
            throw new ValidationException(errors);
        }
        return account;
    }
}
