package app.haat.centre;

import static app.haat.db.Tables.DISTRICT;
import static app.haat.db.Tables.ENROLLMENT;
import static app.haat.db.Tables.GROUP_MEMBER;
import static app.haat.db.Tables.MUNICIPALITY;
import static app.haat.db.Tables.SHG_GROUP;
import static app.haat.db.Tables.TRAINING_SESSION;
import static app.haat.db.Tables.TRAINING_TARGET;
import static org.jooq.Records.mapping;

import app.haat.centre.TrainingRecords.DistrictFigures;
import app.haat.group.GroupStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableLike;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The training report's figures per district, and the statewide target. */
@Repository
class TrainingReportRepository {

    private final DSLContext dsl;

    TrainingReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Per district that has verified groups or trained members, limited to these municipalities (null: all). */
    List<DistrictFigures> districtFigures(@Nullable Set<Long> municipalities) {
        Condition scope = municipalities == null ? DSL.noCondition() : SHG_GROUP.MUNICIPALITY_ID.in(municipalities);
        var members = GROUP_MEMBER.join(SHG_GROUP).on(SHG_GROUP.ID.eq(GROUP_MEMBER.GROUP_ID));
        // a cancelled session counts for nobody (attendance is never marked on one; this keeps it so)
        var enrollments = ENROLLMENT
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(ENROLLMENT.GROUP_ID))
                .join(TRAINING_SESSION)
                .on(TRAINING_SESSION
                        .ID
                        .eq(ENROLLMENT.SESSION_ID)
                        .and(TRAINING_SESSION.STATUS.eq(SessionStatus.SCHEDULED)));
        return dsl
                .select(
                        DISTRICT.ID,
                        DISTRICT.NAME_EN,
                        DISTRICT.NAME_BN,
                        inDistrict(
                                members,
                                GROUP_MEMBER.ERETAIL_TRAINED_AT.isNotNull().and(scope)),
                        inDistrict(
                                SHG_GROUP,
                                SHG_GROUP.STATUS.eq(GroupStatus.VERIFIED).and(scope)),
                        inDistrict(enrollments, ENROLLMENT.ATTENDED.isTrue().and(scope)),
                        inDistrict(enrollments, ENROLLMENT.ATTENDED.isFalse().and(scope)))
                .from(DISTRICT)
                .orderBy(DISTRICT.NAME_EN)
                .fetch(mapping(DistrictFigures::new))
                .stream()
                .filter(d -> d.verifiedGroups() > 0 || d.trained() > 0)
                .toList();
    }

    /** How many of the rows (joined to their group) that match are of the outer query's district. */
    private static Field<Integer> inDistrict(TableLike<?> rows, Condition which) {
        return DSL.field(DSL.selectCount()
                .from(rows)
                .join(MUNICIPALITY)
                .on(MUNICIPALITY.ID.eq(SHG_GROUP.MUNICIPALITY_ID))
                .where(MUNICIPALITY.DISTRICT_ID.eq(DISTRICT.ID).and(which)));
    }

    int target() {
        return Objects.requireNonNull(
                dsl.select(TRAINING_TARGET.MEMBERS).from(TRAINING_TARGET).fetchOne(TRAINING_TARGET.MEMBERS));
    }

    void setTarget(int members, String actor, OffsetDateTime now) {
        dsl.update(TRAINING_TARGET)
                .set(TRAINING_TARGET.MEMBERS, members)
                .set(TRAINING_TARGET.UPDATED_BY, actor)
                .set(TRAINING_TARGET.UPDATED_AT, now)
                .execute();
    }
}
