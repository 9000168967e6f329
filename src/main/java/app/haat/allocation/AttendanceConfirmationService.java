package app.haat.allocation;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.NotFoundException;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.LocalizedName;
import app.haat.core.i18n.Translator;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.ApplicationWithdrawn;
import app.haat.exhibition.Exhibition;
import app.haat.exhibition.ExhibitionService;
import app.haat.exhibition.StallConfirmations;
import app.haat.group.GroupService;
import app.haat.mail.MailOutbox;
import app.haat.mail.MessageType;
import app.haat.user.UserService;
import app.haat.venue.VenueService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigned groups confirm they will come, when their exhibition's offer rule asks it a set number of days before
 * their first day. The group is asked once (SMS and its page); its officers see who has not answered and may release
 * such a seat, which is offered to the waitlist. A released group is withdrawn with the reason, never a no-show.
 */
@Service
public class AttendanceConfirmationService implements StallConfirmations {

    private final ConfirmationRepository repository;
    private final AllocationRepository allocations;
    private final ExhibitionService exhibitions;
    private final GroupService groups;
    private final UserService users;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final AllocationService allocation;
    private final AllocationMessages messages;
    private final VenueService venues;
    private final MailOutbox mail;
    private final Translator translator;
    private final Clock clock;
    private final String baseUrl;

    AttendanceConfirmationService(
            ConfirmationRepository repository,
            AllocationRepository allocations,
            ExhibitionService exhibitions,
            GroupService groups,
            UserService users,
            CurrentUser currentUser,
            AuditService audit,
            AllocationService allocation,
            AllocationMessages messages,
            VenueService venues,
            MailOutbox mail,
            Translator translator,
            Clock clock,
            @Value("${haat.base-url}") String baseUrl) {
        this.repository = repository;
        this.allocations = allocations;
        this.exhibitions = exhibitions;
        this.groups = groups;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.allocation = allocation;
        this.messages = messages;
        this.venues = venues;
        this.mail = mail;
        this.translator = translator;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> awaitingMine() {
        currentUser.requireRole(Role.SHG);
        LocalDate today = today();
        return repository.ofGroup(groups.mine().id()).stream()
                .filter(s -> s.confirmedAt() == null && s.askedOn(today))
                .map(ConfirmationRepository.Stand::applicationId)
                .toList();
    }

    @Override
    @Transactional
    public void confirm(long applicationId) {
        currentUser.requireRole(Role.SHG);
        long mine = groups.mine().id();
        ConfirmationRepository.Stand stand = repository.ofGroup(mine).stream()
                .filter(s -> s.applicationId() == applicationId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("confirm.error.notFound"));
        if (!today().isBefore(stand.firstDay())) {
            throw new ConflictException("confirm.error.started");
        }
        if (repository.confirm(applicationId, now())) {
            audit.record(AuditEntity.APPLICATION, applicationId, "CONFIRM_ATTENDANCE", null, "confirmed");
        }
    }

    /** For the exhibition's officers: the assigned groups asked to confirm that have not, first day first. */
    @Transactional(readOnly = true)
    public List<ConfirmationRepository.Stand> unconfirmed(long exhibitionId) {
        exhibitions.requireManage(exhibitionId);
        LocalDate today = today();
        return repository.ofExhibition(exhibitionId).stream()
                .filter(s -> s.confirmedAt() == null && s.askedOn(today))
                .toList();
    }

    /**
     * The officer releases the seat of a group that was asked and has not confirmed: the group is withdrawn with the
     * reason and told, and its seat is offered to the waitlist.
     */
    @Transactional
    public void release(long exhibitionId, long applicationId) {
        exhibitions.requireManage(exhibitionId);
        allocations.lockExhibition(exhibitionId);
        LocalDate today = today();
        ConfirmationRepository.Stand stand = repository.ofExhibition(exhibitionId).stream()
                .filter(s -> s.applicationId() == applicationId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("allocation.error.noApplication"));
        if (stand.confirmedAt() != null) {
            throw new ConflictException("confirm.error.confirmed");
        }
        if (!stand.askedOn(today)) {
            throw new ConflictException("confirm.error.notAsked");
        }
        // the reason is the group's to read, in its language
        String reason = translator.getTranslation(
                "confirm.releasedReason",
                Translator.forLanguage(
                        users.languageOfGroupAccount(stand.groupId()).orElse("bn")));
        if (!repository.release(applicationId, reason, now())) {
            throw new ConflictException("confirm.error.confirmed");
        }
        audit.record(
                AuditEntity.APPLICATION,
                applicationId,
                "RELEASE",
                "status=ASSIGNED",
                "status=WITHDRAWN, attendance not confirmed");
        Exhibition exhibition = exhibitions.find(exhibitionId);
        allocations
                .outcome(applicationId)
                .ifPresent(outcome -> messages.send(exhibition, venues.publicView(exhibition.venueId()), outcome));
        allocation.offerOnWithdrawal(new ApplicationWithdrawn(exhibitionId, applicationId, ApplicationStatus.ASSIGNED));
    }

    /**
     * Asks each group whose question opens today, once (the question is claimed before it is queued: a second run,
     * or a second node, finds it taken). Answers how many were asked.
     */
    @Transactional
    public int askDue() {
        LocalDate today = today();
        int asked = 0;
        for (ConfirmationRepository.Stand stand : repository.upcoming(today)) {
            if (stand.askedAt() == null
                    && stand.confirmedAt() == null
                    && stand.askedOn(today)
                    && repository.claimAsk(stand.applicationId(), now())) {
                Locale reader = Translator.forLanguage(
                        users.languageOfGroupAccount(stand.groupId()).orElse("bn"));
                Map<String, Object> model = new HashMap<>();
                model.put("groupName", stand.groupName());
                model.put(
                        "exhibition",
                        LocalizedName.pick(
                                stand.exhibitionTitle(), stand.exhibitionTitleBn(), LocalizedName.isBengali(reader)));
                model.put("kiosk", stand.kioskCode());
                model.put("dateFrom", Formats.date(stand.firstDay(), reader));
                model.put("link", baseUrl + "/my-stalls");
                mail.toGroup(MessageType.ATTENDANCE_CONFIRM, stand.groupId(), model);
                asked++;
            }
        }
        return asked;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.INDIA));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
