package app.haat.exhibition;

import app.haat.core.i18n.LocalizedName;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An application with what the officer reviewing it and the group following it need to see. The ranked slots come
 * twice, first choice first: as the slot numbers people read ({@code preferredSlots}) and as the slot ids the API
 * takes back ({@code preferredSlotIds}). {@code outsideTerms}: the exhibition's catchment or categories were
 * narrowed after it was made and no longer take its group in; it stays in play until an officer rejects it.
 */
public record Application(
        long id,
        long exhibitionId,
        String exhibitionTitle,
        String venueName,
        LocalDate startsOn,
        LocalDate endsOn,
        long groupId,
        String groupName,
        long municipalityId,
        String municipalityEn,
        String municipalityBn,
        String districtEn,
        String districtBn,
        ApplicationStatus status,
        String reason,
        boolean needsElectricity,
        boolean needsFood,
        boolean onBehalf,
        String enteredBy,
        OffsetDateTime createdAt,
        int version,
        List<Integer> preferredSlots,
        List<Long> preferredSlotIds,
        List<String> categories,
        String explanationCode,
        List<String> explanationValues,
        Integer waitlistPosition,
        @Nullable String exhibitionTitleBn,
        @Nullable String venueNameBn,
        boolean outsideTerms) {

    /** The exhibition's title for its reader: the Bengali one for a Bengali reader when there is one. */
    public String exhibitionTitle(boolean bengali) {
        return LocalizedName.pick(exhibitionTitle, exhibitionTitleBn, bengali);
    }

    public LocalizedName localizedExhibitionTitle() {
        return new LocalizedName(exhibitionTitle, exhibitionTitleBn);
    }

    public String venueName(boolean bengali) {
        return LocalizedName.pick(venueName, venueNameBn, bengali);
    }
}
