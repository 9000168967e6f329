package app.haat.audit;

/**
 * What an audit entry is about. The log stores the name (audit_log.entity_type), so a constant is never renamed:
 * the entries already written keep their meaning, and the audit view filters on the stored names.
 */
public enum AuditEntity {
    ALLOCATION_WEIGHTS,
    APPLICATION,
    ASSIGNMENT,
    BACKUP,
    CATEGORY,
    /** A centre (#23): created or removed by an admin; the request types it handles. */
    CENTRE,
    CENTRE_CLOSURE,
    CENTRE_HOURS,
    CHECK_IN,
    /** A group's request at a centre's registration desk and each of its steps. */
    DESK_CASE,
    /** A document of a desk case: uploaded, deleted (by hand, by retention, with the group), and each read. */
    DESK_DOCUMENT,
    DISTRICT,
    ENROLLMENT,
    EXHIBITION,
    /** A read, not a change: an export of personal data (see {@link AuditService#recordAccess}). */
    EXPORT,
    GROUP,
    MARKETPLACE,
    SALES,
    SALES_SETTING,
    TRAINER,
    TRAINING_ROOM,
    TRAINING_SERIES,
    TRAINING_SESSION,
    TRAINING_TARGET,
    TRAINING_TOPIC,
    USER,
    VENUE,
    ZONE
}
