package app.haat.audit;

/** What the audit view filters on; nulls mean "any". */
public record AuditFilter(String entityType, String text) {
    public static final AuditFilter ALL = new AuditFilter(null, null);
}
