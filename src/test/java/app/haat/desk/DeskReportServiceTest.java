package app.haat.desk;

import static app.haat.db.Tables.APP_USER;
import static app.haat.db.Tables.DESK_APPOINTMENT;
import static app.haat.db.Tables.DESK_CASE;
import static app.haat.db.Tables.SHG_GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.region.CentreDirectoryService;
import app.haat.region.NearbyCentre;
import app.haat.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A centre's report computed from cases the test makes at a centre of its own: open cases by type and step, outcomes
 * with the median days (odd and even counts), the zone's ready groups by where they may sell; who may read it; and the
 * nearest centres of a group of no zone.
 */
class DeskReportServiceTest extends IntegrationTest {

    @Autowired
    DeskFixtures desk;

    @Autowired
    DeskRequestService requests;

    @Autowired
    DeskStepService steps;

    @Autowired
    DeskReportService reports;

    @Autowired
    CentreDirectoryService centres;

    @Autowired
    DSLContext dsl;

    private static final OffsetDateTime ASKED =
            OffsetDateTime.of(2026, 10, 1, 10, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30));

    /** A case forwarded to the centre for a new group of no zone, accepted by the staff (then requested). */
    private long accepted(long centre, String staff, RequestType type) {
        DeskFixtures.TestGroup group = desk.group("Berhampore", Set.of("HANDLOOM"));
        long id = desk.accounts.as(group.officer(), () -> requests.request(centre, group.id(), type, null));
        desk.accounts.as(staff, () -> steps.accept(id));
        return id;
    }

    /** A case taken to its outcome (refused: no number to validate), asked and closed this many days apart. */
    private void closed(long centre, String staff, RequestType type, int days, boolean refused) {
        long id = accepted(centre, staff, type);
        desk.accounts.as(staff, () -> steps.documentsComplete(id));
        desk.accounts.as(staff, () -> steps.submitted(id, "REF-" + id));
        if (refused) {
            desk.accounts.as(staff, () -> steps.refused(id, "Papers did not match"));
        } else {
            desk.accounts.as(staff, () -> steps.obtained(id, "AAGFM" + (1000 + id % 9000) + "K", null));
        }
        dsl.update(DESK_CASE)
                .set(DESK_CASE.REQUESTED_AT, ASKED)
                .set(DESK_CASE.UPDATED_AT, ASKED.plusDays(days).plusHours(3))
                .where(DESK_CASE.ID.eq(id))
                .execute();
    }

    private void appointment(
            long caseId,
            long staffId,
            AppointmentStatus status,
            @org.jspecify.annotations.Nullable AppointmentOutcome outcome) {
        dsl.insertInto(DESK_APPOINTMENT)
                .set(DESK_APPOINTMENT.CASE_ID, caseId)
                .set(DESK_APPOINTMENT.STAFF_ID, staffId)
                .set(DESK_APPOINTMENT.STARTS_AT, ASKED.plusDays(1))
                .set(DESK_APPOINTMENT.ENDS_AT, ASKED.plusDays(1).plusMinutes(30))
                .set(DESK_APPOINTMENT.STATUS, status)
                .set(DESK_APPOINTMENT.OUTCOME, outcome)
                .set(DESK_APPOINTMENT.BOOKED_BY, "report-test")
                .set(DESK_APPOINTMENT.UPDATED_AT, ASKED.plusDays(1))
                .execute();
    }

    @Test
    void theReportCountsOpenCasesByTypeAndStepAndTheMedianDaysToAnOutcome() {
        long centre = desk.ownCentre();
        String staff = desk.staffOf(centre);
        // open: PAN forwarded ×1, requested ×2, documents complete ×1; bank submitted ×1
        DeskFixtures.TestGroup waiting = desk.group("Berhampore", Set.of("HANDLOOM"));
        desk.accounts.as(waiting.officer(), () -> requests.request(centre, waiting.id(), RequestType.PAN, null));
        accepted(centre, staff, RequestType.PAN);
        accepted(centre, staff, RequestType.PAN);
        long documents = accepted(centre, staff, RequestType.PAN);
        desk.accounts.as(staff, () -> steps.documentsComplete(documents));
        long bank = accepted(centre, staff, RequestType.BANK_ACCOUNT);
        desk.accounts.as(staff, () -> steps.documentsComplete(bank));
        desk.accounts.as(staff, () -> steps.submitted(bank, "BANK-1"));
        // closed PAN: 2, 10 and 4 days (odd count: median 4); closed GST: 3 and 6 days (even: median 4.5)
        closed(centre, staff, RequestType.PAN, 2, false);
        closed(centre, staff, RequestType.PAN, 10, true);
        closed(centre, staff, RequestType.PAN, 4, false);
        closed(centre, staff, RequestType.GST_REGISTRATION, 3, true);
        closed(centre, staff, RequestType.GST_REGISTRATION, 6, true);

        CentreReport report = desk.accounts.as(staff, () -> reports.report(centre));
        CentreReport.TypeLine pan = line(report, RequestType.PAN);
        assertThat(pan.open(CaseStatus.FORWARDED)).isEqualTo(1);
        assertThat(pan.open(CaseStatus.REQUESTED)).isEqualTo(2);
        assertThat(pan.open(CaseStatus.DOCUMENTS_COMPLETE)).isEqualTo(1);
        assertThat(pan.open(CaseStatus.SUBMITTED)).isZero();
        assertThat(pan.openTotal()).isEqualTo(4);
        assertThat(pan.obtained()).isEqualTo(2);
        assertThat(pan.refused()).isEqualTo(1);
        assertThat(pan.medianDays()).isEqualTo(4.0);
        CentreReport.TypeLine gst = line(report, RequestType.GST_REGISTRATION);
        assertThat(gst.openTotal()).isZero();
        assertThat(gst.refused()).isEqualTo(2);
        assertThat(gst.medianDays()).isEqualTo(4.5);
        assertThat(CentreReport.days(gst.medianDays())).isEqualTo("4.5");
        CentreReport.TypeLine banks = line(report, RequestType.BANK_ACCOUNT);
        assertThat(banks.open(CaseStatus.SUBMITTED)).isEqualTo(1);
        assertThat(banks.medianDays()).isNull();
        // the total: every open case, every outcome, the median over all five closed (2, 3, 4, 6, 10)
        assertThat(report.total().openTotal()).isEqualTo(5);
        assertThat(report.total().obtained() + report.total().refused()).isEqualTo(5);
        assertThat(report.total().medianDays()).isEqualTo(4.0);
        assertThat(report.lines()).hasSize(RequestType.values().length);
        // no appointment marked yet
        assertThat(report.total().appointmentsKept()).isZero();
        assertThat(report.total().appointmentsMissed()).isZero();
        // appointments as staff marked them: kept and missed count, called off and unmarked ones do not
        long staffId = dsl.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(staff))
                .fetchSingle(APP_USER.ID);
        appointment(documents, staffId, AppointmentStatus.BOOKED, AppointmentOutcome.KEPT);
        appointment(bank, staffId, AppointmentStatus.BOOKED, AppointmentOutcome.MISSED);
        appointment(bank, staffId, AppointmentStatus.BOOKED, AppointmentOutcome.KEPT);
        appointment(bank, staffId, AppointmentStatus.CANCELLED, null);
        appointment(documents, staffId, AppointmentStatus.BOOKED, null);
        CentreReport marked = desk.accounts.as(staff, () -> reports.report(centre));
        assertThat(line(marked, RequestType.PAN).appointmentsKept()).isEqualTo(1);
        assertThat(line(marked, RequestType.PAN).appointmentsMissed()).isZero();
        assertThat(line(marked, RequestType.BANK_ACCOUNT).appointmentsKept()).isEqualTo(1);
        assertThat(line(marked, RequestType.BANK_ACCOUNT).appointmentsMissed()).isEqualTo(1);
        assertThat(marked.total().appointmentsKept()).isEqualTo(2);
        assertThat(marked.total().appointmentsMissed()).isEqualTo(1);
        // a zone without districts has no groups
        assertThat(report.ready()).isEqualTo(new CentreReport.ReadyGroups(0, 0, 0));
        // an admin reads any centre's report alike
        assertThat(desk.accounts.as(desk.accounts.admin(), () -> reports.report(centre)))
                .isEqualTo(marked);
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleAndOfAnEvenCountTheMeanOfTheTwoMiddles() {
        assertThat(DeskReportService.median(new long[] {})).isNull();
        assertThat(DeskReportService.median(new long[] {7})).isEqualTo(7.0);
        assertThat(DeskReportService.median(new long[] {9, 1, 5})).isEqualTo(5.0);
        assertThat(DeskReportService.median(new long[] {8, 1, 2, 5})).isEqualTo(3.5);
        assertThat(CentreReport.days(3.0)).isEqualTo("3");
    }

    @Test
    void theZonesReadyGroupsAreCountedApartByWhereTheyMaySell() {
        long centre = desk.northDumDum();
        String staff = desk.staffOf(centre);
        CentreReport.ReadyGroups before =
                desk.accounts.as(staff, () -> reports.report(centre)).ready();
        long india = desk.group("Bidhannagar", Set.of("CRAFT")).id();
        long westBengal = desk.group("Bidhannagar", Set.of("CRAFT")).id();
        long notYet = desk.group("Bidhannagar", Set.of("CRAFT")).id();
        long elsewhere = desk.group("Medinipur", Set.of("CRAFT")).id();
        for (long id : List.of(india, westBengal, notYet, elsewhere)) {
            dsl.update(SHG_GROUP)
                    .set(SHG_GROUP.PAN, "AAGFM1234K")
                    .set(SHG_GROUP.BANK_ACCOUNT, "123456789012")
                    .set(SHG_GROUP.IFSC, "SBIN0001234")
                    .set(SHG_GROUP.PHOTO_COUNT, 3)
                    .set(SHG_GROUP.ERETAIL_TRAINED_AT, OffsetDateTime.now())
                    .where(SHG_GROUP.ID.eq(id))
                    .execute();
        }
        dsl.update(SHG_GROUP)
                .set(SHG_GROUP.GSTIN, DeskServiceTest.GSTIN)
                .where(SHG_GROUP.ID.in(india, elsewhere))
                .execute();
        dsl.update(SHG_GROUP)
                .set(SHG_GROUP.GST_ENROLMENT, "ENR190000999")
                .where(SHG_GROUP.ID.eq(westBengal))
                .execute();

        CentreReport.ReadyGroups after =
                desk.accounts.as(staff, () -> reports.report(centre)).ready();
        assertThat(after.verified() - before.verified()).isEqualTo(3);
        assertThat(after.readyIndia() - before.readyIndia()).isEqualTo(1);
        assertThat(after.readyWestBengal() - before.readyWestBengal()).isEqualTo(1);
    }

    @Test
    void onlyTheCentresOwnStaffAndAdminsReadItsReport() {
        long centre = desk.northDumDum();
        String otherStaff = desk.staffOf(desk.medinipur());
        DeskFixtures.TestGroup group = desk.group("Bidhannagar", Set.of("CRAFT"));
        assertThatThrownBy(() -> desk.accounts.as(otherStaff, () -> reports.report(centre)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.accounts.as(desk.accounts.staff(), () -> reports.report(centre)))
                .isInstanceOf(AccessDeniedException.class);
        // officers do not read it, not even of their own zone's centre: it counts groups outside their municipalities
        assertThatThrownBy(() -> desk.accounts.as(group.officer(), () -> reports.report(centre)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("desk.report.error.staffOnly");
        assertThatThrownBy(() -> desk.accounts.as(group.mobile(), () -> reports.report(centre)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aGroupOfNoZoneSeesTheCentresNearestFirstWithTheirDistance() {
        DeskFixtures.TestGroup berhampore = desk.group("Berhampore", Set.of("CRAFT"));
        List<NearbyCentre> fromMurshidabad = desk.accounts
                .as(berhampore.mobile(), () -> requests.home(berhampore.id()))
                .otherCentres();
        List<Long> located = fromMurshidabad.stream()
                .filter(c -> c.km() != null)
                .map(c -> c.centre().id())
                .toList();
        assertThat(located).containsExactly(desk.northDumDum(), desk.medinipur());
        // Baharampur to North Dum Dum is about 162 km, to Medinipur about 210 km
        assertThat(fromMurshidabad.getFirst().roundKm()).isBetween(150L, 175L);
        assertThat(fromMurshidabad.get(1).roundKm()).isBetween(195L, 225L);
        // centres without a location come last, with no distance
        assertThat(fromMurshidabad.subList(2, fromMurshidabad.size())).allMatch(c -> c.km() == null);

        // from Asansol (Paschim Bardhaman, no zone) Medinipur is the nearer
        DeskFixtures.TestGroup asansol = desk.group("Asansol", Set.of("CRAFT"));
        List<Long> fromAsansol =
                desk.accounts.as(asansol.officer(), () -> requests.home(asansol.id())).otherCentres().stream()
                        .filter(c -> c.km() != null)
                        .map(c -> c.centre().id())
                        .toList();
        assertThat(fromAsansol).containsExactly(desk.medinipur(), desk.northDumDum());
        // a group of a zone sees its own centre, not the list
        DeskFixtures.TestGroup zoned = desk.group("Bidhannagar", Set.of("CRAFT"));
        assertThat(desk.accounts
                        .as(zoned.mobile(), () -> requests.home(zoned.id()))
                        .otherCentres())
                .isEmpty();
        assertThat(desk.accounts
                        .as(berhampore.mobile(), () -> requests.home(berhampore.id()))
                        .helpLine())
                .isNotBlank();
    }

    private static CentreReport.TypeLine line(CentreReport report, RequestType type) {
        return report.lines().stream().filter(l -> l.type() == type).findFirst().orElseThrow();
    }
}
