package app.haat.group;

import static app.haat.db.Tables.CATEGORY;
import static app.haat.db.Tables.GROUP_CATEGORY;
import static app.haat.db.Tables.SHG_GROUP;

import app.haat.search.ReadinessItems;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * The group filters as SQL conditions on the group table, written once for the registry's grid and for every other
 * feature's query that filters by the applying group (e.g. an exhibition's applications). Plain conditions: the
 * queries stay in the repositories.
 */
public final class GroupConditions {

    /** How many of the readiness checklist's items a group has done, computed in SQL so grids filter and sort by it. */
    static final Field<Integer> READINESS = ReadinessItems.DONE;

    private GroupConditions() {}

    /** The group offers products of the category with this code. */
    public static Condition inCategory(String code) {
        return DSL.exists(DSL.selectOne()
                .from(GROUP_CATEGORY)
                .join(CATEGORY)
                .on(CATEGORY.ID.eq(GROUP_CATEGORY.CATEGORY_ID))
                .where(GROUP_CATEGORY.GROUP_ID.eq(SHG_GROUP.ID).and(CATEGORY.CODE.eq(code))));
    }

    /** The group's name or mobile number contains the text, whatever its case. */
    public static Condition nameOrPhoneContains(String text) {
        String like = like(text);
        return DSL.lower(SHG_GROUP.NAME).like(like).or(SHG_GROUP.PHONE.like(like));
    }

    /** The registry grid's filter within these municipalities (null: all). */
    static Condition of(GroupFilter filter, @Nullable Set<Long> municipalities) {
        Condition condition = municipalities == null ? DSL.noCondition() : SHG_GROUP.MUNICIPALITY_ID.in(municipalities);
        condition = condition.and(
                filter.status() != null
                        ? SHG_GROUP.STATUS.eq(filter.status())
                        : SHG_GROUP.STATUS.ne(GroupStatus.DELETED));
        if (filter.deletionRequested()) {
            condition = condition.and(SHG_GROUP.DELETION_REQUESTED_AT.isNotNull());
        }
        if (filter.readiness() != null) {
            condition = condition.and(
                    switch (filter.readiness()) {
                        case NONE -> DSL.not(ReadinessItems.STARTED);
                        case PARTLY -> ReadinessItems.STARTED.andNot(ReadinessItems.READY);
                        case READY -> ReadinessItems.READY;
                    });
        }
        if (filter.ward() != null && !filter.ward().isBlank()) {
            condition = condition.and(SHG_GROUP.WARD.eq(filter.ward().strip()));
        }
        if (filter.category() != null) {
            condition = condition.and(inCategory(filter.category()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            condition = condition.and(nameOrPhoneContains(filter.text())
                    .or(DSL.lower(SHG_GROUP.LEADER_NAME).like(like(filter.text()))));
        }
        return condition;
    }

    private static String like(String text) {
        return "%" + text.strip().toLowerCase() + "%";
    }
}
