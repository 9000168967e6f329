package app.haat.exhibition;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.LocalizedName;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves an exhibition's dates before it starts (a mall takes its atrium back for a week). Slots are mapped by
 * position: the first to the new first, and so on; where the new dates have fewer slots, the placements of the slots
 * that disappear go back on the waitlist for the officer to re-place by hand (the allocation feature does it and
 * tells the groups). The venue's other exhibitions are never overlapped. Assigned groups get a new letter and
 * calendar entry with the same UID and a higher sequence; they may withdraw without penalty before the start.
 */
@Service
public class ExhibitionPostponement {

    /** The states in which the dates may move: from the draft until published, never once it runs. */
    static final Set<ExhibitionStatus> POSTPONABLE = EnumSet.of(
            ExhibitionStatus.DRAFT,
            ExhibitionStatus.OPEN,
            ExhibitionStatus.CLOSED,
            ExhibitionStatus.ALLOCATED,
            ExhibitionStatus.PUBLISHED);

    /**
     * What moved: the slots before and after, and the applications put back on the waitlist to re-place (their slot
     * disappeared, or on the new dates their group stands elsewhere).
     */
    public record Moved(int slotsBefore, int slotsAfter, List<Long> displaced) {}

    private final ExhibitionService exhibitions;
    private final ExhibitionRepository repository;
    private final PostponementRepository postponements;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExhibitionPostponement(
            ExhibitionService exhibitions,
            ExhibitionRepository repository,
            PostponementRepository postponements,
            AuditService audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.exhibitions = exhibitions;
        this.repository = repository;
        this.postponements = postponements;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The new dates' slots, after every check that needs no lock: the state, not yet started, dates in order, after
     * today, not too far or too long, not the same, after the applications close, not too many slots.
     */
    private List<SlotDates> checkedSlots(
            Exhibition exhibition, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.INDIA));
        if (!POSTPONABLE.contains(exhibition.status())) {
            throw new ConflictException("exhibition.postpone.error.state");
        }
        if (!today.isBefore(exhibition.startsOn())) {
            throw new ConflictException("exhibition.postpone.error.started");
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new ValidationException("exhibition.error.dates");
        }
        if (!startsOn.isAfter(today)) {
            throw new ValidationException("exhibition.postpone.error.past");
        }
        if (startsOn.isAfter(today.plusYears(ExhibitionService.MAX_YEARS_AHEAD))) {
            throw new ValidationException("exhibition.error.tooFarAhead");
        }
        if (ChronoUnit.DAYS.between(startsOn, endsOn) + 1 > ExhibitionService.MAX_DAYS) {
            throw new ValidationException("exhibition.error.tooLong");
        }
        if (startsOn.equals(exhibition.startsOn()) && endsOn.equals(exhibition.endsOn())) {
            throw new ValidationException("exhibition.postpone.error.same");
        }
        if (exhibition
                .applicationsCloseAt()
                .isAfter(startsOn.atStartOfDay(Formats.INDIA).toOffsetDateTime())) {
            throw new ValidationException("exhibition.postpone.error.beforeClose");
        }
        List<SlotDates> dates = ExhibitionService.slots(startsOn, endsOn, exhibition.slotLength());
        if (dates.size() > ExhibitionService.MAX_SLOTS) {
            throw new ValidationException("exhibition.error.tooManySlots");
        }
        return dates;
    }

    @Transactional
    public Moved postpone(long id, int version, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
        Exhibition exhibition = exhibitions.requireManage(id);
        List<SlotDates> dates = checkedSlots(exhibition, startsOn, endsOn);
        LocalDate from = dates.getFirst().startsOn();
        LocalDate to = dates.getLast().endsOn();
        repository.lockVenue(exhibition.venueId());
        var clash = postponements.otherOverlapping(exhibition.venueId(), id, from, to, LocalizedName.bengaliScreen());
        if (clash.isPresent()) {
            throw new ConflictException("exhibition.error.overlap", clash.get());
        }
        if (!postponements.moveDates(id, version, exhibition.status(), from, to)) {
            throw new ConflictException("exhibition.error.stale");
        }
        List<Slot> before = exhibitions.slots(id);
        List<Long> removed = before.stream().skip(dates.size()).map(Slot::id).toList();
        List<Long> displaced = List.of();
        if (!removed.isEmpty()) {
            ExhibitionPostponed going = ExhibitionPostponed.slotsGoing(id, removed);
            events.publishEvent(going);
            displaced = List.copyOf(going.displaced());
            postponements.removeSlots(removed);
        }
        moveSlots(id, before, dates);
        audit.record(
                AuditEntity.EXHIBITION,
                id,
                "POSTPONE",
                exhibition.startsOn() + " to " + exhibition.endsOn() + ", " + before.size() + " slots",
                from + " to " + to + ", " + dates.size() + " slots, " + displaced.size()
                        + " placements back on the waitlist");
        ExhibitionPostponed moved = ExhibitionPostponed.moved(id);
        events.publishEvent(moved);
        List<Long> back = new java.util.ArrayList<>(displaced);
        back.addAll(moved.displaced());
        return new Moved(before.size(), dates.size(), back);
    }

    /** The slots that stay take the new dates by position; the new dates' further slots are added. */
    private void moveSlots(long id, List<Slot> before, List<SlotDates> dates) {
        for (int i = 0; i < dates.size(); i++) {
            if (i < before.size()) {
                postponements.moveSlot(
                        before.get(i).id(),
                        dates.get(i).startsOn(),
                        dates.get(i).endsOn());
            } else {
                postponements.addSlot(
                        id, i + 1, dates.get(i).startsOn(), dates.get(i).endsOn());
            }
        }
    }
}
