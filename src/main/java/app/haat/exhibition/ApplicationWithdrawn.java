package app.haat.exhibition;

/** Published inside the withdrawal's transaction, so the allocation can promote a waitlisted group in the same one. */
public record ApplicationWithdrawn(long exhibitionId, long applicationId, ApplicationStatus previousStatus) {}
