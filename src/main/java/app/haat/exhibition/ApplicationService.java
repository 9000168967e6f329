package app.haat.exhibition;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.InputRules;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.LocalizedName;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.group.Group;
import app.haat.group.GroupService;
import app.haat.group.GroupStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications for stalls: a verified group in the catchment applies while the window is open (or an officer enters a
 * paper form on its behalf); one active application per group and exhibition, guarded by a unique key; officers who
 * manage the exhibition review them.
 */
@Service
public class ApplicationService {

    private static final Set<ApplicationStatus> WITHDRAWABLE = EnumSet.copyOf(Arrays.stream(ApplicationStatus.values())
            .filter(ApplicationStatus::inPlay)
            .toList());
    private static final Set<ExhibitionStatus> REVIEWABLE = EnumSet.of(ExhibitionStatus.OPEN, ExhibitionStatus.CLOSED);
    /** More products than any stall shows; a longer list is a client's mistake, refused before any query. */
    static final int MAX_PRODUCTS = 100;
    /** The longest reason for rejecting applications. */
    static final int MAX_REJECT_REASON = 1000;

    private final ApplicationRepository repository;
    private final ExhibitionService exhibitions;
    private final GroupService groups;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Announcements announcements;

    ApplicationService(
            ApplicationRepository repository,
            ExhibitionService exhibitions,
            GroupService groups,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock,
            ApplicationEventPublisher events,
            Announcements announcements) {
        this.events = events;
        this.announcements = announcements;
        this.repository = repository;
        this.exhibitions = exhibitions;
        this.groups = groups;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Submits an application. The checks run in one query (this is the deadline-day path): the window, the group's
     * verification, catchment and category, the slots and products named, and no active application yet. The group
     * is told it was received, in the same transaction.
     */
    @Transactional
    public long apply(long exhibitionId, ApplicationForm form) {
        HaatPrincipal me = currentUser.require();
        long groupId = applyingGroup(me, form);
        boolean onBehalf = me.role() != Role.SHG;
        List<Long> preferences = form.slotPreferences() == null ? List.of() : form.slotPreferences();
        List<Long> products = form.productIds() == null ? List.of() : form.productIds();
        checkShape(preferences, products);
        products = products.stream().distinct().toList();
        ApplicationRepository.Facts facts = repository
                .facts(exhibitionId, groupId, preferences, products)
                .orElseThrow(() -> new NotFoundException("exhibition.error.notFound"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        checkFacts(facts, form, preferences, products, now);
        if (facts.active()) {
            throw new ConflictException("application.error.duplicate");
        }
        long id;
        try {
            id = repository.insert(
                    exhibitionId,
                    groupId,
                    new ApplicationForm(
                            groupId, preferences, products, form.needsElectricity(), form.needsFood(), true),
                    me.username(),
                    onBehalf,
                    now);
        } catch (DuplicateKeyException e) {
            // the same group at the same instant from a second tab or client: the unique key decides
            throw new ConflictException("application.error.duplicate");
        }
        audit.record(
                AuditEntity.APPLICATION,
                id,
                "SUBMIT",
                null,
                "exhibition " + exhibitionId + ", group " + groupId + ", slots " + preferences
                        + (onBehalf ? ", entered on behalf of the group by " + me.username() : ""));
        announcements.received(
                exhibitionId,
                new LocalizedName(facts.title(), facts.titleBn()),
                facts.closesAt().atZoneSameInstant(Formats.INDIA).toLocalDate(),
                groupId);
        return id;
    }

    /** A group applies for itself; an officer or admin enters a paper form for a group they may see. */
    private long applyingGroup(HaatPrincipal me, ApplicationForm form) {
        if (me.role() == Role.SHG) {
            long groupId = groups.ownGroupId();
            if (form.groupId() != null && form.groupId() != groupId) {
                throw new AccessDeniedException("application.error.ownGroupOnly");
            }
            return groupId;
        }
        if (me.role() == Role.MUNICIPAL_OFFICER || me.role() == Role.STATE_ADMIN) {
            if (form.groupId() == null) {
                throw new ValidationException("application.error.group");
            }
            return groups.get(form.groupId()).id(); // an officer only for the groups of their municipalities
        }
        throw new AccessDeniedException("error.forbidden");
    }

    /** Before any query: an exhibition has at most MAX_SLOTS slots, and no group shows more than MAX_PRODUCTS. */
    private static void checkShape(List<Long> preferences, List<Long> products) {
        List<String> shape = new ArrayList<>();
        if (!InputRules.hasNoNulls(preferences) || preferences.size() > ExhibitionService.MAX_SLOTS) {
            shape.add("application.error.preferences");
        }
        if (!InputRules.hasNoNulls(products) || products.size() > MAX_PRODUCTS) {
            shape.add("application.error.products");
        }
        if (!shape.isEmpty()) {
            throw new ValidationException(shape);
        }
    }

    /** The checks answered by the one query: the group, the window, catchment, category, slots and products. */
    private static void checkFacts(
            ApplicationRepository.Facts facts,
            ApplicationForm form,
            List<Long> preferences,
            List<Long> products,
            OffsetDateTime now) {
        List<String> errors = new ArrayList<>();
        if (facts.groupStatus() != GroupStatus.VERIFIED) {
            errors.add("application.error.notVerified");
        }
        if (facts.exhibitionStatus() != ExhibitionStatus.OPEN
                || now.isBefore(facts.opensAt())
                || !now.isBefore(facts.closesAt())) {
            errors.add("application.error.window");
        }
        if (!facts.inCatchment()) {
            errors.add("application.error.catchment");
        }
        if (!facts.categoryAllowed()) {
            errors.add("application.error.category");
        }
        if (!form.declaration()) {
            errors.add("application.error.declaration");
        }
        if (preferences.isEmpty()
                || new HashSet<>(preferences).size() != preferences.size()
                || facts.knownSlots() != preferences.size()) {
            errors.add("application.error.preferences");
        }
        if (products.isEmpty() || facts.ownProducts() != products.size()) {
            errors.add("application.error.products");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The group (or its officer) withdraws, until its slot starts. */
    @Transactional
    public void withdraw(long applicationId) {
        Application application =
                repository.find(applicationId).orElseThrow(() -> new NotFoundException("application.error.notFound"));
        groups.get(application.groupId()); // the group itself, its officers, admins
        if (!WITHDRAWABLE.contains(application.status())) {
            throw new ConflictException("application.error.notWithdrawable");
        }
        if (!beforeItsStart(application)) {
            throw new ValidationException("application.error.started");
        }
        repository.changeStatus(
                application.exhibitionId(),
                List.of(applicationId),
                WITHDRAWABLE,
                ApplicationStatus.WITHDRAWN,
                null,
                OffsetDateTime.now(clock));
        audit.record(
                AuditEntity.APPLICATION,
                applicationId,
                "WITHDRAW",
                "status=" + application.status(),
                "status=WITHDRAWN");
        events.publishEvent(new ApplicationWithdrawn(application.exhibitionId(), applicationId, application.status()));
    }

    /**
     * Whether today is before the application's start: its assigned slot's, or without an assignment the
     * exhibition's. Until then the group may withdraw it.
     */
    boolean beforeItsStart(Application application) {
        LocalDate until = repository.assignedSlotStart(application.id()).orElse(application.startsOn());
        return LocalDate.now(clock.withZone(Formats.INDIA)).isBefore(until);
    }

    /** Accepts the submitted or waitlisted applications among these; answers how many changed. */
    @Transactional
    public int accept(long exhibitionId, Collection<Long> applicationIds) {
        return review(exhibitionId, applicationIds, ApplicationStatus.ACCEPTED, null);
    }

    /** Rejects these applications with a reason every group sees. */
    @Transactional
    public int reject(long exhibitionId, Collection<Long> applicationIds, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REJECT_REASON) {
            throw new ValidationException("application.error.reason");
        }
        InputRules.requireMultiLine(reason);
        return review(exhibitionId, applicationIds, ApplicationStatus.REJECTED, reason.strip());
    }

    private int review(long exhibitionId, Collection<Long> ids, ApplicationStatus to, @Nullable String reason) {
        Exhibition exhibition = exhibitions.requireManage(exhibitionId);
        if (!REVIEWABLE.contains(exhibition.status())) {
            throw new ConflictException("application.error.reviewClosed");
        }
        if (ids.isEmpty()) {
            throw new ValidationException("application.error.noneSelected");
        }
        Set<ApplicationStatus> from = to == ApplicationStatus.ACCEPTED
                ? EnumSet.of(
                        ApplicationStatus.SUBMITTED,
                        ApplicationStatus.WAITLISTED,
                        ApplicationStatus.REJECTED,
                        ApplicationStatus.INELIGIBLE)
                : EnumSet.of(
                        ApplicationStatus.SUBMITTED,
                        ApplicationStatus.WAITLISTED,
                        ApplicationStatus.ACCEPTED,
                        ApplicationStatus.INELIGIBLE);
        List<Long> changed = repository.changeStatusOf(exhibitionId, ids, from, to, reason, OffsetDateTime.now(clock));
        events.publishEvent(new ApplicationsReviewed(exhibitionId, changed, to, reason));
        for (long id : changed) {
            audit.record(
                    AuditEntity.APPLICATION,
                    id,
                    to == ApplicationStatus.ACCEPTED ? "ACCEPT" : "REJECT",
                    null,
                    "status=" + to + (reason == null ? "" : ", reason=" + reason));
        }
        return changed.size();
    }

    @Transactional(readOnly = true)
    public List<Application> page(long exhibitionId, ApplicationFilter filter, int offset, int limit) {
        exhibitions.get(exhibitionId);
        return repository.page(exhibitionId, filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(long exhibitionId, ApplicationFilter filter) {
        exhibitions.get(exhibitionId);
        return repository.count(exhibitionId, filter);
    }

    /** Active applications per "municipality", "district" or "category". */
    @Transactional(readOnly = true)
    public List<ApplicationCount> countsBy(long exhibitionId, String dimension) {
        exhibitions.get(exhibitionId);
        return repository.countsBy(exhibitionId, dimension);
    }

    /** The signed-in group's applications, newest first. */
    @Transactional(readOnly = true)
    public List<Application> mine() {
        return repository.ofGroup(groups.mine().id());
    }

    /**
     * The exhibitions the caller may see, newest first, optionally of one status and on venues of one municipality:
     * admins all, officers their municipalities', centre staff the centres'; a group those taking its applications
     * now and those it has applied to.
     */
    @Transactional(readOnly = true)
    public List<Exhibition> visibleExhibitions(ExhibitionStatus status, Long venueMunicipality) {
        if (currentUser.require().role() == Role.SHG) {
            Group group = groups.mine();
            return exhibitions.visibleToGroup(group.municipalityId(), group.id(), status, venueMunicipality);
        }
        return exhibitions.list(status, venueMunicipality);
    }

    /** Exhibitions the signed-in group may apply to now, without those it has an active application for. */
    @Transactional(readOnly = true)
    public List<Exhibition> openForMe() {
        Group group = groups.mine();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return exhibitions.openFor(group.municipalityId()).stream()
                .filter(e -> e.acceptsApplicationsAt(now) && !repository.hasActive(e.id(), group.id()))
                .toList();
    }
}
