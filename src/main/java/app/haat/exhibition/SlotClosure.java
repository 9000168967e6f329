package app.haat.exhibition;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.InputRules;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.CurrentUser;
import app.haat.mail.MailOutbox;
import app.haat.mail.MessageType;
import app.haat.venue.Venue;
import app.haat.venue.VenueService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes the days of a slot from a date on while the exhibition is on (a day lost to a strike or a flood): the groups
 * holding a seat in it are told by their channels, with their calendar entry shortened (or removed with the whole
 * slot); the sales they reported stay; from then on check-ins and reports
 * for the lost days are refused (sales) and an absence recorded on them is no no-show (allocation).
 */
@Service
public class SlotClosure {

    /** The states in which a slot's days may be closed: published (about to open) or running. */
    static final Set<ExhibitionStatus> CLOSABLE = EnumSet.of(ExhibitionStatus.PUBLISHED, ExhibitionStatus.RUNNING);

    /** A slot with its lost days: from {@code closedFrom} to its last day; none when {@code closedFrom} is null. */
    public record SlotDays(
            long id,
            int seq,
            LocalDate startsOn,
            LocalDate endsOn,
            @Nullable LocalDate closedFrom,
            @Nullable String closedReason) {

        /** Whether the slot's every day is lost. */
        public boolean wholeClosed() {
            return closedFrom != null && !closedFrom.isAfter(startsOn);
        }

        /** Whether the slot has days that are not yet past on {@code today} and not yet closed. */
        boolean closableOn(LocalDate today) {
            return !endsOn.isBefore(today) && (closedFrom == null || closedFrom.isAfter(today));
        }
    }

    /** What was closed: the slot, its first lost day, and how many groups were told. */
    public record Result(long slotId, LocalDate closedFrom, boolean wholeSlot, int groupsTold) {}

    private final ExhibitionService exhibitions;
    private final SlotClosureRepository repository;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final MailOutbox mail;
    private final VenueService venues;
    private final Clock clock;
    private final String baseUrl;

    SlotClosure(
            ExhibitionService exhibitions,
            SlotClosureRepository repository,
            CurrentUser currentUser,
            AuditService audit,
            MailOutbox mail,
            VenueService venues,
            Clock clock,
            @Value("${haat.base-url}") String baseUrl) {
        this.exhibitions = exhibitions;
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
        this.mail = mail;
        this.venues = venues;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.INDIA));
    }

    /** The exhibition's slots with their lost days, for whoever manages it. */
    @Transactional(readOnly = true)
    public List<SlotDays> slots(long exhibitionId) {
        exhibitions.requireManage(exhibitionId);
        return repository.slots(exhibitionId);
    }

    /** The slots whose days an officer may still close today (none unless the exhibition is published or running). */
    @Transactional(readOnly = true)
    public List<SlotDays> closable(long exhibitionId) {
        Exhibition exhibition = exhibitions.requireManage(exhibitionId);
        if (!CLOSABLE.contains(exhibition.status())) {
            return List.of();
        }
        LocalDate today = today();
        return repository.slots(exhibitionId).stream()
                .filter(s -> s.closableOn(today))
                .toList();
    }

    /**
     * Closes the slot's days from {@code from} (today or later, inside the slot) to its end, with a reason; the whole
     * slot when {@code from} is its first day. Under the slot's row lock: of two officers at once, the second finds
     * the days already closed and is refused. Answers what was closed and how many groups were told.
     */
    @Transactional
    public Result close(long exhibitionId, long slotId, @Nullable LocalDate from, @Nullable String reason) {
        Exhibition exhibition = exhibitions.requireManage(exhibitionId);
        String why = reason == null ? "" : reason.strip();
        if (why.length() < ExhibitionCancellation.MIN_REASON) {
            throw new ValidationException("exhibition.slotClose.error.reason");
        }
        if (why.length() > ExhibitionCancellation.MAX_REASON) {
            throw new ValidationException("exhibition.cancel.error.reasonLong");
        }
        InputRules.requireSingleLine(why);
        if (from == null) {
            throw new ValidationException("exhibition.slotClose.error.from");
        }
        if (!CLOSABLE.contains(exhibition.status())) {
            throw new ConflictException("exhibition.slotClose.error.state");
        }
        SlotDays slot = repository
                .lockSlot(exhibitionId, slotId)
                .orElseThrow(() -> new NotFoundException("exhibition.slotClose.error.noSlot"));
        if (from.isBefore(today())) {
            throw new ValidationException("exhibition.slotClose.error.past");
        }
        if (from.isBefore(slot.startsOn()) || from.isAfter(slot.endsOn())) {
            throw new ValidationException("exhibition.slotClose.error.outside");
        }
        if (slot.closedFrom() != null && !slot.closedFrom().isAfter(from)) {
            throw new ConflictException("exhibition.slotClose.error.closed");
        }
        repository.close(slotId, from, why, currentUser.actorName(), OffsetDateTime.now(clock));
        boolean whole = !from.isAfter(slot.startsOn());
        audit.record(
                AuditEntity.EXHIBITION,
                exhibitionId,
                "CLOSE_SLOT",
                "slot " + slot.seq() + ": " + slot.startsOn() + " to " + slot.endsOn()
                        + (slot.closedFrom() == null ? "" : ", closed from " + slot.closedFrom()),
                "slot " + slot.seq() + " closed from " + from + (whole ? " (whole slot)" : "") + ", reason: " + why);
        int told = tell(exhibition, slot, from, whole, why);
        return new Result(slotId, from, whole, told);
    }

    /**
     * Tells the slot's seated groups of the lost days, each with its calendar entry shortened to end before them (or
     * removed with the whole slot). Answers the messages queued.
     */
    private int tell(Exhibition exhibition, SlotDays slot, LocalDate from, boolean whole, String why) {
        long exhibitionId = exhibition.id();
        long slotId = slot.id();
        Map<Long, List<StallCalendar.StallSeat>> seats = repository.stallSeats(exhibitionId, slotId).stream()
                .collect(Collectors.groupingBy(StallCalendar.StallSeat::groupId));
        Venue venue = venues.publicView(exhibition.venueId()).venue();
        // the calendar entry loses the closed days, or goes when the whole slot does
        int sequence = repository.nextVersion(exhibitionId);
        return mail.toGroups(MessageType.SLOT_CLOSED, List.copyOf(seats.keySet()), false, contact -> {
            Locale locale = Translator.forLanguage(contact.language());
            boolean bengali = "bn".equals(contact.language());
            Map<String, Object> model = new HashMap<>();
            model.put(
                    "events",
                    seats.getOrDefault(contact.groupId(), List.of()).stream()
                            .map(s -> StallCalendar.entry(
                                    s.assignmentId(),
                                    s.kioskCode(),
                                    venue,
                                    bengali,
                                    s.from(),
                                    whole ? s.to() : from.minusDays(1),
                                    sequence,
                                    whole))
                            .toList());
            model.put("exhibition", exhibition.title(bengali));
            model.put("dateFrom", Formats.date(from, locale));
            model.put("dateTo", Formats.date(slot.endsOn(), locale));
            model.put("reason", why);
            model.put("link", baseUrl + "/my-stalls");
            return model;
        });
    }
}
