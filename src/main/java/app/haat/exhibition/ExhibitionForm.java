package app.haat.exhibition;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A new exhibition on a venue; category codes empty means every category may apply. */
public record ExhibitionForm(Long venueId, String title, LocalDate startsOn, LocalDate endsOn, SlotLength slotLength,
                             Integer groupsPerKioskSlot, Catchment catchment, List<String> categories,
                             OffsetDateTime applicationsOpenAt, OffsetDateTime applicationsCloseAt) {
}
