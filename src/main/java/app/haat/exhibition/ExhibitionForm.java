package app.haat.exhibition;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new exhibition on a venue; category codes empty means every category may apply; the Bengali title is optional
 * (Bengali readers see the English one without it).
 */
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
        @Nullable OffsetDateTime applicationsCloseAt,
        @Nullable String titleBn) {

    /** The same exhibition with its optional Bengali title. */
    public ExhibitionForm withTitleBn(@Nullable String bengaliTitle) {
        return new ExhibitionForm(
                venueId,
                title,
                startsOn,
                endsOn,
                slotLength,
                groupsPerKioskSlot,
                catchment,
                categories,
                applicationsOpenAt,
                applicationsCloseAt,
                bengaliTitle);
    }

    /** An exhibition without a Bengali title. */
    public ExhibitionForm(
            @Nullable Long venueId,
            String title,
            LocalDate startsOn,
            LocalDate endsOn,
            SlotLength slotLength,
            Integer groupsPerKioskSlot,
            @Nullable Catchment catchment,
            List<String> categories,
            @Nullable OffsetDateTime applicationsOpenAt,
            @Nullable OffsetDateTime applicationsCloseAt) {
        this(
                venueId,
                title,
                startsOn,
                endsOn,
                slotLength,
                groupsPerKioskSlot,
                catchment,
                categories,
                applicationsOpenAt,
                applicationsCloseAt,
                null);
    }
}
