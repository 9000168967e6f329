package app.haat.exhibition;

/**
 * Where an application stands, as the group follows it on its phone. REJECTED is an officer's decision (with its
 * reason) and WITHDRAWN the group's: both take the application out of play. INELIGIBLE is only what the latest
 * allocation run found (no kiosk for its needs, busy elsewhere in every chosen slot); the next run looks again.
 */
public enum ApplicationStatus {
    SUBMITTED,
    ACCEPTED,
    WAITLISTED,
    REJECTED,
    ASSIGNED,
    WITHDRAWN,
    INELIGIBLE;

    /** Still in play: the group may withdraw it (until its slot starts) and the next run considers it. */
    public boolean inPlay() {
        return this != REJECTED && this != WITHDRAWN;
    }
}
