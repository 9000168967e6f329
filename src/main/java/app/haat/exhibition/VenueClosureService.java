package app.haat.exhibition;

import static app.haat.db.Tables.EXHIBITION;
import static org.jooq.Records.mapping;

import app.haat.core.api.ValidationException;
import app.haat.venue.AffectedExhibitions;
import app.haat.venue.VenueService;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A venue closes for some dates (the mall takes its atrium back): the exhibitions there whose dates meet them, not
 * finished or cancelled, each to be postponed ({@link ExhibitionPostponement}) or cancelled
 * ({@link ExhibitionCancellation}) on its own page by whoever manages the venue.
 */
@Service
class VenueClosureService implements AffectedExhibitions {

    /** The longest closure asked about at once: a year. */
    static final int MAX_DAYS = 366;

    private final VenueService venues;
    private final DSLContext dsl;

    VenueClosureService(VenueService venues, DSLContext dsl) {
        this.venues = venues;
        this.dsl = dsl;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Affected> affected(long venueId, @Nullable LocalDate from, @Nullable LocalDate to) {
        if (!venues.canManage(venues.get(venueId))) {
            throw new AccessDeniedException("exhibition.error.notManaged");
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new ValidationException("exhibition.error.dates");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new ValidationException("venue.closure.error.tooLong");
        }
        return dsl.select(
                        EXHIBITION.ID,
                        EXHIBITION.TITLE,
                        EXHIBITION.TITLE_BN,
                        EXHIBITION.STARTS_ON,
                        EXHIBITION.ENDS_ON,
                        EXHIBITION.STATUS)
                .from(EXHIBITION)
                .where(EXHIBITION
                        .VENUE_ID
                        .eq(venueId)
                        .and(EXHIBITION.STARTS_ON.le(to))
                        .and(EXHIBITION.ENDS_ON.ge(from))
                        .and(EXHIBITION.STATUS.notIn(ExhibitionStatus.FINISHED, ExhibitionStatus.CANCELLED)))
                .orderBy(EXHIBITION.STARTS_ON, EXHIBITION.ID)
                .fetch(mapping(Affected::new));
    }
}
