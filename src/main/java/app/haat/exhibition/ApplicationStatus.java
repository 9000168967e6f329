package app.haat.exhibition;

/** Where an application stands, as the group follows it on its phone. */
public enum ApplicationStatus {
    SUBMITTED, ACCEPTED, WAITLISTED, REJECTED, ASSIGNED, WITHDRAWN
}
