package app.haat.exhibition;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.InputRules;
import app.haat.core.api.ValidationException;
import app.haat.core.security.CurrentUser;
import app.haat.mail.MailOutbox;
import app.haat.mail.MessageType;
import app.haat.venue.Venue;
import app.haat.venue.VenueService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancels an exhibition, with a reason, in any state before it finished: every group still in play is told once by
 * its channels (an assigned group's calendar entries are removed), its placements and offers are released (the allocation feature listens), nothing of it counts toward
 * rotation or no-shows, the catalogue drops it and its venue's days are free again; the draw's public record stays.
 */
@Service
public class ExhibitionCancellation {

    public static final int MIN_REASON = 5;
    public static final int MAX_REASON = 500;

    private final ExhibitionService exhibitions;
    private final ExhibitionRepository repository;
    private final ApplicationRepository applications;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final MailOutbox mail;
    private final SlotClosureRepository slotClosures;
    private final VenueService venues;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    ExhibitionCancellation(
            ExhibitionService exhibitions,
            ExhibitionRepository repository,
            ApplicationRepository applications,
            CurrentUser currentUser,
            AuditService audit,
            MailOutbox mail,
            SlotClosureRepository slotClosures,
            VenueService venues,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${haat.base-url}") String baseUrl) {
        this.exhibitions = exhibitions;
        this.repository = repository;
        this.applications = applications;
        this.currentUser = currentUser;
        this.audit = audit;
        this.mail = mail;
        this.slotClosures = slotClosures;
        this.venues = venues;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The reason a cancelled exhibition was cancelled for; empty for any other. */
    @Transactional(readOnly = true)
    public Optional<String> reason(long id) {
        return repository.cancelReason(id);
    }

    /**
     * Cancels it if it still has the version the officer saw (a second officer's change at the same time is refused
     * with the reason); answers how many groups were told.
     */
    @Transactional
    public int cancel(long id, int version, @Nullable String reason) {
        Exhibition exhibition = exhibitions.requireManage(id);
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON) {
            throw new ValidationException("exhibition.cancel.error.reason");
        }
        if (why.length() > MAX_REASON) {
            throw new ValidationException("exhibition.cancel.error.reasonLong");
        }
        InputRules.requireSingleLine(why);
        if (!exhibition.status().cancellable()) {
            throw new ConflictException("exhibition.cancel.error.state");
        }
        if (!repository.cancel(
                id, version, exhibition.status(), why, currentUser.actorName(), OffsetDateTime.now(clock))) {
            throw new ConflictException("exhibition.error.stale");
        }
        audit.record(
                AuditEntity.EXHIBITION,
                id,
                "CANCEL",
                "status=" + exhibition.status(),
                "status=CANCELLED, reason: " + why);
        // read before the allocation releases them: each assigned group's calendar entries go (same UID, CANCEL)
        Map<Long, List<StallCalendar.StallSeat>> seats = slotClosures.stallSeats(id, null).stream()
                .collect(Collectors.groupingBy(StallCalendar.StallSeat::groupId));
        Venue venue = venues.publicView(exhibition.venueId()).venue();
        events.publishEvent(new ExhibitionCancelled(id));
        return mail.toGroups(MessageType.EXHIBITION_CANCELLED, applications.groupsInPlay(id), false, contact -> {
            boolean bengali = "bn".equals(contact.language());
            Map<String, Object> model = new HashMap<>();
            List<StallCalendar.StallSeat> held = seats.getOrDefault(contact.groupId(), List.of());
            if (!held.isEmpty()) {
                model.put("events", StallCalendar.entries(held, venue, bengali, version + 1, true));
            }
            model.put("exhibition", exhibition.title(bengali));
            model.put("reason", why);
            model.put("link", baseUrl + "/my-stalls");
            return model;
        });
    }
}
