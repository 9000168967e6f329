package app.haat.group;

/** A group starts pending; its municipality verifies or rejects it (with a reason the group sees). */
public enum GroupStatus {
    PENDING, VERIFIED, REJECTED
}
