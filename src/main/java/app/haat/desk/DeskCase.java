package app.haat.desk;

import app.haat.core.i18n.LocalizedName;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A group's request at a centre and where it stands: the authority's reference once submitted, the number once
 * obtained, the reason once refused or declined.
 */
public record DeskCase(
        long id,
        long centreId,
        String centreEn,
        String centreBn,
        long groupId,
        String groupName,
        long municipalityId,
        String municipalityEn,
        String municipalityBn,
        RequestType type,
        CaseStatus status,
        boolean forwarded,
        @Nullable String note,
        @Nullable String authorityRef,
        @Nullable String outcomeNumber,
        @Nullable String refusalReason,
        String requestedBy,
        OffsetDateTime requestedAt,
        OffsetDateTime updatedAt,
        int version) {

    /** The centre's name in the current screen's language. */
    public String centre() {
        return LocalizedName.pick(centreEn, centreBn, LocalizedName.bengaliScreen());
    }

    public String municipality() {
        return LocalizedName.pick(municipalityEn, municipalityBn, LocalizedName.bengaliScreen());
    }
}
