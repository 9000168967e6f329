package app.haat.listing;

import static app.haat.db.Tables.MARKETPLACE;
import static org.jooq.Records.mapping;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The marketplace list. */
@Repository
class MarketplaceRepository {

    private final DSLContext dsl;

    MarketplaceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** All marketplaces, in use first, then in the admin's order. */
    List<Marketplace> all() {
        return dsl.select(
                        MARKETPLACE.ID,
                        MARKETPLACE.NAME,
                        MARKETPLACE.NAME_BN,
                        MARKETPLACE.ACTIVE,
                        MARKETPLACE.SORT_ORDER)
                .from(MARKETPLACE)
                .orderBy(MARKETPLACE.ACTIVE.desc(), MARKETPLACE.SORT_ORDER, MARKETPLACE.ID)
                .fetch(mapping(Marketplace::new));
    }

    Optional<Marketplace> find(long id) {
        return all().stream().filter(m -> m.id() == id).findFirst();
    }

    /** Whether another marketplace (not {@code except}) has this English name, whatever its case. */
    boolean nameTaken(String name, long except) {
        return dsl.fetchExists(
                MARKETPLACE, DSL.lower(MARKETPLACE.NAME).eq(name.toLowerCase()).and(MARKETPLACE.ID.ne(except)));
    }

    long insert(String name, String nameBn) {
        Integer last =
                dsl.select(DSL.max(MARKETPLACE.SORT_ORDER)).from(MARKETPLACE).fetchOne(0, Integer.class);
        return Objects.requireNonNull(dsl.insertInto(MARKETPLACE)
                .set(MARKETPLACE.NAME, name)
                .set(MARKETPLACE.NAME_BN, nameBn)
                .set(MARKETPLACE.ACTIVE, true)
                .set(MARKETPLACE.SORT_ORDER, last == null ? 1 : last + 1)
                .returning(MARKETPLACE.ID)
                .fetchOne(MARKETPLACE.ID));
    }

    void rename(long id, String name, String nameBn) {
        dsl.update(MARKETPLACE)
                .set(MARKETPLACE.NAME, name)
                .set(MARKETPLACE.NAME_BN, nameBn)
                .where(MARKETPLACE.ID.eq(id))
                .execute();
    }

    void setActive(long id, boolean active) {
        dsl.update(MARKETPLACE)
                .set(MARKETPLACE.ACTIVE, active)
                .where(MARKETPLACE.ID.eq(id))
                .execute();
    }
}
