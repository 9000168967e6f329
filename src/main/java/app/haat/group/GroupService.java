package app.haat.group;

import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.InputRules;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.core.security.Tokens;
import app.haat.mail.MailOutbox;
import app.haat.mail.MessageType;
import app.haat.region.RegionService;
import app.haat.user.UserService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of self-help groups: sign-up by the group itself, verification by the officers of its municipality.
 * Every read and change checks scope here: an officer only their municipalities, a group only itself.
 */
@Service
public class GroupService {

    static final int MAX_NAME = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private final GroupRepository repository;
    private final RegionService regions;
    private final UserService users;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final MailOutbox mail;
    private final Clock clock;
    private final String baseUrl;
    private final PhotoFiles photoFiles;

    GroupService(GroupRepository repository, RegionService regions, UserService users, CurrentUser currentUser,
                 AuditService audit, MailOutbox mail, Clock clock, PhotoFiles photoFiles,
                 @org.springframework.beans.factory.annotation.Value("${haat.base-url}") String baseUrl) {
        this.photoFiles = photoFiles;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.repository = repository;
        this.regions = regions;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.mail = mail;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Category> categories() {
        return repository.categories();
    }

    /** Admins add product categories; the code (e.g. BAMBOO) is what imports and filters use. */
    @Transactional
    public long createCategory(String code, String nameEn, String nameBn) {
        currentUser.requireRole(Role.STATE_ADMIN);
        String normalised = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        List<String> errors = new ArrayList<>();
        if (!normalised.matches("[A-Z][A-Z0-9_]{1,29}")) {
            errors.add("category.error.code");
        }
        errors.addAll(categoryNameErrors(nameEn, nameBn));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (repository.categoryCodeTaken(normalised)) {
            throw new ConflictException("category.error.duplicate");
        }
        long id = repository.insertCategory(normalised, nameEn.strip(), nameBn.strip());
        audit.record("CATEGORY", id, "CREATE", null, normalised + ": " + nameEn.strip() + " / " + nameBn.strip());
        return id;
    }

    @Transactional
    public void renameCategory(long id, String nameEn, String nameBn) {
        currentUser.requireRole(Role.STATE_ADMIN);
        List<String> errors = categoryNameErrors(nameEn, nameBn);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Category old = repository.categories().stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("category.error.notFound"));
        repository.renameCategory(id, nameEn.strip(), nameBn.strip());
        audit.record("CATEGORY", id, "RENAME", old.nameEn() + " / " + old.nameBn(),
                nameEn.strip() + " / " + nameBn.strip());
    }

    private static List<String> categoryNameErrors(String nameEn, String nameBn) {
        List<String> errors = new ArrayList<>();
        if (nameEn == null || nameEn.isBlank() || nameEn.strip().length() > 80) {
            errors.add("category.error.nameEn");
        }
        if (nameBn == null || nameBn.isBlank() || nameBn.strip().length() > 80) {
            errors.add("category.error.nameBn");
        }
        InputRules.checkSingleLine(errors, nameEn, nameBn);
        return errors;
    }

    /**
     * A group registers itself (no sign-in needed): the group starts pending verification, with an SHG account whose
     * user name is the leader's mobile number. One group per mobile number, guarded by a unique constraint.
     */
    @Transactional
    public long register(SignUpForm form) {
        List<String> errors = new ArrayList<>();
        String name = form.groupName() == null ? "" : form.groupName().strip();
        if (name.isEmpty()) {
            errors.add("group.error.name");
        } else if (name.length() > MAX_NAME) {
            errors.add("group.error.nameLong");
        }
        if (form.municipalityId() == null || !regions.allExist(Set.of(form.municipalityId()))) {
            errors.add("group.error.municipality");
        }
        if (form.ward() == null || form.ward().isBlank() || form.ward().strip().length() > 20) {
            errors.add("group.error.ward");
        }
        if (form.memberCount() == null || form.memberCount() < 1 || form.memberCount() > 100) {
            errors.add("group.error.members");
        }
        if (form.leaderName() == null || form.leaderName().isBlank() || form.leaderName().strip().length() > 120) {
            errors.add("group.error.leader");
        }
        String mobile = IndianFormats.mobile(form.mobile()).orElse(null);
        if (mobile == null) {
            errors.add("group.error.mobile");
        }
        String email = form.email() == null || form.email().isBlank() ? null : form.email().strip();
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add("user.error.email");
        }
        if (!form.consent()) {
            errors.add("group.error.consent");
        }
        InputRules.checkSingleLine(errors, name, form.ward(), form.leaderName(), email);
        errors.addAll(UserService.passwordErrors(form.password())); // before the number is looked up: see SignUpService
        Set<String> known = repository.categories().stream().map(Category::code).collect(Collectors.toSet());
        Set<String> categories = form.categories() == null ? Set.of() : form.categories();
        if (!known.containsAll(categories)) {
            errors.add("group.error.category");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (repository.phoneTaken(Objects.requireNonNull(mobile))) { // validated above
            throw new ConflictException("group.error.phoneTaken");
        }
        long id;
        try {
            id = repository.insert(form, name, mobile, email, null, null, OffsetDateTime.now(clock));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("group.error.phoneTaken");
        }
        repository.setCategories(id, categories);
        users.createGroupAccount(id, mobile, Objects.requireNonNull(form.password()), form.leaderName().strip(), email,
                form.language());
        audit.record("GROUP", id, "REGISTER", null, "name=" + name + ", municipality=" + form.municipalityId()
                + ", phone=" + mobile);
        if (email != null) {
            String token = Tokens.newToken();
            repository.insertEmailToken(id, Tokens.hash(token), OffsetDateTime.now(clock).plusDays(7));
            mail.enqueue(MessageType.SIGNUP_VERIFICATION, email, form.language(), Map.of("name",
                    form.leaderName().strip(), "groupName", name, "link", baseUrl + "/verify-email?token=" + token));
        }
        return id;
    }

    /**
     * A group entered by an officer (paper forms) or an admin: verified by them at once, without an account of its
     * own. The consent is the officer's declaration that the group gave it on paper.
     */
    @Transactional
    public long createVerified(SignUpForm form, @Nullable String registrationNo) {
        HaatPrincipal actor = currentUser.requireRole(Role.STATE_ADMIN, Role.MUNICIPAL_OFFICER);
        if (actor.role() == Role.MUNICIPAL_OFFICER && (form.municipalityId() == null
                || !users.scopeOfCurrentUser().contains(form.municipalityId()))) {
            throw new AccessDeniedException("group.error.municipalityNotYours");
        }
        String name = form.groupName() == null ? "" : form.groupName().strip();
        String mobile = IndianFormats.mobile(form.mobile()).orElse(null);
        List<String> errors = new ArrayList<>();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            errors.add(name.isEmpty() ? "group.error.name" : "group.error.nameLong");
        }
        if (mobile == null) {
            errors.add("group.error.mobile");
        }
        if (form.municipalityId() == null || !regions.allExist(Set.of(form.municipalityId()))) {
            errors.add("group.error.municipality");
        }
        InputRules.checkSingleLine(errors, name, form.ward(), form.leaderName(), form.email(), registrationNo);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id;
        try {
            id = repository.insert(form, name, Objects.requireNonNull(mobile), blankToNull(form.email()),
                    blankToNull(registrationNo),
                    actor.username(), OffsetDateTime.now(clock));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("group.error.phoneTaken");
        }
        repository.setCategories(id, form.categories() == null ? Set.of() : form.categories());
        audit.record("GROUP", id, "CREATE_VERIFIED", null, "name=" + name + ", municipality=" + form.municipalityId()
                + ", phone=" + mobile);
        return id;
    }

    /** Confirms a group's e-mail address from the mailed link (valid 7 days, once); answers whether it worked. */
    @Transactional
    public boolean confirmEmail(@Nullable String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        Optional<Long> group = repository.confirmEmail(Tokens.hash(token), OffsetDateTime.now(clock));
        group.ifPresent(id -> audit.recordAs("group " + id, "GROUP", id, "EMAIL_CONFIRMED", null, null));
        return group.isPresent();
    }

    @Transactional(readOnly = true)
    public boolean emailConfirmed(long groupId) {
        get(groupId);
        return repository.emailVerified(groupId);
    }

    /** A page of the groups the caller may see (admins: all; officers: their municipalities). */
    @Transactional(readOnly = true)
    public List<Group> page(GroupFilter filter, int offset, int limit) {
        return page(filter, offset, limit, List.of());
    }

    /** A page in the given order (newest first among equals). */
    @Transactional(readOnly = true)
    public List<Group> page(GroupFilter filter, int offset, int limit, List<GroupSort> sort) {
        return repository.page(GroupRepository.filter(filter, visibleMunicipalities()), offset, limit, sort);
    }

    /** Per municipality in the caller's scope: verified groups and how many have done each readiness item. */
    @Transactional(readOnly = true)
    public List<ReadinessFigures> readinessByMunicipality() {
        return repository.readinessByMunicipality(visibleMunicipalities());
    }

    /** A group that may still be changed (not deleted), for whoever may see it. */
    @Transactional(readOnly = true)
    public Group editable(long id) {
        Group group = get(id);
        if (group.deleted()) {
            throw new ConflictException("group.error.deleted");
        }
        return group;
    }

    /** The signed-in group asks for its account and personal data to be deleted; an officer confirms. */
    @Transactional
    public void requestDeletion() {
        Group group = editable(mine().id());
        if (group.deletionRequestedAt() == null) {
            repository.markDeletionRequested(group.id(), OffsetDateTime.now(clock));
            audit.record("GROUP", group.id(), "DELETION_REQUEST", null, "requested by the group");
        }
    }

    /** The signed-in group changes its mind before an officer has confirmed. */
    @Transactional
    public void withdrawDeletionRequest() {
        Group group = editable(mine().id());
        if (group.deletionRequestedAt() != null) {
            repository.markDeletionRequested(group.id(), null);
            audit.record("GROUP", group.id(), "DELETION_WITHDRAWN", null, "withdrawn by the group");
        }
    }

    /**
     * An officer of the group's municipality (or an admin) confirms a deletion request: the personal data, members,
     * products and photos are erased and the account can no longer sign in. The row stays, anonymous, so that the
     * group's past placements still count for its municipality and district.
     */
    @Transactional
    public void confirmDeletion(long id, int version) {
        Group group = repository.find(id).orElseThrow(() -> new NotFoundException("group.error.notFound"));
        HaatPrincipal actor = requireOfficerOf(group);
        if (group.deleted()) {
            throw new ConflictException("group.error.deleted");
        }
        if (group.deletionRequestedAt() == null) {
            throw new ValidationException("group.error.noDeletionRequest");
        }
        List<String> photos = repository.photoKeys(id);
        if (!repository.erase(id, version, actor.username(), OffsetDateTime.now(clock))) {
            throw new ConflictException("group.error.staleVersion");
        }
        users.eraseGroupAccount(id);
        photoFiles.deleteAfterCommit(photos);
        audit.record("GROUP", id, "DELETE", "status=" + group.status(), "status=DELETED, personal data erased");
    }

    @Transactional(readOnly = true)
    public int count(GroupFilter filter) {
        return repository.count(GroupRepository.filter(filter, visibleMunicipalities()));
    }

    /** All groups in the registry, whatever the caller's scope (a figure for home pages and benchmarks). */
    @Transactional(readOnly = true)
    public int countAll() {
        return repository.count(org.jooq.impl.DSL.noCondition());
    }

    /** One group, for an admin, an officer of its municipality, or the group itself. */
    @Transactional(readOnly = true)
    public Group get(long id) {
        Group group = repository.find(id).orElseThrow(() -> new NotFoundException("group.error.notFound"));
        requireAccess(group);
        return group;
    }

    /** The signed-in group's id, without loading the group (for the busy paths). */
    @Transactional(readOnly = true)
    public long ownGroupId() {
        return users.groupOfCurrentUser().orElseThrow(() -> new AccessDeniedException("error.groupOnly"));
    }

    /** The signed-in group's own record. */
    @Transactional(readOnly = true)
    public Group mine() {
        long id = users.groupOfCurrentUser().orElseThrow(() -> new AccessDeniedException("error.groupOnly"));
        return get(id);
    }

    /**
     * Other groups sharing this group's PAN, GSTIN, bank account or a phone, for the officer's warning; those outside
     * the reader's municipalities stay nameless.
     */
    @Transactional(readOnly = true)
    public List<SharedIdentifier> sharedIdentifiers(long id) {
        Group group = get(id);
        requireOfficerOf(group);
        Set<Long> scope = visibleMunicipalities();
        return repository.sharedIdentifiers(group).stream().map(entry -> {
            Group other = entry.getValue();
            boolean visible = scope == null || scope.contains(other.municipalityId());
            return new SharedIdentifier(entry.getKey(), visible ? other.name() : null,
                    visible ? other.municipalityEn() : null);
        }).toList();
    }

    /**
     * Identity details: registration number (unique), PAN, GSTIN (check character verified; another state's code is
     * accepted with a warning; it must contain the PAN), bank account and IFSC. By the group itself or its officers.
     * Answers warnings that do not block saving.
     */
    @Transactional
    public List<String> updateProfile(long id, int version, ProfileForm form) {
        Group group = editable(id);
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String registrationNo = blankToNull(form.registrationNo());
        if (registrationNo != null && registrationNo.length() > 60) {
            errors.add("group.error.registrationNo");
        }
        InputRules.checkSingleLine(errors, registrationNo);
        String pan = null;
        if (blankToNull(form.pan()) != null) {
            pan = IndianFormats.pan(form.pan()).orElse(null);
            if (pan == null) {
                errors.add("group.error.pan");
            }
        }
        String gstin = null;
        if (blankToNull(form.gstin()) != null) {
            IndianFormats.GstinCheck check = IndianFormats.gstin(form.gstin());
            if (!check.valid()) {
                errors.add("checksum".equals(check.problem()) ? "group.error.gstinChecksum" : "group.error.gstin");
            } else {
                gstin = check.value();
                if (check.otherState()) {
                    warnings.add("group.warning.gstinState");
                }
                if (pan != null && !gstin.substring(2, 12).equals(pan)) {
                    errors.add("group.error.gstinPan");
                }
            }
        }
        String bankAccount = blankToNull(form.bankAccount());
        if (bankAccount != null && !bankAccount.matches("\\d{9,18}")) {
            errors.add("group.error.bankAccount");
        }
        String ifsc = null;
        if (blankToNull(form.ifsc()) != null) {
            ifsc = IndianFormats.ifsc(form.ifsc()).orElse(null);
            if (ifsc == null) {
                errors.add("group.error.ifsc");
            }
        }
        if (bankAccount != null && ifsc == null && !errors.contains("group.error.ifsc")) {
            errors.add("group.error.ifscRequired");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (registrationNo != null && repository.registrationTaken(registrationNo, id)) {
            throw new ConflictException("group.error.registrationTaken");
        }
        try {
            if (!repository.updateProfile(id, version, registrationNo, pan, gstin, bankAccount, ifsc)) {
                throw new ConflictException("group.error.staleVersion");
            }
        } catch (DuplicateKeyException e) {
            throw new ConflictException("group.error.registrationTaken");
        }
        audit.record("GROUP", id, "PROFILE", "registrationNo=" + group.registrationNo() + ", pan=" + mask(group.pan())
                        + ", gstin=" + group.gstin() + ", bank=" + mask(group.bankAccount()) + ", ifsc=" + group.ifsc(),
                "registrationNo=" + registrationNo + ", pan=" + mask(pan) + ", gstin=" + gstin + ", bank="
                        + mask(bankAccount) + ", ifsc=" + ifsc);
        return warnings;
    }

    @Transactional(readOnly = true)
    public List<Member> members(long groupId) {
        requireAccess(repository.find(groupId).orElseThrow(() -> new NotFoundException("group.error.notFound")));
        return repository.members(groupId);
    }

    @Transactional
    public long addMember(long groupId, String name, Member.@Nullable MemberRole role, @Nullable String phone) {
        editable(groupId);
        List<String> errors = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            errors.add("group.error.memberName");
        }
        InputRules.checkSingleLine(errors, name);
        String mobile = null;
        if (blankToNull(phone) != null) {
            mobile = IndianFormats.mobile(phone).orElse(null);
            if (mobile == null) {
                errors.add("group.error.mobile");
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = repository.addMember(groupId, name.strip(), role == null ? Member.MemberRole.MEMBER : role, mobile);
        audit.record("GROUP", groupId, "MEMBER_ADD", null, name.strip() + " (" + role + ")");
        return id;
    }

    @Transactional
    public void removeMember(long groupId, long memberId) {
        editable(groupId);
        if (repository.removeMember(groupId, memberId) == 1) {
            audit.record("GROUP", groupId, "MEMBER_REMOVE", "member " + memberId, null);
        }
    }

    /** PAN and bank account in audit entries and lists: only the last four characters. */
    static @Nullable String mask(@Nullable String value) {
        return value == null ? null : value.length() <= 4 ? "****" : "*".repeat(value.length() - 4)
                + value.substring(value.length() - 4);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Transactional
    public void verify(long id, int version) {
        changeStatus(id, version, GroupStatus.VERIFIED, null);
    }

    @Transactional
    public void reject(long id, int version, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            throw new ValidationException("group.error.reason");
        }
        InputRules.requireMultiLine(reason);
        changeStatus(id, version, GroupStatus.REJECTED, reason.strip());
    }

    private void changeStatus(long id, int version, GroupStatus status, @Nullable String reason) {
        Group group = repository.find(id).orElseThrow(() -> new NotFoundException("group.error.notFound"));
        HaatPrincipal actor = requireOfficerOf(group);
        if (group.deleted()) {
            throw new ConflictException("group.error.deleted");
        }
        if (!repository.updateStatus(id, version, status, reason, actor.username(), OffsetDateTime.now(clock))) {
            throw new ConflictException("group.error.staleVersion");
        }
        audit.record("GROUP", id, status == GroupStatus.VERIFIED ? "VERIFY" : "REJECT",
                "status=" + group.status(), "status=" + status + (reason == null ? "" : ", reason=" + reason));
        if (group.email() != null) {
            MessageType type = status == GroupStatus.VERIFIED ? MessageType.GROUP_VERIFIED : MessageType.GROUP_REJECTED;
            String language = users.languageOfGroupAccount(id).orElse("bn");
            boolean bn = "bn".equals(language);
            mail.enqueue(type, group.email(), language, Map.of("name", group.leaderName(), "groupName", group.name(),
                    "municipality", bn ? group.municipalityBn() : group.municipalityEn(),
                    "reason", reason == null ? "" : reason));
        }
    }

    /** The municipalities the caller may see; null for an admin (all). Officers and admins only. */
    @Nullable Set<Long> visibleMunicipalities() {
        HaatPrincipal me = currentUser.requireRole(Role.STATE_ADMIN, Role.MUNICIPAL_OFFICER);
        return me.role() == Role.STATE_ADMIN ? null : users.scopeOfCurrentUser();
    }

    private void requireAccess(Group group) {
        HaatPrincipal me = currentUser.require();
        switch (me.role()) {
            case STATE_ADMIN -> { }
            case MUNICIPAL_OFFICER -> requireOfficerOf(group);
            case SHG -> {
                if (users.groupOfCurrentUser().filter(own -> own == group.id()).isEmpty()) {
                    throw new AccessDeniedException("group.error.notYours");
                }
            }
            default -> throw new AccessDeniedException("error.forbidden");
        }
    }

    private HaatPrincipal requireOfficerOf(Group group) {
        HaatPrincipal me = currentUser.requireRole(Role.STATE_ADMIN, Role.MUNICIPAL_OFFICER);
        if (me.role() == Role.MUNICIPAL_OFFICER && !users.scopeOfCurrentUser().contains(group.municipalityId())) {
            throw new AccessDeniedException("group.error.notYours");
        }
        return me;
    }
}
