package app.haat.group;

import static app.haat.db.Tables.CATEGORY;

import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The product categories (the admins' list). */
@Repository
class CategoryRepository {

    private final DSLContext dsl;

    CategoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Category> categories() {
        return dsl.selectFrom(CATEGORY)
                .orderBy(CATEGORY.SORT_ORDER, CATEGORY.CODE)
                .fetch(r -> new Category(r.getId(), r.getCode(), r.getNameEn(), r.getNameBn()));
    }

    boolean codeTaken(String code) {
        return dsl.fetchExists(CATEGORY, CATEGORY.CODE.eq(code));
    }

    /** A new category, last in the list. */
    long insert(String code, String nameEn, String nameBn) {
        int order = dsl.fetchValue(DSL.select(DSL.coalesce(DSL.max(CATEGORY.SORT_ORDER), 0))
                        .from(CATEGORY))
                + 1;
        return Objects.requireNonNull(dsl.insertInto(CATEGORY)
                .set(CATEGORY.CODE, code)
                .set(CATEGORY.NAME_EN, nameEn)
                .set(CATEGORY.NAME_BN, nameBn)
                .set(CATEGORY.SORT_ORDER, order)
                .returning(CATEGORY.ID)
                .fetchOne(CATEGORY.ID));
    }

    int rename(long id, String nameEn, String nameBn) {
        return dsl.update(CATEGORY)
                .set(CATEGORY.NAME_EN, nameEn)
                .set(CATEGORY.NAME_BN, nameBn)
                .where(CATEGORY.ID.eq(id))
                .execute();
    }
}
