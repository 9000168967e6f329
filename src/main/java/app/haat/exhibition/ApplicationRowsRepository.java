package app.haat.exhibition;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.APPLICATION_PREFERENCE;
import static app.haat.db.Tables.CATEGORY;
import static app.haat.db.Tables.DISTRICT;
import static app.haat.db.Tables.EXHIBITION;
import static app.haat.db.Tables.EXHIBITION_SLOT;
import static app.haat.db.Tables.GROUP_CATEGORY;
import static app.haat.db.Tables.MUNICIPALITY;
import static app.haat.db.Tables.SHG_GROUP;
import static app.haat.db.Tables.VENUE;
import static org.jooq.Records.mapping;

import app.haat.group.GroupConditions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Reads applications as the review grid, the export and the group's own list show them: with their exhibition, venue,
 * group, places, ranked slots and categories. Apart from {@link ApplicationRepository}, which writes and checks them.
 */
@Repository
class ApplicationRowsRepository {

    private final DSLContext dsl;

    ApplicationRowsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    int count(long exhibitionId, ApplicationFilter filter) {
        return dsl.fetchCount(DSL.selectOne()
                .from(APPLICATION)
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(APPLICATION.GROUP_ID))
                .join(MUNICIPALITY)
                .on(MUNICIPALITY.ID.eq(SHG_GROUP.MUNICIPALITY_ID))
                .where(condition(exhibitionId, filter)));
    }

    static Condition condition(long exhibitionId, ApplicationFilter filter) {
        Condition condition = APPLICATION.EXHIBITION_ID.eq(exhibitionId);
        if (filter.status() != null) {
            condition = condition.and(APPLICATION.STATUS.eq(filter.status()));
        }
        if (filter.municipalityId() != null) {
            condition = condition.and(SHG_GROUP.MUNICIPALITY_ID.eq(filter.municipalityId()));
        }
        if (filter.districtId() != null) {
            condition = condition.and(MUNICIPALITY.DISTRICT_ID.eq(filter.districtId()));
        }
        if (filter.category() != null) {
            condition = condition.and(GroupConditions.inCategory(filter.category()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            condition = condition.and(GroupConditions.nameOrPhoneContains(filter.text()));
        }
        return condition;
    }

    /** A slot an application ranked: its number and id. */
    private record RankedSlot(int seq, long slotId) {}

    List<Application> select(Condition condition, int offset, int limit) {
        List<Record> rows =
                joined().where(condition).orderBy(APPLICATION.ID.desc()).offset(offset).limit(limit).fetch().stream()
                        .map(r -> (Record) r)
                        .toList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> r.get(APPLICATION.ID)).toList();
        List<Long> groups =
                rows.stream().map(r -> r.get(APPLICATION.GROUP_ID)).distinct().toList();
        Map<Long, List<RankedSlot>> preferences = dsl.select(
                        APPLICATION_PREFERENCE.APPLICATION_ID, EXHIBITION_SLOT.SEQ, EXHIBITION_SLOT.ID)
                .from(APPLICATION_PREFERENCE)
                .join(EXHIBITION_SLOT)
                .on(EXHIBITION_SLOT.ID.eq(APPLICATION_PREFERENCE.SLOT_ID))
                .where(APPLICATION_PREFERENCE.APPLICATION_ID.in(ids))
                .orderBy(APPLICATION_PREFERENCE.RANK_NO)
                .fetchGroups(
                        APPLICATION_PREFERENCE.APPLICATION_ID,
                        mapping((application, seq, slotId) -> new RankedSlot(seq, slotId)));
        Map<Long, List<String>> categories = dsl.select(GROUP_CATEGORY.GROUP_ID, CATEGORY.CODE)
                .from(GROUP_CATEGORY)
                .join(CATEGORY)
                .on(CATEGORY.ID.eq(GROUP_CATEGORY.CATEGORY_ID))
                .where(GROUP_CATEGORY.GROUP_ID.in(groups))
                .orderBy(CATEGORY.SORT_ORDER)
                .fetchGroups(GROUP_CATEGORY.GROUP_ID, CATEGORY.CODE);
        return rows.stream()
                .map(r -> {
                    List<RankedSlot> ranked = preferences.getOrDefault(r.get(APPLICATION.ID), List.of());
                    return toApplication(
                            r,
                            ranked.stream().map(RankedSlot::seq).toList(),
                            ranked.stream().map(RankedSlot::slotId).toList(),
                            categories.getOrDefault(r.get(APPLICATION.GROUP_ID), List.of()));
                })
                .toList();
    }

    /**
     * Every application of the exhibition matching the filter, newest first as in the grid, through a cursor: the
     * slots and categories come as lists aggregated in the same query. The caller closes the stream.
     */
    Stream<Application> stream(long exhibitionId, ApplicationFilter filter) {
        Field<String> slots = DSL.field(DSL.select(DSL.listAgg(DSL.cast(EXHIBITION_SLOT.SEQ, String.class), ",")
                                .withinGroupOrderBy(APPLICATION_PREFERENCE.RANK_NO))
                        .from(APPLICATION_PREFERENCE)
                        .join(EXHIBITION_SLOT)
                        .on(EXHIBITION_SLOT.ID.eq(APPLICATION_PREFERENCE.SLOT_ID))
                        .where(APPLICATION_PREFERENCE.APPLICATION_ID.eq(APPLICATION.ID)))
                .as("slot_list");
        Field<String> slotIds = DSL.field(DSL.select(DSL.listAgg(DSL.cast(EXHIBITION_SLOT.ID, String.class), ",")
                                .withinGroupOrderBy(APPLICATION_PREFERENCE.RANK_NO))
                        .from(APPLICATION_PREFERENCE)
                        .join(EXHIBITION_SLOT)
                        .on(EXHIBITION_SLOT.ID.eq(APPLICATION_PREFERENCE.SLOT_ID))
                        .where(APPLICATION_PREFERENCE.APPLICATION_ID.eq(APPLICATION.ID)))
                .as("slot_id_list");
        Field<String> codes = DSL.field(
                        DSL.select(DSL.listAgg(CATEGORY.CODE, ",").withinGroupOrderBy(CATEGORY.SORT_ORDER))
                                .from(GROUP_CATEGORY)
                                .join(CATEGORY)
                                .on(CATEGORY.ID.eq(GROUP_CATEGORY.CATEGORY_ID))
                                .where(GROUP_CATEGORY.GROUP_ID.eq(APPLICATION.GROUP_ID)))
                .as("category_list");
        return joined(slots, slotIds, codes)
                .where(condition(exhibitionId, filter))
                .orderBy(APPLICATION.ID.desc())
                .fetchSize(500)
                .fetchStream()
                .map(r -> toApplication(
                        r,
                        split(r.get(slots)).stream().map(Integer::valueOf).toList(),
                        split(r.get(slotIds)).stream().map(Long::valueOf).toList(),
                        split(r.get(codes))));
    }

    /** Applications with their exhibition, venue, group, municipality and district, and any further fields. */
    private SelectOnConditionStep<Record> joined(SelectField<?>... more) {
        List<SelectField<?>> fields = new ArrayList<>(List.of(APPLICATION.fields()));
        fields.addAll(List.of(
                EXHIBITION.TITLE,
                EXHIBITION.TITLE_BN,
                EXHIBITION.STARTS_ON,
                EXHIBITION.ENDS_ON,
                VENUE.NAME,
                VENUE.NAME_BN,
                SHG_GROUP.NAME,
                SHG_GROUP.MUNICIPALITY_ID,
                MUNICIPALITY.NAME_EN,
                MUNICIPALITY.NAME_BN,
                DISTRICT.NAME_EN,
                DISTRICT.NAME_BN));
        fields.addAll(List.of(more));
        return dsl.select(fields)
                .from(APPLICATION)
                .join(EXHIBITION)
                .on(EXHIBITION.ID.eq(APPLICATION.EXHIBITION_ID))
                .join(VENUE)
                .on(VENUE.ID.eq(EXHIBITION.VENUE_ID))
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(APPLICATION.GROUP_ID))
                .join(MUNICIPALITY)
                .on(MUNICIPALITY.ID.eq(SHG_GROUP.MUNICIPALITY_ID))
                .join(DISTRICT)
                .on(DISTRICT.ID.eq(MUNICIPALITY.DISTRICT_ID));
    }

    private static List<String> split(String list) {
        return list == null || list.isEmpty() ? List.of() : List.of(list.split(","));
    }

    private static Application toApplication(
            Record r, List<Integer> preferences, List<Long> preferredSlotIds, List<String> categories) {
        return new Application(
                r.get(APPLICATION.ID),
                r.get(APPLICATION.EXHIBITION_ID),
                r.get(EXHIBITION.TITLE),
                r.get(VENUE.NAME),
                r.get(EXHIBITION.STARTS_ON),
                r.get(EXHIBITION.ENDS_ON),
                r.get(APPLICATION.GROUP_ID),
                r.get(SHG_GROUP.NAME),
                r.get(SHG_GROUP.MUNICIPALITY_ID),
                r.get(MUNICIPALITY.NAME_EN),
                r.get(MUNICIPALITY.NAME_BN),
                r.get(DISTRICT.NAME_EN),
                r.get(DISTRICT.NAME_BN),
                r.get(APPLICATION.STATUS),
                r.get(APPLICATION.REASON),
                r.get(APPLICATION.NEEDS_ELECTRICITY),
                r.get(APPLICATION.NEEDS_FOOD),
                r.get(APPLICATION.ON_BEHALF),
                r.get(APPLICATION.ENTERED_BY),
                r.get(APPLICATION.CREATED_AT),
                r.get(APPLICATION.VERSION),
                preferences,
                preferredSlotIds,
                categories,
                r.get(APPLICATION.EXPLANATION_CODE),
                r.get(APPLICATION.EXPLANATION_VALUES) == null
                        ? List.of()
                        : List.of(r.get(APPLICATION.EXPLANATION_VALUES).split("\\|", -1)),
                r.get(APPLICATION.WAITLIST_POSITION),
                r.get(EXHIBITION.TITLE_BN),
                r.get(VENUE.NAME_BN),
                r.get(APPLICATION.OUTSIDE_TERMS));
    }
}
