package app.haat.group;

import static app.haat.db.Tables.GROUP_CATEGORY;
import static app.haat.db.Tables.PRODUCT;
import static app.haat.db.Tables.SHG_GROUP;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

/** The writes of a bulk import: matching rows to existing groups, then inserts and updates a chunk at a time. */
@Repository
class GroupImportRepository {

    private final DSLContext dsl;

    GroupImportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An existing group an import row may match, with what the scope check needs. */
    record ImportMatch(long id, String registrationNo, String phone, String name, long municipalityId) {}

    /** Existing groups matched by registration number or phone. */
    List<ImportMatch> matching(Collection<String> registrationNos, Collection<String> phones) {
        return dsl.select(
                        SHG_GROUP.ID,
                        SHG_GROUP.REGISTRATION_NO,
                        SHG_GROUP.PHONE,
                        SHG_GROUP.NAME,
                        SHG_GROUP.MUNICIPALITY_ID)
                .from(SHG_GROUP)
                .where(SHG_GROUP.REGISTRATION_NO.in(registrationNos).or(SHG_GROUP.PHONE.in(phones)))
                .fetch(Records.mapping(ImportMatch::new));
    }

    /** Inserts verified groups in one statement; answers their ids by phone (phones are unique). */
    Map<String, Long> insertImported(List<ImportRow> rows, String actor, OffsetDateTime now) {
        var insert = dsl.insertInto(
                SHG_GROUP,
                SHG_GROUP.NAME,
                SHG_GROUP.MUNICIPALITY_ID,
                SHG_GROUP.WARD,
                SHG_GROUP.MEMBER_COUNT,
                SHG_GROUP.LEADER_NAME,
                SHG_GROUP.PHONE,
                SHG_GROUP.EMAIL,
                SHG_GROUP.GSTIN,
                SHG_GROUP.PAN,
                SHG_GROUP.REGISTRATION_NO,
                SHG_GROUP.STATUS,
                SHG_GROUP.CONSENT_AT,
                SHG_GROUP.CREATED_AT,
                SHG_GROUP.VERIFIED_AT,
                SHG_GROUP.VERIFIED_BY);
        for (ImportRow r : rows) {
            insert = insert.values(
                    r.name(),
                    r.municipalityId(),
                    r.ward(),
                    r.members(),
                    r.leaderName(),
                    r.phone(),
                    r.email(),
                    r.gstin(),
                    r.pan(),
                    r.registrationNo(),
                    GroupStatus.VERIFIED,
                    now,
                    now,
                    now,
                    actor);
        }
        return insert.returning(SHG_GROUP.ID, SHG_GROUP.PHONE).fetch().stream()
                .collect(Collectors.toMap(r -> r.get(SHG_GROUP.PHONE), r -> r.get(SHG_GROUP.ID)));
    }

    void updateImported(long id, ImportRow r) {
        dsl.update(SHG_GROUP)
                .set(SHG_GROUP.NAME, r.name())
                .set(SHG_GROUP.MUNICIPALITY_ID, r.municipalityId())
                .set(SHG_GROUP.WARD, r.ward())
                .set(SHG_GROUP.MEMBER_COUNT, r.members())
                .set(SHG_GROUP.LEADER_NAME, r.leaderName())
                .set(SHG_GROUP.PHONE, r.phone())
                .set(SHG_GROUP.EMAIL, r.email())
                .set(SHG_GROUP.GSTIN, r.gstin())
                .set(SHG_GROUP.PAN, r.pan())
                .set(SHG_GROUP.REGISTRATION_NO, r.registrationNo())
                .set(SHG_GROUP.VERSION, SHG_GROUP.VERSION.plus(1))
                .where(SHG_GROUP.ID.eq(id))
                .execute();
    }

    /** A group's category, or a group's product by name: what an import adds only once. */
    private record Owned<T>(long groupId, T what) {}

    /** Adds categories and products that the groups do not have yet. */
    void addCategoriesAndProducts(Map<Long, ImportRow> rowsByGroup) {
        var categories = dsl.insertInto(GROUP_CATEGORY, GROUP_CATEGORY.GROUP_ID, GROUP_CATEGORY.CATEGORY_ID);
        var products = dsl.insertInto(PRODUCT, PRODUCT.GROUP_ID, PRODUCT.CATEGORY_ID, PRODUCT.NAME);
        boolean anyCategory = false;
        boolean anyProduct = false;
        Set<Long> ids = rowsByGroup.keySet();
        Set<Owned<Long>> existingCategories = dsl.select(GROUP_CATEGORY.GROUP_ID, GROUP_CATEGORY.CATEGORY_ID)
                .from(GROUP_CATEGORY)
                .where(GROUP_CATEGORY.GROUP_ID.in(ids))
                .fetchSet(Records.mapping(Owned<Long>::new));
        Set<Owned<String>> existingProducts = dsl.select(PRODUCT.GROUP_ID, PRODUCT.NAME)
                .from(PRODUCT)
                .where(PRODUCT.GROUP_ID.in(ids))
                .fetchSet(Records.mapping(Owned<String>::new));
        for (var entry : rowsByGroup.entrySet()) {
            ImportRow r = entry.getValue();
            if (r.categoryId() != null && existingCategories.add(new Owned<>(entry.getKey(), r.categoryId()))) {
                categories = categories.values(entry.getKey(), r.categoryId());
                anyCategory = true;
            }
            for (String product : r.products()) {
                if (existingProducts.add(new Owned<>(entry.getKey(), product))) {
                    products = products.values(entry.getKey(), r.categoryId(), product);
                    anyProduct = true;
                }
            }
        }
        if (anyCategory) {
            categories.execute();
        }
        if (anyProduct) {
            products.execute();
        }
    }
}
