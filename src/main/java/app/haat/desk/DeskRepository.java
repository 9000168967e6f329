package app.haat.desk;

import static app.haat.db.Tables.CATEGORY;
import static app.haat.db.Tables.CENTRE;
import static app.haat.db.Tables.CENTRE_REQUEST_TYPE;
import static app.haat.db.Tables.DESK_CASE;
import static app.haat.db.Tables.DISTRICT;
import static app.haat.db.Tables.GROUP_CATEGORY;
import static app.haat.db.Tables.MUNICIPALITY;
import static app.haat.db.Tables.SHG_GROUP;

import app.haat.group.GroupStatus;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Cases and the types each centre handles; a case row leaves as a {@link DeskCase} with its centre and group. */
@Repository
class DeskRepository {

    private static final RecordMapper<Record, DeskCase> CASE = r -> new DeskCase(
            r.get(DESK_CASE.ID),
            r.get(DESK_CASE.CENTRE_ID),
            r.get(CENTRE.NAME_EN),
            r.get(CENTRE.NAME_BN),
            r.get(DESK_CASE.GROUP_ID),
            r.get(SHG_GROUP.NAME),
            r.get(MUNICIPALITY.ID),
            r.get(MUNICIPALITY.NAME_EN),
            r.get(MUNICIPALITY.NAME_BN),
            r.get(DESK_CASE.REQUEST_TYPE),
            r.get(DESK_CASE.STATUS),
            r.get(DESK_CASE.FORWARDED),
            r.get(DESK_CASE.NOTE),
            r.get(DESK_CASE.AUTHORITY_REF),
            r.get(DESK_CASE.OUTCOME_NUMBER),
            r.get(DESK_CASE.REFUSAL_REASON),
            r.get(DESK_CASE.REQUESTED_BY),
            r.get(DESK_CASE.REQUESTED_AT),
            r.get(DESK_CASE.UPDATED_AT),
            r.get(DESK_CASE.VERSION));

    private final DSLContext dsl;

    DeskRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private List<DeskCase> cases(Condition condition) {
        return dsl.select(DESK_CASE.fields())
                .select(
                        CENTRE.NAME_EN,
                        CENTRE.NAME_BN,
                        SHG_GROUP.NAME,
                        MUNICIPALITY.ID,
                        MUNICIPALITY.NAME_EN,
                        MUNICIPALITY.NAME_BN)
                .from(DESK_CASE)
                .join(CENTRE)
                .on(CENTRE.ID.eq(DESK_CASE.CENTRE_ID))
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(DESK_CASE.GROUP_ID))
                .join(MUNICIPALITY)
                .on(MUNICIPALITY.ID.eq(SHG_GROUP.MUNICIPALITY_ID))
                .where(condition)
                .orderBy(DESK_CASE.UPDATED_AT.desc(), DESK_CASE.ID.desc())
                .fetch(CASE);
    }

    Optional<DeskCase> find(long id) {
        return cases(DESK_CASE.ID.eq(id)).stream().findFirst();
    }

    List<DeskCase> ofCentre(long centreId, @Nullable Collection<Long> municipalities, @Nullable Long groupId) {
        Condition condition = DESK_CASE.CENTRE_ID.eq(centreId);
        if (municipalities != null) {
            condition = condition.and(SHG_GROUP.MUNICIPALITY_ID.in(municipalities));
        }
        if (groupId != null) {
            condition = condition.and(DESK_CASE.GROUP_ID.eq(groupId));
        }
        return cases(condition);
    }

    List<DeskCase> ofGroup(long groupId) {
        return cases(DESK_CASE.GROUP_ID.eq(groupId));
    }

    /** Whether the group already has an open case of this type, at any centre. */
    boolean openCaseExists(long groupId, RequestType type) {
        return dsl.fetchExists(
                DESK_CASE,
                DESK_CASE.GROUP_ID.eq(groupId),
                DESK_CASE.REQUEST_TYPE.eq(type),
                DESK_CASE.STATUS.notIn(CaseStatus.OBTAINED, CaseStatus.REFUSED, CaseStatus.DECLINED));
    }

    Optional<GroupFacts> groupFacts(long groupId) {
        var food = DSL.field(DSL.exists(DSL.selectOne()
                .from(GROUP_CATEGORY)
                .join(CATEGORY)
                .on(CATEGORY.ID.eq(GROUP_CATEGORY.CATEGORY_ID))
                .where(GROUP_CATEGORY.GROUP_ID.eq(SHG_GROUP.ID), CATEGORY.CODE.eq("FOOD"))));
        return dsl.select(SHG_GROUP.ID, SHG_GROUP.MUNICIPALITY_ID, CENTRE.ID, food, SHG_GROUP.STATUS)
                .from(SHG_GROUP)
                .join(MUNICIPALITY)
                .on(MUNICIPALITY.ID.eq(SHG_GROUP.MUNICIPALITY_ID))
                .join(DISTRICT)
                .on(DISTRICT.ID.eq(MUNICIPALITY.DISTRICT_ID))
                .leftJoin(CENTRE)
                .on(CENTRE.ZONE_ID.eq(DISTRICT.ZONE_ID))
                .where(SHG_GROUP.ID.eq(groupId))
                .fetchOptional(r -> new GroupFacts(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        Boolean.TRUE.equals(r.value4()),
                        r.value5() == GroupStatus.DELETED));
    }

    long insert(
            long centreId,
            long groupId,
            RequestType type,
            CaseStatus status,
            boolean forwarded,
            @Nullable String note,
            String by,
            OffsetDateTime now) {
        return Objects.requireNonNull(dsl.insertInto(DESK_CASE)
                .set(DESK_CASE.CENTRE_ID, centreId)
                .set(DESK_CASE.GROUP_ID, groupId)
                .set(DESK_CASE.REQUEST_TYPE, type)
                .set(DESK_CASE.STATUS, status)
                .set(DESK_CASE.FORWARDED, forwarded)
                .set(DESK_CASE.NOTE, note)
                .set(DESK_CASE.REQUESTED_BY, by)
                .set(DESK_CASE.REQUESTED_AT, now)
                .set(DESK_CASE.UPDATED_AT, now)
                .returning(DESK_CASE.ID)
                .fetchOne(DESK_CASE.ID));
    }

    /**
     * Moves the case from the step it was read in to the next, with what that step records; false when someone moved
     * it in between (the caller refuses).
     */
    boolean move(
            long id,
            CaseStatus from,
            CaseStatus to,
            @Nullable String authorityRef,
            @Nullable String number,
            @Nullable String reason,
            OffsetDateTime now) {
        var update = dsl.update(DESK_CASE)
                .set(DESK_CASE.STATUS, to)
                .set(DESK_CASE.UPDATED_AT, now)
                .set(DESK_CASE.VERSION, DESK_CASE.VERSION.plus(1));
        if (authorityRef != null) {
            update = update.set(DESK_CASE.AUTHORITY_REF, authorityRef);
        }
        if (number != null) {
            update = update.set(DESK_CASE.OUTCOME_NUMBER, number);
        }
        if (reason != null) {
            update = update.set(DESK_CASE.REFUSAL_REASON, reason);
        }
        return update.where(DESK_CASE.ID.eq(id), DESK_CASE.STATUS.eq(from)).execute() == 1;
    }

    List<DeskType> types(long centreId) {
        return dsl
                .select(
                        CENTRE_REQUEST_TYPE.REQUEST_TYPE,
                        CENTRE_REQUEST_TYPE.DOCUMENTS_EN,
                        CENTRE_REQUEST_TYPE.DOCUMENTS_BN)
                .from(CENTRE_REQUEST_TYPE)
                .where(CENTRE_REQUEST_TYPE.CENTRE_ID.eq(centreId))
                .fetch(org.jooq.Records.mapping(DeskType::new))
                .stream()
                .sorted(java.util.Comparator.comparing(DeskType::type))
                .toList();
    }

    void saveType(long centreId, RequestType type, String documentsEn, String documentsBn) {
        int updated = dsl.update(CENTRE_REQUEST_TYPE)
                .set(CENTRE_REQUEST_TYPE.DOCUMENTS_EN, documentsEn)
                .set(CENTRE_REQUEST_TYPE.DOCUMENTS_BN, documentsBn)
                .where(CENTRE_REQUEST_TYPE.CENTRE_ID.eq(centreId), CENTRE_REQUEST_TYPE.REQUEST_TYPE.eq(type))
                .execute();
        if (updated == 0) {
            dsl.insertInto(CENTRE_REQUEST_TYPE)
                    .set(CENTRE_REQUEST_TYPE.CENTRE_ID, centreId)
                    .set(CENTRE_REQUEST_TYPE.REQUEST_TYPE, type)
                    .set(CENTRE_REQUEST_TYPE.DOCUMENTS_EN, documentsEn)
                    .set(CENTRE_REQUEST_TYPE.DOCUMENTS_BN, documentsBn)
                    .execute();
        }
    }

    boolean removeType(long centreId, RequestType type) {
        return dsl.deleteFrom(CENTRE_REQUEST_TYPE)
                        .where(CENTRE_REQUEST_TYPE.CENTRE_ID.eq(centreId), CENTRE_REQUEST_TYPE.REQUEST_TYPE.eq(type))
                        .execute()
                == 1;
    }

    /** Takes the case's row lock, so two steps on one case run one after the other. */
    void lock(long id) {
        dsl.select(DESK_CASE.ID)
                .from(DESK_CASE)
                .where(DESK_CASE.ID.eq(id))
                .forUpdate()
                .fetch();
    }
}
