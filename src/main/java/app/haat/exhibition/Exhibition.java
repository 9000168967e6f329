package app.haat.exhibition;

import app.haat.core.i18n.LocalizedName;
import app.haat.venue.VenueKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** An exhibition as officers and groups see it, with its venue and how many applications it has. */
public record Exhibition(
        long id,
        long venueId,
        String venueName,
        VenueKind venueKind,
        long municipalityId,
        String municipalityEn,
        String municipalityBn,
        String title,
        LocalDate startsOn,
        LocalDate endsOn,
        SlotLength slotLength,
        int groupsPerKioskSlot,
        String catchmentLabel,
        OffsetDateTime applicationsOpenAt,
        OffsetDateTime applicationsCloseAt,
        ExhibitionStatus status,
        String createdBy,
        int version,
        int applications,
        @Nullable Long lotterySeed,
        @Nullable String titleBn,
        @Nullable String venueNameBn) {

    /** The title for its reader: the Bengali one for a Bengali reader when there is one. */
    public String title(boolean bengali) {
        return LocalizedName.pick(title, titleBn, bengali);
    }

    public LocalizedName localizedTitle() {
        return new LocalizedName(title, titleBn);
    }

    public String venueName(boolean bengali) {
        return LocalizedName.pick(venueName, venueNameBn, bengali);
    }

    /** The same exhibition without its lottery seed: before publishing, only its officers see the seed. */
    public Exhibition withoutSeed() {
        return new Exhibition(
                id,
                venueId,
                venueName,
                venueKind,
                municipalityId,
                municipalityEn,
                municipalityBn,
                title,
                startsOn,
                endsOn,
                slotLength,
                groupsPerKioskSlot,
                catchmentLabel,
                applicationsOpenAt,
                applicationsCloseAt,
                status,
                createdBy,
                version,
                applications,
                null,
                titleBn,
                venueNameBn);
    }

    /** Open for applications at that instant: the OPEN step taken and the window running. */
    public boolean acceptsApplicationsAt(OffsetDateTime now) {
        return status == ExhibitionStatus.OPEN
                && !now.isBefore(applicationsOpenAt)
                && now.isBefore(applicationsCloseAt);
    }
}
