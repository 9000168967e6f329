package app.haat.group;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.InputRules;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.user.GroupAccountService;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a group (or its officers) keeps up to date after sign-up: the identity details, the members, and how it is told
 * of things.
 */
@Service
public class GroupProfileService {

    private final GroupRepository repository;
    private final GroupAccess access;
    private final AuditService audit;
    private final GroupAccountService groupAccounts;

    GroupProfileService(
            GroupRepository repository, GroupAccess access, AuditService audit, GroupAccountService groupAccounts) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.groupAccounts = groupAccounts;
    }

    /**
     * An officer of the group's municipality (or an admin) changes the group's mobile number, e.g. when the leader
     * lost her phone: audited; the group's account moves to the new number (see
     * {@link GroupAccountService#groupNumberChanged}). The number may be one another group has. The group itself changes its
     * number by confirming a code sent to the new one (the one-time code service calls {@link #changeOwnNumber}).
     */
    @Transactional
    public void changeNumber(long groupId, String newMobile) {
        Group group = access.find(groupId);
        access.requireOfficerOf(group);
        GroupAccess.requireNotDeleted(group);
        applyNumber(group, newMobile, "by officer");
    }

    /**
     * The signed-in group's new number, after the one-time code service checked a code sent to it: only the group's
     * own account may do this, in the caller's transaction.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void changeOwnNumber(String newMobile) {
        Group group = access.find(access.ownGroupId());
        GroupAccess.requireNotDeleted(group);
        applyNumber(group, newMobile, "confirmed by a code sent to the new number");
    }

    private void applyNumber(Group group, String newMobile, String how) {
        List<String> errors = new ArrayList<>();
        String mobile = GroupRules.mobile(newMobile).addTo(errors).value();
        if (mobile == null) {
            throw new ValidationException(errors);
        }
        if (mobile.equals(group.phone())) {
            return;
        }
        repository.setPhone(group.id(), mobile);
        groupAccounts.groupNumberChanged(group.id(), group.phone(), mobile);
        audit.record(AuditEntity.GROUP, group.id(), "PHONE", "phone=" + group.phone(), "phone=" + mobile + ", " + how);
    }

    /** The identity details as the rules left them, with the warnings that do not block saving. */
    private record Profile(
            @Nullable String registrationNo,
            @Nullable String pan,
            @Nullable String gstin,
            @Nullable String bankAccount,
            @Nullable String ifsc,
            List<String> warnings) {}

    /**
     * Identity details: registration number (unique), PAN, GSTIN (check character verified; another state's code is
     * accepted with a warning; it must contain the PAN), bank account and IFSC. By the group itself or its officers.
     * Answers warnings that do not block saving.
     */
    @Transactional
    public List<String> updateProfile(long id, int version, ProfileForm form) {
        Group group = access.editable(id);
        Profile profile = checked(form);
        if (profile.registrationNo() != null && repository.registrationTaken(profile.registrationNo(), id)) {
            throw new ConflictException("group.error.registrationTaken");
        }
        try {
            if (!repository.updateProfile(
                    id,
                    version,
                    profile.registrationNo(),
                    profile.pan(),
                    profile.gstin(),
                    profile.bankAccount(),
                    profile.ifsc())) {
                throw new ConflictException("group.error.staleVersion");
            }
        } catch (DuplicateKeyException e) {
            throw new ConflictException("group.error.registrationTaken");
        }
        audit.record(
                AuditEntity.GROUP,
                id,
                "PROFILE",
                describe(group.registrationNo(), group.pan(), group.gstin(), group.bankAccount(), group.ifsc()),
                describe(
                        profile.registrationNo(),
                        profile.pan(),
                        profile.gstin(),
                        profile.bankAccount(),
                        profile.ifsc()));
        return profile.warnings();
    }

    private static Profile checked(ProfileForm form) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String registrationNo =
                GroupRules.registrationNo(form.registrationNo()).addTo(errors).value();
        InputRules.checkSingleLine(errors, registrationNo);
        String pan = GroupRules.pan(form.pan()).addTo(errors).value();
        String gstin = GroupRules.gstin(form.gstin()).addTo(errors).value();
        if (GroupRules.gstinOtherState(gstin)) {
            warnings.add("group.warning.gstinState");
        }
        if (!GroupRules.gstinMatchesPan(gstin, pan)) {
            errors.add("group.error.gstinPan");
        }
        String bankAccount =
                GroupRules.bankAccount(form.bankAccount()).addTo(errors).value();
        String ifsc = GroupRules.ifsc(form.ifsc()).addTo(errors).value();
        if (bankAccount != null && ifsc == null && !errors.contains(GroupRules.Broken.IFSC.formKey)) {
            errors.add("group.error.ifscRequired");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Profile(registrationNo, pan, gstin, bankAccount, ifsc, warnings);
    }

    private static String describe(
            @Nullable String registrationNo,
            @Nullable String pan,
            @Nullable String gstin,
            @Nullable String bankAccount,
            @Nullable String ifsc) {
        return "registrationNo=" + registrationNo + ", pan=" + Masking.lastFour(pan) + ", gstin=" + gstin + ", bank="
                + Masking.lastFour(bankAccount) + ", ifsc=" + ifsc;
    }

    /** How the group is told of things, as it chose; for the group itself, its officers and admins. */
    @Transactional(readOnly = true)
    public ContactChoices contactChoices(long groupId) {
        access.visible(groupId);
        return repository.contactChoices(groupId).orElseThrow(() -> new NotFoundException("group.error.notFound"));
    }

    /**
     * Changes how the group is told: SMS, e-mail (only when it gave an address) and announcements of new exhibitions.
     * By the group itself or its officers. With neither channel on, messages still go by SMS.
     */
    @Transactional
    public void updateContactChoices(long groupId, ContactChoices choices) {
        Group group = access.editable(groupId);
        if (choices.email() && (group.email() == null || group.email().isBlank())) {
            throw new ValidationException("group.error.notifyEmailWithoutAddress");
        }
        ContactChoices before =
                repository.contactChoices(groupId).orElseThrow(() -> new NotFoundException("group.error.notFound"));
        if (before.equals(choices)) {
            return;
        }
        repository.updateContactChoices(groupId, choices);
        audit.record(AuditEntity.GROUP, groupId, "CONTACT_CHOICES", describe(before), describe(choices));
    }

    private static String describe(ContactChoices choices) {
        return "sms=" + choices.sms() + ", email=" + choices.email() + ", announcements=" + choices.announcements();
    }

    @Transactional
    public long addMember(long groupId, String name, Member.MemberRole role, @Nullable String phone) {
        access.editable(groupId);
        List<String> errors = new ArrayList<>();
        if (!GroupRules.memberName(name)) {
            errors.add("group.error.memberName");
        }
        InputRules.checkSingleLine(errors, name);
        String mobile = GroupRules.optionalMobile(phone).addTo(errors).value();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = repository.addMember(groupId, name.strip(), role == null ? Member.MemberRole.MEMBER : role, mobile);
        audit.record(AuditEntity.GROUP, groupId, "MEMBER_ADD", null, name.strip() + " (" + role + ")");
        return id;
    }

    @Transactional
    public void removeMember(long groupId, long memberId) {
        access.editable(groupId);
        if (repository.removeMember(groupId, memberId) == 1) {
            audit.record(AuditEntity.GROUP, groupId, "MEMBER_REMOVE", "member " + memberId, null);
        }
    }
}
