package app.haat.search;

import static app.haat.db.Tables.CATEGORY;
import static app.haat.db.Tables.GROUP_CATEGORY;
import static app.haat.db.Tables.SHG_GROUP;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * How many of the six online-selling readiness items a group has done, as SQL: PAN; GST (a GSTIN, or a GST enrolment
 * number under Notification 34/2023–Central Tax, which allows selling online within West Bengal only); FSSAI
 * registration for a group that makes food (a group that makes none has nothing to do); a way to be paid online (a
 * bank account with its IFSC); three photos; e-retail training. The group registry filters and sorts by it, the search
 * index counts it in a facet, the dashboard counts the ready groups; {@code group.Readiness} says the same in Java
 * (a test keeps the two alike). It is a rule of the group registry, kept here in search, the one of its three users
 * that the other two may depend on: the registry's view embeds the search panel, so in {@code group} it would make a
 * cycle.
 */
public final class ReadinessItems {

    public static final int ITEMS = 6;
    public static final int PHOTOS_NEEDED = 3;
    public static final String FOOD = "FOOD";

    public static final Condition PAN = SHG_GROUP.PAN.isNotNull();
    /** A GSTIN (anywhere in India) or a GST enrolment number (within West Bengal). */
    public static final Condition GST = SHG_GROUP.GSTIN.isNotNull().or(SHG_GROUP.GST_ENROLMENT.isNotNull());

    public static final Condition FOOD_GROUP = DSL.exists(DSL.selectOne()
            .from(GROUP_CATEGORY)
            .join(CATEGORY)
            .on(CATEGORY.ID.eq(GROUP_CATEGORY.CATEGORY_ID))
            .where(GROUP_CATEGORY.GROUP_ID.eq(SHG_GROUP.ID), CATEGORY.CODE.eq(FOOD)));
    /** FSSAI registration, or nothing to register: a group that makes no food. */
    public static final Condition FSSAI = SHG_GROUP.FSSAI_NUMBER.isNotNull().or(DSL.not(FOOD_GROUP));

    public static final Condition PAYMENT = payment();
    public static final Condition PHOTOS = SHG_GROUP.PHOTO_COUNT.ge(PHOTOS_NEEDED);
    public static final Condition TRAINED = SHG_GROUP.ERETAIL_TRAINED_AT.isNotNull();
    /** Every item done. */
    public static final Condition READY =
            PAN.and(GST).and(FSSAI).and(PAYMENT).and(PHOTOS).and(TRAINED);

    /** Something done, an FSSAI registration not needed by a group that makes no food aside. */
    public static final Condition STARTED = PAN.or(GST)
            .or(SHG_GROUP.FSSAI_NUMBER.isNotNull())
            .or(PAYMENT)
            .or(PHOTOS)
            .or(TRAINED);

    /** The level the registry's filter and the search facet use: NONE (nothing done yet), PARTLY, READY. */
    public static final Field<String> LEVEL = DSL.when(READY, DSL.inline("READY"))
            .when(STARTED, DSL.inline("PARTLY"))
            .else_(DSL.inline("NONE"));

    public static final Field<Integer> DONE = done(PAN)
            .plus(done(GST))
            .plus(done(FSSAI))
            .plus(done(PAYMENT))
            .plus(done(PHOTOS))
            .plus(done(TRAINED));

    /** Where a group may sell online: INDIA with a GSTIN, WEST_BENGAL with an enrolment number only, else NONE. */
    public static final Field<String> REACH = DSL.when(SHG_GROUP.GSTIN.isNotNull(), DSL.inline("INDIA"))
            .when(SHG_GROUP.GST_ENROLMENT.isNotNull(), DSL.inline("WEST_BENGAL"))
            .else_(DSL.inline("NONE"));

    private ReadinessItems() {}

    /**
     * A way to be paid online: a bank account with its IFSC, or a UPI ID; {@code group.Readiness#payment} says the
     * same.
     */
    private static Condition payment() {
        return SHG_GROUP
                .BANK_ACCOUNT
                .isNotNull()
                .and(SHG_GROUP.IFSC.isNotNull())
                .or(SHG_GROUP.UPI_ID.isNotNull());
    }

    private static Field<Integer> done(Condition item) {
        return DSL.when(item, 1).else_(0);
    }
}
