package app.haat.dashboard;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.DISTRICT;
import static app.haat.db.Tables.EXHIBITION;
import static app.haat.db.Tables.MUNICIPALITY;
import static app.haat.db.Tables.SALES_REPORT;
import static app.haat.db.Tables.SHG_GROUP;

import app.haat.core.i18n.LocalizedName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.GroupField;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The UPI share of sales reported with cash and UPI apart, by exhibition, by the group's district and by month, for a
 * set of municipalities (null: the whole state) from a day (null: all). A report with a total only has neither part;
 * it is counted, never shared out.
 */
@Repository
class UpiShareRepository {

    /** The latest exhibitions shown: enough for a year of a municipality's fairs. */
    static final int EXHIBITIONS = 12;

    private static final Field<BigDecimal> CASH = DSL.sum(SALES_REPORT.CASH_RUPEES);
    private static final Field<BigDecimal> UPI = DSL.sum(SALES_REPORT.UPI_RUPEES);
    private static final Field<Integer> SPLIT = DSL.count(SALES_REPORT.CASH_RUPEES);
    private static final Field<Integer> ALL = DSL.count();

    private final DSLContext dsl;

    UpiShareRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The whole, and by exhibition, district and month. */
    UpiShare share(@Nullable Set<Long> municipalities, @Nullable LocalDate from) {
        return UpiShare.of(
                byExhibition(municipalities, from), byDistrict(municipalities, from), byMonth(municipalities, from));
    }

    /** The latest exhibitions first (by their first day), at most {@link #EXHIBITIONS}. */
    List<UpiShareLine> byExhibition(@Nullable Set<Long> municipalities, @Nullable LocalDate from) {
        return lines(
                municipalities,
                from,
                List.of(EXHIBITION.ID, EXHIBITION.TITLE, EXHIBITION.TITLE_BN, EXHIBITION.STARTS_ON),
                List.of(EXHIBITION.STARTS_ON.desc(), EXHIBITION.ID.desc()),
                EXHIBITIONS,
                r -> new Labels(
                        r.get(EXHIBITION.TITLE),
                        LocalizedName.pick(r.get(EXHIBITION.TITLE), r.get(EXHIBITION.TITLE_BN), true)));
    }

    /** By the reporting group's district, in the districts' English order. */
    List<UpiShareLine> byDistrict(@Nullable Set<Long> municipalities, @Nullable LocalDate from) {
        return lines(
                municipalities,
                from,
                List.of(DISTRICT.ID, DISTRICT.NAME_EN, DISTRICT.NAME_BN),
                List.of(DISTRICT.NAME_EN.asc()),
                Integer.MAX_VALUE,
                r -> new Labels(r.get(DISTRICT.NAME_EN), r.get(DISTRICT.NAME_BN)));
    }

    /** By month ("2026-11"), oldest first. */
    List<UpiShareLine> byMonth(@Nullable Set<Long> municipalities, @Nullable LocalDate from) {
        Field<Integer> year = DSL.year(SALES_REPORT.SALES_DAY);
        Field<Integer> month = DSL.month(SALES_REPORT.SALES_DAY);
        return lines(
                municipalities, from, List.of(year, month), List.of(year.asc(), month.asc()), Integer.MAX_VALUE, r -> {
                    String label = String.format("%04d-%02d", r.get(year), r.get(month));
                    return new Labels(label, label);
                });
    }

    /** Reports summed by the given keys: cash, UPI, reports with the split, all reports; labelled by {@code label}. */
    private List<UpiShareLine> lines(
            @Nullable Set<Long> municipalities,
            @Nullable LocalDate from,
            List<? extends GroupField> keys,
            List<? extends SortField<?>> order,
            int limit,
            Function<Record, Labels> label) {
        List<Field<?>> fields = new ArrayList<>();
        keys.forEach(k -> fields.add((Field<?>) k));
        fields.addAll(List.of(CASH, UPI, SPLIT, ALL));
        return dsl.select(fields)
                .from(SALES_REPORT)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(SALES_REPORT.APPLICATION_ID))
                .join(EXHIBITION)
                .on(EXHIBITION.ID.eq(APPLICATION.EXHIBITION_ID))
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(APPLICATION.GROUP_ID))
                .join(MUNICIPALITY)
                .on(MUNICIPALITY.ID.eq(SHG_GROUP.MUNICIPALITY_ID))
                .join(DISTRICT)
                .on(DISTRICT.ID.eq(MUNICIPALITY.DISTRICT_ID))
                .where(DashboardRepository.sales(municipalities, from))
                .groupBy(keys)
                .orderBy(order)
                .limit(limit)
                .fetch(r -> {
                    Labels labels = label.apply(r);
                    int split = r.get(SPLIT);
                    return UpiShareLine.of(
                            labels.en(),
                            labels.bn(),
                            rupees(r.get(CASH)),
                            rupees(r.get(UPI)),
                            split,
                            r.get(ALL) - split);
                });
    }

    /** A line's label in English and Bengali. */
    private record Labels(String en, String bn) {}

    private static long rupees(@Nullable BigDecimal sum) {
        return sum == null ? 0 : sum.longValue();
    }
}
