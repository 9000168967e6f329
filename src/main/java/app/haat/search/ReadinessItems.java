package app.haat.search;

import static app.haat.db.Tables.SHG_GROUP;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * How many of the five online-selling readiness items a group has done (PAN, GSTIN, bank account, three photos,
 * e-retail training), as SQL: the group registry filters and sorts by it, the search index counts it in a facet,
 * the dashboard counts the ready groups. It is a rule of the group registry, kept here in search, the one of its three
 * users that the other two may depend on: the registry's view embeds the search panel, so in {@code group} it would
 * make a cycle.
 */
public final class ReadinessItems {

    public static final int ITEMS = 5;
    public static final int PHOTOS_NEEDED = 3;
    public static final Field<Integer> DONE = done(SHG_GROUP.PAN.isNotNull())
            .plus(done(SHG_GROUP.GSTIN.isNotNull()))
            .plus(done(SHG_GROUP.BANK_ACCOUNT.isNotNull().and(SHG_GROUP.IFSC.isNotNull())))
            .plus(done(SHG_GROUP.PHOTO_COUNT.ge(PHOTOS_NEEDED)))
            .plus(done(SHG_GROUP.ERETAIL_TRAINED_AT.isNotNull()));

    private ReadinessItems() {}

    private static Field<Integer> done(Condition item) {
        return DSL.when(item, 1).else_(0);
    }
}
