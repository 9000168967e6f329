package app.haat.audit;

import static app.haat.db.Tables.AUDIT_LOG;
import static app.haat.db.Tables.SHG_GROUP;
import static app.haat.db.Tables.USER_MUNICIPALITY;

import app.haat.db.tables.records.AuditLogRecord;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    private static final int MAX_VALUE_LENGTH = 4000;
    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(
            String actor,
            String entityType,
            @Nullable String entityId,
            String action,
            @Nullable String oldValue,
            @Nullable String newValue) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, OffsetDateTime.now())
                .set(AUDIT_LOG.ACTOR, actor)
                .set(AUDIT_LOG.ENTITY_TYPE, entityType)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.OLD_VALUE, clip(oldValue))
                .set(AUDIT_LOG.NEW_VALUE, clip(newValue))
                .execute();
    }

    List<AuditLogRecord> page(AuditFilter filter, @Nullable Long officerId, int offset, int limit) {
        return dsl.selectFrom(AUDIT_LOG)
                .where(condition(filter).and(scope(officerId)))
                .orderBy(AUDIT_LOG.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch();
    }

    int count(AuditFilter filter, @Nullable Long officerId) {
        return dsl.fetchCount(AUDIT_LOG, condition(filter).and(scope(officerId)));
    }

    /** An officer reads the entries about the groups of their municipalities; null means everything (admins). */
    private static Condition scope(@Nullable Long officerId) {
        if (officerId == null) {
            return DSL.noCondition();
        }
        return AUDIT_LOG
                .ENTITY_TYPE
                .eq(AuditEntity.GROUP.name())
                .and(AUDIT_LOG.ENTITY_ID.in(DSL.select(SHG_GROUP.ID.cast(String.class))
                        .from(SHG_GROUP)
                        .join(USER_MUNICIPALITY)
                        .on(USER_MUNICIPALITY.MUNICIPALITY_ID.eq(SHG_GROUP.MUNICIPALITY_ID))
                        .where(USER_MUNICIPALITY.USER_ID.eq(officerId))));
    }

    private static Condition condition(AuditFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.entityType() != null) {
            condition = condition.and(AUDIT_LOG.ENTITY_TYPE.eq(filter.entityType()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = "%" + filter.text().trim().toLowerCase() + "%";
            condition = condition.and(DSL.lower(AUDIT_LOG.ACTOR)
                    .like(like)
                    .or(DSL.lower(AUDIT_LOG.ENTITY_ID).like(like))
                    .or(DSL.lower(AUDIT_LOG.NEW_VALUE).like(like))
                    .or(DSL.lower(AUDIT_LOG.OLD_VALUE).like(like)));
        }
        return condition;
    }

    private static @Nullable String clip(@Nullable String value) {
        return value == null || value.length() <= MAX_VALUE_LENGTH
                ? value
                : value.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }
}
