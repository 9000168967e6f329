package app.haat.exhibition;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Published inside a review's transaction (an officer accepts or rejects applications), so the allocation can add a
 * review after closing to the draw's public record without the exhibition feature knowing of it.
 */
public record ApplicationsReviewed(
        long exhibitionId,
        List<Long> applicationIds,
        ApplicationStatus status,
        @Nullable String reason) {}
