package app.haat.venue;

import app.haat.exhibition.ExhibitionStatus;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The exhibitions a venue's closure for some dates would meet (not finished, not cancelled), for the officer to
 * postpone or cancel each on its own page; the exhibition feature implements it, so venue does not depend on it.
 */
public interface AffectedExhibitions {

    /** One exhibition whose dates meet the closed days. */
    record Affected(
            long id,
            String title,
            @Nullable String titleBn,
            LocalDate startsOn,
            LocalDate endsOn,
            ExhibitionStatus status) {}

    /** For whoever manages the venue: its exhibitions whose dates meet {@code from}..{@code to}, earliest first. */
    List<Affected> affected(long venueId, @Nullable LocalDate from, @Nullable LocalDate to);
}
