package app.haat.exhibition;

/** Filters of the review grid; nulls mean "any". */
public record ApplicationFilter(ApplicationStatus status, Long municipalityId, Long districtId, String category,
                                String text) {
    public static final ApplicationFilter ALL = new ApplicationFilter(null, null, null, null, null);
}
