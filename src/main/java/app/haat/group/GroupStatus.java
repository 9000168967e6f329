package app.haat.group;

/**
 * A group starts pending; its municipality verifies or rejects it (with a reason the group sees). A deleted group has
 * had its personal data erased on its own request; the row remains as an anonymous figure.
 */
public enum GroupStatus {
    PENDING,
    VERIFIED,
    REJECTED,
    DELETED
}
