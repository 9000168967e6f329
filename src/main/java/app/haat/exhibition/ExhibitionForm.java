package app.haat.exhibition;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A new exhibition on a venue; category codes empty means every category may apply. */
public record ExhibitionForm(
        @Nullable Long venueId,
        String title,
        LocalDate startsOn,
        LocalDate endsOn,
        SlotLength slotLength,
        Integer groupsPerKioskSlot,
        @Nullable Catchment catchment,
        List<String> categories,
        @Nullable OffsetDateTime applicationsOpenAt,
        @Nullable OffsetDateTime applicationsCloseAt) {}
