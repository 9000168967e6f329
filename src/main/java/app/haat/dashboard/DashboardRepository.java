package app.haat.dashboard;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.APPLICATION_PRODUCT;
import static app.haat.db.Tables.ASSIGNMENT;
import static app.haat.db.Tables.CATEGORY;
import static app.haat.db.Tables.EXHIBITION;
import static app.haat.db.Tables.GROUP_CATEGORY;
import static app.haat.db.Tables.GROUP_MEMBER;
import static app.haat.db.Tables.MUNICIPALITY;
import static app.haat.db.Tables.PRODUCT;
import static app.haat.db.Tables.SALES_REPORT;
import static app.haat.db.Tables.SHG_GROUP;
import static app.haat.db.Tables.VENUE;
import static org.jooq.Records.mapping;

import app.haat.group.GroupStatus;
import app.haat.search.ReadinessItems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The programme's figures, for a set of municipalities (null: the whole state). */
@Repository
class DashboardRepository {

    private final DSLContext dsl;

    DashboardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Condition scope(@Nullable Set<Long> municipalities) {
        return municipalities == null ? DSL.noCondition() : SHG_GROUP.MUNICIPALITY_ID.in(municipalities);
    }

    /** Registered, verified, ready to sell online, members trained, applications, placements, first-timers placed. */
    DashboardService.Figures counts(@Nullable Set<Long> municipalities) {
        Condition scope = scope(municipalities);
        long registered = dsl.fetchCount(
                SHG_GROUP, SHG_GROUP.STATUS.ne(GroupStatus.DELETED).and(scope));
        long verified = dsl.fetchCount(
                SHG_GROUP, SHG_GROUP.STATUS.eq(GroupStatus.VERIFIED).and(scope));
        long ready = dsl.fetchCount(
                SHG_GROUP,
                SHG_GROUP.STATUS.eq(GroupStatus.VERIFIED).and(scope).and(ReadinessItems.DONE.eq(ReadinessItems.ITEMS)));
        long trained = dsl.fetchCount(DSL.selectOne()
                .from(GROUP_MEMBER)
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(GROUP_MEMBER.GROUP_ID))
                .where(GROUP_MEMBER.ERETAIL_TRAINED_AT.isNotNull().and(scope)));
        long applications = dsl.fetchCount(DSL.selectOne()
                .from(APPLICATION)
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(APPLICATION.GROUP_ID))
                .where(scope));
        long placements = dsl.fetchCount(DSL.selectOne()
                .from(ASSIGNMENT)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(ASSIGNMENT.APPLICATION_ID))
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(APPLICATION.GROUP_ID))
                .where(scope));
        // groups whose only placements are in a single exhibition: placed for the first time
        long firstTimers = dsl.fetchCount(DSL.select(APPLICATION.GROUP_ID)
                .from(ASSIGNMENT)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(ASSIGNMENT.APPLICATION_ID))
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(APPLICATION.GROUP_ID))
                .where(scope)
                .groupBy(APPLICATION.GROUP_ID)
                .having(DSL.countDistinct(ASSIGNMENT.EXHIBITION_ID).eq(1)));
        return new DashboardService.Figures(
                registered, verified, ready, trained, applications, placements, firstTimers);
    }

    /** A label with a number: sales in rupees by something. */
    record Figure(String labelEn, String labelBn, long value) {}

    /** One stand's sales of the period with where it stood and what it sold (category names null: none). */
    record StandSales(
            String municipalityEn,
            String municipalityBn,
            String venue,
            String categoryEn,
            String categoryBn,
            long rupees,
            @Nullable String venueBn) {}

    /**
     * Every stand's sales of the period, in the municipalities' scope (null: all), with its group's municipality,
     * its venue and its category: the reports are summed per stand in one pass, and a stand's category (the first,
     * in the categories' order, of the products it applied with, or else of its group) is looked up once per stand,
     * not once per report. The dashboard adds these up by municipality, venue and category.
     */
    List<StandSales> salesByStand(@Nullable Set<Long> municipalities, @Nullable LocalDate from) {
        var totals = DSL.select(
                        SALES_REPORT.APPLICATION_ID,
                        DSL.sum(SALES_REPORT.AMOUNT_RUPEES).as("rupees"))
                .from(SALES_REPORT)
                .where(from == null ? DSL.noCondition() : SALES_REPORT.SALES_DAY.ge(from))
                .groupBy(SALES_REPORT.APPLICATION_ID)
                .asTable("totals");
        var stand = totals.field(SALES_REPORT.APPLICATION_ID);
        var rupees = totals.field("rupees", BigDecimal.class);
        return dsl.select(
                        MUNICIPALITY.NAME_EN,
                        MUNICIPALITY.NAME_BN,
                        VENUE.NAME,
                        CATEGORY.NAME_EN,
                        CATEGORY.NAME_BN,
                        rupees,
                        VENUE.NAME_BN)
                .from(totals)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(stand))
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(APPLICATION.GROUP_ID))
                .join(MUNICIPALITY)
                .on(MUNICIPALITY.ID.eq(SHG_GROUP.MUNICIPALITY_ID))
                .join(EXHIBITION)
                .on(EXHIBITION.ID.eq(APPLICATION.EXHIBITION_ID))
                .join(VENUE)
                .on(VENUE.ID.eq(EXHIBITION.VENUE_ID))
                .leftJoin(CATEGORY)
                .on(CATEGORY.ID.eq(standCategory()))
                .where(scope(municipalities))
                .fetch(mapping(
                        (municipalityEn, municipalityBn, venue, categoryEn, categoryBn, sum, venueBn) -> new StandSales(
                                municipalityEn,
                                municipalityBn,
                                venue,
                                categoryEn,
                                categoryBn,
                                rupeesOf(sum),
                                venueBn)));
    }

    /**
     * A stand's category: the first, in the categories' order, of the products it applied with, or else of its group
     * (correlated with the query's APPLICATION row).
     */
    private static Field<Long> standCategory() {
        var first = CATEGORY.as("first_category");
        var productCategory = DSL.field(DSL.select(PRODUCT.CATEGORY_ID)
                .from(APPLICATION_PRODUCT)
                .join(PRODUCT)
                .on(PRODUCT.ID.eq(APPLICATION_PRODUCT.PRODUCT_ID))
                .join(first)
                .on(first.ID.eq(PRODUCT.CATEGORY_ID))
                .where(APPLICATION_PRODUCT.APPLICATION_ID.eq(APPLICATION.ID))
                .orderBy(first.SORT_ORDER, first.ID)
                .limit(1));
        // not named like a table: PostgreSQL refuses an alias that repeats a table's name in the same query
        var own = CATEGORY.as("own_category");
        var groupCategory = DSL.field(DSL.select(GROUP_CATEGORY.CATEGORY_ID)
                .from(GROUP_CATEGORY)
                .join(own)
                .on(own.ID.eq(GROUP_CATEGORY.CATEGORY_ID))
                .where(GROUP_CATEGORY.GROUP_ID.eq(APPLICATION.GROUP_ID))
                .orderBy(own.SORT_ORDER, own.ID)
                .limit(1));
        return DSL.coalesce(productCategory, groupCategory);
    }

    /** Sales per day, oldest first, from the given day (null: all). */
    List<Figure> salesByDay(@Nullable Set<Long> municipalities, @Nullable LocalDate from) {
        return dsl.select(SALES_REPORT.SALES_DAY, DSL.sum(SALES_REPORT.AMOUNT_RUPEES))
                .from(SALES_REPORT)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(SALES_REPORT.APPLICATION_ID))
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(APPLICATION.GROUP_ID))
                .where(sales(municipalities, from))
                .groupBy(SALES_REPORT.SALES_DAY)
                .orderBy(SALES_REPORT.SALES_DAY)
                .fetch(mapping((day, sum) -> new Figure(day.toString(), day.toString(), rupeesOf(sum))));
    }

    /** Sales per month ("2026-11"), oldest first, from the given day (null: all). */
    List<Figure> salesByMonth(@Nullable Set<Long> municipalities, @Nullable LocalDate from) {
        var year = DSL.year(SALES_REPORT.SALES_DAY);
        var month = DSL.month(SALES_REPORT.SALES_DAY);
        return dsl.select(year, month, DSL.sum(SALES_REPORT.AMOUNT_RUPEES))
                .from(SALES_REPORT)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(SALES_REPORT.APPLICATION_ID))
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(APPLICATION.GROUP_ID))
                .where(sales(municipalities, from))
                .groupBy(year, month)
                .orderBy(year, month)
                .fetch(mapping((y, m, sum) -> {
                    String label = String.format("%04d-%02d", y, m);
                    return new Figure(label, label, rupeesOf(sum));
                }));
    }

    /** A sum of rupees; none (no reports) is 0. */
    private static long rupeesOf(BigDecimal sum) {
        return sum == null ? 0 : sum.longValue();
    }

    /** Sales reports of groups in the municipalities (null: all), from the day (null: all). */
    static Condition sales(@Nullable Set<Long> municipalities, @Nullable LocalDate from) {
        return from == null ? scope(municipalities) : scope(municipalities).and(SALES_REPORT.SALES_DAY.ge(from));
    }
}
