package app.haat.sales;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.ASSIGNMENT;
import static app.haat.db.Tables.CHECK_IN;
import static app.haat.db.Tables.EXHIBITION;
import static app.haat.db.Tables.EXHIBITION_SLOT;
import static app.haat.db.Tables.KIOSK;
import static app.haat.db.Tables.MUNICIPALITY;
import static app.haat.db.Tables.SALES_REPORT;
import static app.haat.db.Tables.SALES_SETTING;
import static app.haat.db.Tables.SHG_GROUP;
import static org.jooq.Records.mapping;

import app.haat.allocation.AssignmentJoin;
import app.haat.db.tables.records.SalesReportRecord;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.ExhibitionStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class SalesRepository {

    private final DSLContext dsl;

    SalesRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The application's exhibition, group, status, and the exhibition's status. */
    record Stand(
            long applicationId,
            long exhibitionId,
            long groupId,
            ApplicationStatus status,
            ExhibitionStatus exhibitionStatus) {}

    Optional<Stand> stand(long applicationId) {
        return dsl.select(
                        APPLICATION.ID,
                        APPLICATION.EXHIBITION_ID,
                        APPLICATION.GROUP_ID,
                        APPLICATION.STATUS,
                        EXHIBITION.STATUS)
                .from(APPLICATION)
                .join(EXHIBITION)
                .on(EXHIBITION.ID.eq(APPLICATION.EXHIBITION_ID))
                .where(APPLICATION.ID.eq(applicationId))
                .fetchOptional(mapping(Stand::new));
    }

    /** Whether the application holds a seat in a slot that covers the day, and the day is not lost (slot closed). */
    boolean assignedOn(long applicationId, LocalDate day) {
        return dsl.fetchExists(dsl.selectOne()
                .from(ASSIGNMENT)
                .join(EXHIBITION_SLOT)
                .on(EXHIBITION_SLOT.ID.eq(ASSIGNMENT.SLOT_ID))
                .where(ASSIGNMENT
                        .APPLICATION_ID
                        .eq(applicationId)
                        .and(EXHIBITION_SLOT.STARTS_ON.le(day))
                        .and(EXHIBITION_SLOT.ENDS_ON.ge(day))
                        .and(EXHIBITION_SLOT.CLOSED_FROM.isNull().or(EXHIBITION_SLOT.CLOSED_FROM.gt(day)))));
    }

    /** The slot's last open day: the day before its lost days, if it lost some (before its start: none open). */
    private static Field<LocalDate> openUntil() {
        return DSL.coalesce(DSL.localDateSub(EXHIBITION_SLOT.CLOSED_FROM, DSL.inline(1)), EXHIBITION_SLOT.ENDS_ON);
    }

    /** The days the application holds a seat, up to and including the given day. */
    List<LocalDate> assignedDaysUpTo(long applicationId, LocalDate last) {
        return dsl
                .select(EXHIBITION_SLOT.STARTS_ON, openUntil())
                .from(ASSIGNMENT)
                .join(EXHIBITION_SLOT)
                .on(EXHIBITION_SLOT.ID.eq(ASSIGNMENT.SLOT_ID))
                .where(ASSIGNMENT.APPLICATION_ID.eq(applicationId))
                .fetch(mapping((from, to) -> from.datesUntil(to.plusDays(1))
                        .filter(d -> !d.isAfter(last))
                        .toList()))
                .stream()
                .flatMap(List::stream)
                .toList();
    }

    /** A day's report as it stands, with who entered it (read under a row lock: the change that follows decides). */
    record Entered(
            int amount, @Nullable Integer cash, @Nullable Integer upi, int items, String enteredBy, boolean onBehalf) {}

    Optional<Entered> entered(long applicationId, LocalDate day) {
        return dsl.select(
                        SALES_REPORT.AMOUNT_RUPEES,
                        SALES_REPORT.CASH_RUPEES,
                        SALES_REPORT.UPI_RUPEES,
                        SALES_REPORT.ITEMS,
                        SALES_REPORT.ENTERED_BY,
                        SALES_REPORT.ON_BEHALF)
                .from(SALES_REPORT)
                .where(SALES_REPORT.APPLICATION_ID.eq(applicationId).and(SALES_REPORT.SALES_DAY.eq(day)))
                .forUpdate()
                .fetchOptional(mapping(Entered::new));
    }

    void upsertReport(
            long applicationId,
            LocalDate day,
            SalesAmounts.Stored amount,
            int items,
            @Nullable String note,
            String actor,
            boolean onBehalf,
            OffsetDateTime now) {
        int updated = dsl.update(SALES_REPORT)
                .set(SALES_REPORT.AMOUNT_RUPEES, amount.total())
                .set(SALES_REPORT.CASH_RUPEES, amount.cash())
                .set(SALES_REPORT.UPI_RUPEES, amount.upi())
                .set(SALES_REPORT.ITEMS, items)
                .set(SALES_REPORT.NOTE, note)
                .set(SALES_REPORT.ENTERED_BY, actor)
                .set(SALES_REPORT.ON_BEHALF, onBehalf)
                .set(SALES_REPORT.ENTERED_AT, now)
                .where(SALES_REPORT.APPLICATION_ID.eq(applicationId).and(SALES_REPORT.SALES_DAY.eq(day)))
                .execute();
        if (updated == 0) {
            dsl.insertInto(SALES_REPORT)
                    .set(SALES_REPORT.APPLICATION_ID, applicationId)
                    .set(SALES_REPORT.SALES_DAY, day)
                    .set(SALES_REPORT.AMOUNT_RUPEES, amount.total())
                    .set(SALES_REPORT.CASH_RUPEES, amount.cash())
                    .set(SALES_REPORT.UPI_RUPEES, amount.upi())
                    .set(SALES_REPORT.ITEMS, items)
                    .set(SALES_REPORT.NOTE, note)
                    .set(SALES_REPORT.ENTERED_BY, actor)
                    .set(SALES_REPORT.ON_BEHALF, onBehalf)
                    .set(SALES_REPORT.ENTERED_AT, now)
                    .execute();
        }
    }

    /** A day's report: the total, cash and UPI (both null: a total only), items, note, who entered it. */
    record Report(
            LocalDate day,
            int amount,
            @Nullable Integer cash,
            @Nullable Integer upi,
            int items,
            @Nullable String note,
            boolean onBehalf,
            String enteredBy) {}

    List<Report> reports(long applicationId) {
        return dsl.selectFrom(SALES_REPORT)
                .where(SALES_REPORT.APPLICATION_ID.eq(applicationId))
                .orderBy(SALES_REPORT.SALES_DAY)
                .fetch(SalesRepository::report);
    }

    private static Report report(SalesReportRecord r) {
        return new Report(
                r.getSalesDay(),
                r.getAmountRupees(),
                r.getCashRupees(),
                r.getUpiRupees(),
                r.getItems(),
                r.getNote(),
                r.getOnBehalf(),
                r.getEnteredBy());
    }

    void upsertCheckIn(long applicationId, LocalDate day, boolean present, String actor, OffsetDateTime now) {
        int updated = dsl.update(CHECK_IN)
                .set(CHECK_IN.PRESENT, present)
                .set(CHECK_IN.MARKED_BY, actor)
                .set(CHECK_IN.MARKED_AT, now)
                .where(CHECK_IN.APPLICATION_ID.eq(applicationId).and(CHECK_IN.CHECK_DAY.eq(day)))
                .execute();
        if (updated == 0) {
            dsl.insertInto(CHECK_IN)
                    .set(CHECK_IN.APPLICATION_ID, applicationId)
                    .set(CHECK_IN.CHECK_DAY, day)
                    .set(CHECK_IN.PRESENT, present)
                    .set(CHECK_IN.MARKED_BY, actor)
                    .set(CHECK_IN.MARKED_AT, now)
                    .execute();
        }
    }

    int ceiling() {
        return Objects.requireNonNull(
                dsl.select(SALES_SETTING.CEILING_RUPEES).from(SALES_SETTING).fetchOne(SALES_SETTING.CEILING_RUPEES));
    }

    void setCeiling(int rupees) {
        dsl.update(SALES_SETTING).set(SALES_SETTING.CEILING_RUPEES, rupees).execute();
    }

    /** One seat of a stand: the application holds the kiosk for the slot's days. */
    record SeatLine(
            long applicationId,
            String groupName,
            String municipalityEn,
            String municipalityBn,
            String kioskCode,
            LocalDate from,
            LocalDate to) {}

    /** The exhibition's seats ordered by application, then slot, through a cursor; the caller closes it. */
    Stream<SeatLine> seats(long exhibitionId) {
        return dsl.select(
                        APPLICATION.ID,
                        SHG_GROUP.NAME,
                        MUNICIPALITY.NAME_EN,
                        MUNICIPALITY.NAME_BN,
                        KIOSK.CODE,
                        EXHIBITION_SLOT.STARTS_ON,
                        openUntil())
                .from(AssignmentJoin.seats())
                .where(ASSIGNMENT
                        .EXHIBITION_ID
                        .eq(exhibitionId)
                        .and(EXHIBITION_SLOT
                                .CLOSED_FROM
                                .isNull()
                                .or(EXHIBITION_SLOT.CLOSED_FROM.gt(EXHIBITION_SLOT.STARTS_ON))))
                .orderBy(APPLICATION.ID, EXHIBITION_SLOT.STARTS_ON)
                .fetchSize(500)
                .fetchStream()
                .map(mapping(SeatLine::new));
    }

    /** A report of some stand of the exhibition. */
    record ReportLine(long applicationId, Report report) {}

    /** The exhibition's reports ordered by application and day, through a cursor; the caller closes it. */
    Stream<ReportLine> reportLines(long exhibitionId) {
        return dsl.select(SALES_REPORT.fields())
                .from(SALES_REPORT)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(SALES_REPORT.APPLICATION_ID))
                .where(APPLICATION.EXHIBITION_ID.eq(exhibitionId))
                .orderBy(SALES_REPORT.APPLICATION_ID, SALES_REPORT.SALES_DAY)
                .fetchSize(500)
                .fetchStream()
                .map(r -> r.into(SALES_REPORT))
                .map(r -> new ReportLine(r.getApplicationId(), report(r)));
    }

    /** A check-in mark of some stand of the exhibition. */
    record CheckLine(long applicationId, LocalDate day, boolean present) {}

    /** The exhibition's check-ins ordered by application and day, through a cursor; the caller closes it. */
    Stream<CheckLine> checkLines(long exhibitionId) {
        return dsl.select(CHECK_IN.APPLICATION_ID, CHECK_IN.CHECK_DAY, CHECK_IN.PRESENT)
                .from(CHECK_IN)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(CHECK_IN.APPLICATION_ID))
                .where(APPLICATION.EXHIBITION_ID.eq(exhibitionId))
                .orderBy(CHECK_IN.APPLICATION_ID, CHECK_IN.CHECK_DAY)
                .fetchSize(500)
                .fetchStream()
                .map(mapping(CheckLine::new));
    }
}
