package app.haat.audit;

import java.time.OffsetDateTime;

public record AuditEntry(
        long id,
        OffsetDateTime occurredAt,
        String actor,
        String entityType,
        String entityId,
        String action,
        String oldValue,
        String newValue) {}
