package app.haat.venue;

import app.haat.audit.AuditEntity;
import app.haat.audit.AuditService;
import app.haat.core.api.ConflictException;
import app.haat.core.api.NotFoundException;
import app.haat.core.api.ValidationException;
import app.haat.core.i18n.LocalizedName;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A venue's kiosks on its floor plan: added, moved and removed by whoever may change the venue (see
 * {@link VenueAccess}), never while an exhibition on the venue is published; the venue row lock serialises the edits.
 * Also who stands where on a day, for the floor plan.
 */
@Service
public class KioskService {

    static final int MAX_KIOSK_CODE = 20;

    private final VenueRepository repository;
    private final VenueAccess access;
    private final AuditService audit;

    KioskService(VenueRepository repository, VenueAccess access, AuditService audit) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
    }

    /** Adds a kiosk at a free cell of the floor plan; refused while an exhibition on the venue is published. */
    @Transactional
    public long addKiosk(long venueId, KioskForm form) {
        Venue venue = access.requireManage(venueId);
        repository.lock(venueId);
        if (venue.kind() == VenueKind.VAN) {
            throw new ValidationException("venue.error.vanKiosk");
        }
        requireUnpublished(venueId);
        String code = form.code() == null ? "" : form.code().strip().toUpperCase();
        List<String> errors = KioskRules.errors(venue, form, code);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (repository.codeTaken(venueId, code)) {
            throw new ConflictException("venue.error.codeTaken");
        }
        if (repository.positionTaken(venueId, form.floor(), form.x(), form.y(), -1)) {
            throw new ConflictException("venue.error.cellTaken");
        }
        try {
            // the checks above made the capacity present
            long id = repository.insertKiosk(venueId, form, code, Objects.requireNonNull(form.capacity()));
            audit.record(
                    AuditEntity.VENUE,
                    venueId,
                    "KIOSK_ADD",
                    null,
                    code + " at floor " + form.floor() + " (" + form.x() + ", " + form.y() + ")");
            return id;
        } catch (DuplicateKeyException e) {
            // name the key that refused: on H2, codeTaken has been seen to miss a kiosk added earlier in the same
            // transaction (a new venue with two kiosks of one code), so the checks above are not the last word
            boolean sameCode = String.valueOf(e.getMostSpecificCause().getMessage())
                    .toUpperCase()
                    .contains("KIOSK_CODE_UK");
            throw new ConflictException(sameCode ? "venue.error.codeTaken" : "venue.error.cellTaken");
        }
    }

    /** Moves a kiosk to another free cell (an officer dragging it on the floor plan). */
    @Transactional
    public void moveKiosk(long kioskId, int version, int floor, int x, int y) {
        Kiosk kiosk = repository.kiosk(kioskId).orElseThrow(() -> new NotFoundException("venue.error.kioskNotFound"));
        Venue venue = access.requireManage(kiosk.venueId());
        repository.lock(venue.id());
        requireUnpublished(venue.id());
        List<String> errors = KioskRules.positionErrors(venue, floor, x, y);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (repository.positionTaken(venue.id(), floor, x, y, kioskId)) {
            throw new ConflictException("venue.error.cellTaken");
        }
        try {
            if (!repository.moveKiosk(kioskId, version, floor, x, y)) {
                throw new ConflictException("venue.error.stale");
            }
        } catch (DuplicateKeyException e) {
            throw new ConflictException("venue.error.cellTaken");
        }
        audit.record(
                AuditEntity.VENUE,
                venue.id(),
                "KIOSK_MOVE",
                kiosk.code() + " at " + kiosk.floor() + " (" + kiosk.x() + ", " + kiosk.y() + ")",
                kiosk.code() + " at " + floor + " (" + x + ", " + y + ")");
    }

    @Transactional
    public void removeKiosk(long kioskId) {
        Kiosk kiosk = repository.kiosk(kioskId).orElseThrow(() -> new NotFoundException("venue.error.kioskNotFound"));
        Venue venue = access.requireManage(kiosk.venueId());
        repository.lock(venue.id());
        if (venue.kind() == VenueKind.VAN) {
            throw new ValidationException("venue.error.vanKiosk");
        }
        requireUnpublished(venue.id());
        repository.deleteKiosk(kioskId);
        audit.record(AuditEntity.VENUE, venue.id(), "KIOSK_REMOVE", kiosk.code(), null);
    }

    private void requireUnpublished(long venueId) {
        if (repository.hasPublishedExhibition(venueId)) {
            throw new ConflictException("venue.error.published");
        }
    }

    /** The exhibition (past draft) on the venue that day, titled for the screen's reader, for the floor plan. */
    @Transactional(readOnly = true)
    public Optional<String> exhibitionOn(long venueId, LocalDate day) {
        access.get(venueId);
        return repository.exhibitionOn(venueId, day, LocalizedName.bengaliScreen());
    }

    /** Who stands at a kiosk on a day: exhibition title, slot number and group name, for the floor plan. */
    @Transactional(readOnly = true)
    public List<KioskOccupant> groupsOn(long kioskId, LocalDate day) {
        Kiosk kiosk = repository.kiosk(kioskId).orElseThrow(() -> new NotFoundException("venue.error.kioskNotFound"));
        access.get(kiosk.venueId());
        return repository.groupsOn(kioskId, day);
    }
}
