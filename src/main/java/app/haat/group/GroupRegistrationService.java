package app.haat.group;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.InputRules;
import app.haat.core.api.ValidationException;
import app.haat.core.data.TextInput;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.core.security.Tokens;
import app.haat.mail.MailOutbox;
import app.haat.mail.MessageType;
import app.haat.region.RegionService;
import app.haat.user.GroupAccountService;
import app.haat.user.UserService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a group enters the registry and is verified: sign-up by the group itself (with its e-mail confirmation), entry
 * by an officer from paper forms, and the verdict of the officers of its municipality.
 */
@Service
public class GroupRegistrationService {

    private final GroupRepository repository;
    private final CategoryRepository categories;
    private final GroupAccess access;
    private final RegionService regions;
    private final UserService users;
    private final GroupAccountService groupAccounts;
    private final AuditService audit;
    private final MailOutbox mail;
    private final Clock clock;
    private final String baseUrl;

    GroupRegistrationService(
            GroupRepository repository,
            CategoryRepository categories,
            GroupAccess access,
            RegionService regions,
            UserService users,
            GroupAccountService groupAccounts,
            AuditService audit,
            MailOutbox mail,
            Clock clock,
            @Value("${haat.base-url}") String baseUrl) {
        this.repository = repository;
        this.categories = categories;
        this.access = access;
        this.regions = regions;
        this.users = users;
        this.groupAccounts = groupAccounts;
        this.audit = audit;
        this.mail = mail;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * A group registers itself (no sign-in needed): the group starts pending verification, with an SHG account whose
     * user name is the leader's mobile number. One group per mobile number, guarded by a unique constraint.
     */
    @Transactional
    public long register(SignUpForm form) {
        String name = form.groupName() == null ? "" : form.groupName().strip();
        List<String> errors = new ArrayList<>();
        GroupRules.name(name).ifPresent(broken -> errors.add(broken.formKey));
        checkMunicipality(form, errors);
        GroupRules.ward(form.ward()).ifPresent(broken -> errors.add(broken.formKey));
        GroupRules.members(form.memberCount()).ifPresent(broken -> errors.add(broken.formKey));
        GroupRules.leader(form.leaderName()).ifPresent(broken -> errors.add(broken.formKey));
        String mobile = GroupRules.mobile(form.mobile()).addTo(errors).value();
        String email = GroupRules.email(form.email()).addTo(errors).value();
        if (!form.consent()) {
            errors.add("group.error.consent");
        }
        InputRules.checkSingleLine(errors, name, form.ward(), form.leaderName(), email);
        errors.addAll(UserService.passwordErrors(form.password())); // before the number is looked up: see SignUpService
        Set<String> known = categories.categories().stream().map(Category::code).collect(Collectors.toSet());
        Set<String> chosen = form.categories() == null ? Set.of() : form.categories();
        if (!known.containsAll(chosen)) {
            errors.add("group.error.category");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (repository.phoneTaken(Objects.requireNonNull(mobile))) {
            throw new ConflictException("group.error.phoneTaken");
        }
        long id = insert(form, name, mobile, email, null, null);
        repository.setCategories(id, chosen);
        groupAccounts.createGroupAccount(
                id,
                mobile,
                Objects.requireNonNull(form.password()),
                form.leaderName().strip(),
                email,
                form.language());
        audit.record(
                AuditEntity.GROUP,
                id,
                "REGISTER",
                null,
                "name=" + name + ", municipality=" + form.municipalityId() + ", phone=" + mobile);
        if (email != null) {
            mailConfirmationLink(id, email, name, form);
        }
        return id;
    }

    /**
     * A group entered by an officer (paper forms) or an admin: verified by them at once, with an account that signs in
     * by a code sent to the group's mobile (no password). The consent is the officer's declaration that the group gave
     * it on paper. The number may be one another group entered by staff has already (one leader's or family's phone);
     * a group that signs up by itself needs a number of its own.
     */
    @Transactional
    public long createVerified(SignUpForm form, @Nullable String registrationNo) {
        GroupAccess.Staff staff = access.requireStaff();
        if (staff.principal().role() == Role.MUNICIPAL_OFFICER
                && (form.municipalityId() == null || !staff.sees(form.municipalityId()))) {
            throw new AccessDeniedException("group.error.municipalityNotYours");
        }
        String name = form.groupName() == null ? "" : form.groupName().strip();
        List<String> errors = new ArrayList<>();
        GroupRules.name(name).ifPresent(broken -> errors.add(broken.formKey));
        String mobile = GroupRules.mobile(form.mobile()).addTo(errors).value();
        checkMunicipality(form, errors);
        InputRules.checkSingleLine(errors, name, form.ward(), form.leaderName(), form.email(), registrationNo);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = insert(
                form,
                name,
                Objects.requireNonNull(mobile),
                TextInput.blankToNull(form.email()),
                TextInput.blankToNull(registrationNo),
                staff.principal().username());
        repository.setCategories(id, form.categories() == null ? Set.of() : form.categories());
        groupAccounts.ensureCodeOnlyAccount(id); // verified at once: the group signs in with a code to its number
        audit.record(
                AuditEntity.GROUP,
                id,
                "CREATE_VERIFIED",
                null,
                "name=" + name + ", municipality=" + form.municipalityId() + ", phone=" + mobile);
        return id;
    }

    private void checkMunicipality(SignUpForm form, List<String> errors) {
        if (form.municipalityId() == null || !regions.allExist(Set.of(form.municipalityId()))) {
            errors.add("group.error.municipality");
        }
    }

    /** The new group's row; a number taken at the same instant is refused like one taken before. */
    private long insert(
            SignUpForm form,
            String name,
            String mobile,
            @Nullable String email,
            @Nullable String registrationNo,
            @Nullable String verifiedBy) {
        try {
            return repository.insert(form, name, mobile, email, registrationNo, verifiedBy, OffsetDateTime.now(clock));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("group.error.phoneTaken");
        }
    }

    private void mailConfirmationLink(long groupId, String email, String name, SignUpForm form) {
        String token = Tokens.newToken();
        repository.insertEmailToken(
                groupId, Tokens.hash(token), OffsetDateTime.now(clock).plusDays(7));
        mail.enqueue(
                MessageType.SIGNUP_VERIFICATION,
                email,
                form.language(),
                Map.of(
                        "name",
                        form.leaderName().strip(),
                        "groupName",
                        name,
                        "link",
                        baseUrl + "/verify-email?token=" + token));
    }

    /** Confirms a group's e-mail address from the mailed link (valid 7 days, once); answers whether it worked. */
    @Transactional
    public boolean confirmEmail(@Nullable String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        Optional<Long> group = repository.confirmEmail(Tokens.hash(token), OffsetDateTime.now(clock));
        group.ifPresent(id -> audit.recordAs("group " + id, AuditEntity.GROUP, id, "EMAIL_CONFIRMED", null, null));
        return group.isPresent();
    }

    @Transactional(readOnly = true)
    public boolean emailConfirmed(long groupId) {
        access.visible(groupId);
        return repository.emailVerified(groupId);
    }

    @Transactional
    public void verify(long id, int version) {
        changeStatus(id, version, GroupStatus.VERIFIED, null);
    }

    @Transactional
    public void reject(long id, int version, @Nullable String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > GroupRules.MAX_REASON) {
            throw new ValidationException("group.error.reason");
        }
        InputRules.requireMultiLine(reason);
        changeStatus(id, version, GroupStatus.REJECTED, reason.strip());
    }

    private void changeStatus(long id, int version, GroupStatus status, @Nullable String reason) {
        Group group = access.find(id);
        HaatPrincipal actor = access.requireOfficerOf(group);
        GroupAccess.requireNotDeleted(group);
        if (!repository.updateStatus(id, version, status, reason, actor.username(), OffsetDateTime.now(clock))) {
            throw new ConflictException("group.error.staleVersion");
        }
        audit.record(
                AuditEntity.GROUP,
                id,
                status == GroupStatus.VERIFIED ? "VERIFY" : "REJECT",
                "status=" + group.status(),
                "status=" + status + (reason == null ? "" : ", reason=" + reason));
        if (status == GroupStatus.VERIFIED) {
            groupAccounts.ensureCodeOnlyAccount(id); // a group that signed up has one already
        }
        tellVerdict(group, status, reason);
    }

    private void tellVerdict(Group group, GroupStatus status, @Nullable String reason) {
        MessageType type = status == GroupStatus.VERIFIED ? MessageType.GROUP_VERIFIED : MessageType.GROUP_REJECTED;
        String language = users.languageOfGroupAccount(group.id()).orElse("bn");
        boolean bn = "bn".equals(language);
        mail.toGroup(
                type,
                group.id(),
                Map.of(
                        "name",
                        group.leaderName(),
                        "groupName",
                        group.name(),
                        "municipality",
                        bn ? group.municipalityBn() : group.municipalityEn(),
                        "reason",
                        reason == null ? "" : reason));
    }
}
