package app.haat.search;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.CATEGORY;
import static app.haat.db.Tables.DISTRICT;
import static app.haat.db.Tables.EXHIBITION;
import static app.haat.db.Tables.GROUP_CATEGORY;
import static app.haat.db.Tables.MUNICIPALITY;
import static app.haat.db.Tables.PRODUCT;
import static app.haat.db.Tables.SHG_GROUP;
import static org.jooq.Records.mapping;

import app.haat.group.GroupStatus;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Reads what the search index holds from the database, which stays the source of truth. */
@Repository
class SearchRepository {

    private final DSLContext dsl;

    SearchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The groups with these ids that still exist (a deleted group is no longer searchable). */
    List<IndexedGroup> groups(Collection<Long> ids) {
        return groups(SHG_GROUP.ID.in(ids), ids.size());
    }

    /** The next page of groups after this id, in id order (for a rebuild). */
    List<IndexedGroup> groupsAfter(long afterId, int limit) {
        return groups(SHG_GROUP.ID.gt(afterId), limit);
    }

    private List<IndexedGroup> groups(Condition which, int limit) {
        var rows = dsl.select(
                        SHG_GROUP.ID,
                        SHG_GROUP.NAME,
                        SHG_GROUP.LEADER_NAME,
                        SHG_GROUP.WARD,
                        SHG_GROUP.MUNICIPALITY_ID,
                        MUNICIPALITY.NAME_EN,
                        MUNICIPALITY.NAME_BN,
                        DISTRICT.ID,
                        DISTRICT.NAME_EN,
                        DISTRICT.NAME_BN,
                        SHG_GROUP.STATUS,
                        ReadinessItems.LEVEL)
                .from(SHG_GROUP)
                .join(MUNICIPALITY)
                .on(MUNICIPALITY.ID.eq(SHG_GROUP.MUNICIPALITY_ID))
                .join(DISTRICT)
                .on(DISTRICT.ID.eq(MUNICIPALITY.DISTRICT_ID))
                .where(which.and(SHG_GROUP.STATUS.ne(GroupStatus.DELETED)))
                .orderBy(SHG_GROUP.ID)
                .limit(limit)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.getValues(SHG_GROUP.ID);
        Map<Long, List<String>> categories = categoryCodes(ids);
        Map<Long, List<String>> products = productNames(ids);
        return rows.map(mapping(
                (id,
                        name,
                        leader,
                        ward,
                        municipalityId,
                        municipalityEn,
                        municipalityBn,
                        districtId,
                        districtEn,
                        districtBn,
                        status,
                        readiness) -> new IndexedGroup(
                        id,
                        name,
                        leader,
                        ward,
                        municipalityId,
                        municipalityEn,
                        municipalityBn,
                        districtId,
                        districtEn,
                        districtBn,
                        status,
                        readiness,
                        categories.getOrDefault(id, List.of()),
                        products.getOrDefault(id, List.of()))));
    }

    private Map<Long, List<String>> categoryCodes(List<Long> groupIds) {
        return dsl.select(GROUP_CATEGORY.GROUP_ID, CATEGORY.CODE)
                .from(GROUP_CATEGORY)
                .join(CATEGORY)
                .on(CATEGORY.ID.eq(GROUP_CATEGORY.CATEGORY_ID))
                .where(GROUP_CATEGORY.GROUP_ID.in(groupIds))
                .fetchGroups(GROUP_CATEGORY.GROUP_ID, CATEGORY.CODE);
    }

    /** Each group's product names in the group's order. */
    private Map<Long, List<String>> productNames(List<Long> groupIds) {
        return dsl.select(PRODUCT.GROUP_ID, PRODUCT.NAME)
                .from(PRODUCT)
                .where(PRODUCT.GROUP_ID.in(groupIds))
                .orderBy(PRODUCT.SORT_ORDER, PRODUCT.ID)
                .fetchGroups(PRODUCT.GROUP_ID, PRODUCT.NAME);
    }

    List<IndexedApplication> applications(Collection<Long> ids) {
        return applications(APPLICATION.ID.in(ids), ids.size());
    }

    List<IndexedApplication> applicationsOfExhibitions(Collection<Long> exhibitionIds) {
        return applications(APPLICATION.EXHIBITION_ID.in(exhibitionIds), Integer.MAX_VALUE);
    }

    List<IndexedApplication> applicationsOfGroups(Collection<Long> groupIds) {
        return applications(APPLICATION.GROUP_ID.in(groupIds), Integer.MAX_VALUE);
    }

    List<IndexedApplication> applicationsAfter(long afterId, int limit) {
        return applications(APPLICATION.ID.gt(afterId), limit);
    }

    private List<IndexedApplication> applications(Condition which, int limit) {
        return dsl.select(
                        APPLICATION.ID,
                        APPLICATION.GROUP_ID,
                        SHG_GROUP.NAME,
                        APPLICATION.EXHIBITION_ID,
                        EXHIBITION.TITLE,
                        SHG_GROUP.MUNICIPALITY_ID,
                        MUNICIPALITY.NAME_EN,
                        MUNICIPALITY.NAME_BN,
                        DISTRICT.ID,
                        DISTRICT.NAME_EN,
                        DISTRICT.NAME_BN,
                        APPLICATION.STATUS,
                        EXHIBITION.TITLE_BN)
                .from(APPLICATION)
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(APPLICATION.GROUP_ID))
                .join(EXHIBITION)
                .on(EXHIBITION.ID.eq(APPLICATION.EXHIBITION_ID))
                .join(MUNICIPALITY)
                .on(MUNICIPALITY.ID.eq(SHG_GROUP.MUNICIPALITY_ID))
                .join(DISTRICT)
                .on(DISTRICT.ID.eq(MUNICIPALITY.DISTRICT_ID))
                .where(which)
                .orderBy(APPLICATION.ID)
                .limit(limit)
                .fetch(mapping(IndexedApplication::new));
    }

    /** How many groups and applications the index should hold. */
    IndexCounts counts() {
        return new IndexCounts(
                dsl.fetchCount(SHG_GROUP, SHG_GROUP.STATUS.ne(GroupStatus.DELETED)), dsl.fetchCount(APPLICATION));
    }

    /** Category names for the facet labels, by code. */
    Map<String, Names> categoryNames() {
        return dsl.select(CATEGORY.CODE, CATEGORY.NAME_EN, CATEGORY.NAME_BN)
                .from(CATEGORY)
                .fetchMap(CATEGORY.CODE, mapping((code, en, bn) -> new Names(en, bn)));
    }

    /** District and municipality names for the facet labels, by id. */
    Map<Long, Names> municipalityNames() {
        return dsl.select(MUNICIPALITY.ID, MUNICIPALITY.NAME_EN, MUNICIPALITY.NAME_BN)
                .from(MUNICIPALITY)
                .fetchMap(MUNICIPALITY.ID, mapping((id, en, bn) -> new Names(en, bn)));
    }

    Map<Long, Names> districtNames() {
        return dsl.select(DISTRICT.ID, DISTRICT.NAME_EN, DISTRICT.NAME_BN)
                .from(DISTRICT)
                .fetchMap(DISTRICT.ID, mapping((id, en, bn) -> new Names(en, bn)));
    }
}
