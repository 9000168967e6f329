package app.haat.allocation.engine;

import java.util.List;

/**
 * Why an applicant got what it got, as a message code with values, so the portal can say it in the applicant's
 * language (e.g. {@code waitlisted.rotation} with position 3, slot 2 and 14 groups with fewer past stalls).
 */
public record Explanation(long applicationId, Outcome outcome, String code, List<String> values) {

    public enum Outcome {
        ASSIGNED,
        WAITLISTED,
        INELIGIBLE
    }
}
