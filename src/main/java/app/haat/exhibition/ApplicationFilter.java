package app.haat.exhibition;

import org.jspecify.annotations.Nullable;

/** Filters of the review grid; nulls mean "any". */
public record ApplicationFilter(
        @Nullable ApplicationStatus status,
        @Nullable Long municipalityId,
        @Nullable Long districtId,
        @Nullable String category,
        @Nullable String text) {
    public static final ApplicationFilter ALL = new ApplicationFilter(null, null, null, null, null);
}
