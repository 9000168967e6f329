package app.haat.audit;

import org.jspecify.annotations.Nullable;

/** What the audit view filters on; nulls mean "any". */
public record AuditFilter(
        @Nullable String entityType, @Nullable String text) {
    public static final AuditFilter ALL = new AuditFilter(null, null);
}
