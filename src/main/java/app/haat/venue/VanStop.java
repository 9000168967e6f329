package app.haat.venue;

/** Where a van stands on a weekday (1 = Monday … 7 = Sunday). */
public record VanStop(
        long id, int weekday, String place, long municipalityId, String municipalityEn, String municipalityBn) {}
