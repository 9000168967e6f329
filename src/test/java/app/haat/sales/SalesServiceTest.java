package app.haat.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.allocation.AllocationService;
import app.haat.allocation.AssignmentRow;
import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Formats;
import app.haat.db.Tables;
import app.haat.exhibition.Application;
import app.haat.exhibition.ApplicationForm;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionStatus;
import app.haat.exhibition.SlotLength;
import app.haat.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Daily sales and check-ins against a real database, and the no-shows reaching the allocator. */
class SalesServiceTest extends IntegrationTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocation;

    @Autowired
    SalesService sales;

    @Autowired
    DSLContext dsl;

    @Test
    void groupsReportTheirDaysOfficersCheckThemInAndNoShowsCostPriority() throws Exception {
        UnderWay stand = UnderWay.start(fx, applications, allocation, dsl, "Baranagar");
        String officer = stand.officer();
        long id = stand.exhibitionId();
        long mall = stand.mall();
        LocalDate today = LocalDate.now(Formats.INDIA);
        List<String> leaders = stand.leaders();
        List<Long> groupIds = stand.groupIds();
        List<AssignmentRow> seats = fx.accounts.as(officer, () -> allocation.assignments(id));
        assertThat(seats).hasSize(2);
        List<Application> all = stand.applications();
        Application placed = all.stream()
                .filter(a -> a.status() == ApplicationStatus.ASSIGNED)
                .findFirst()
                .orElseThrow();
        Application other = all.stream()
                .filter(a -> a.status() == ApplicationStatus.ASSIGNED && a.id() != placed.id())
                .findFirst()
                .orElseThrow();
        Application waiting = all.stream()
                .filter(a -> a.status() == ApplicationStatus.WAITLISTED)
                .findFirst()
                .orElseThrow();
        String leader = leaders.get(groupIds.indexOf(placed.groupId()));

        // the group reports yesterday from its phone; the wrong days and figures are refused with reasons
        fx.accounts.as(leader, () -> sales.report(placed.id(), today.minusDays(1), 4_250, 17, "Kantha sold out"));
        assertThatThrownBy(
                        () -> fx.accounts.as(leader, () -> sales.report(placed.id(), today.minusDays(4), 100, 1, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("sales.error.day");
        assertThatThrownBy(
                        () -> fx.accounts.as(leader, () -> sales.report(placed.id(), today.plusDays(1), 100, 1, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("sales.error.day");
        assertThatThrownBy(() -> fx.accounts.as(leader, () -> sales.report(placed.id(), today, -5, 1, null)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> fx.accounts.as(leader, () -> sales.report(placed.id(), today, 900_000, 1, null)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).contains("sales.error.ceiling"));
        assertThatThrownBy(() -> fx.accounts.as(leader, () -> sales.report(other.id(), today, 100, 1, null)))
                .isInstanceOf(AccessDeniedException.class);
        String waitingLeader = leaders.get(groupIds.indexOf(waiting.groupId()));
        assertThatThrownBy(() -> fx.accounts.as(waitingLeader, () -> sales.report(waiting.id(), today, 100, 1, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("sales.error.notAssigned");

        // the days so far: yesterday reported, the two before it missing (late), today not yet due
        List<SalesService.Day> days = fx.accounts.as(leader, () -> sales.days(placed.id()));
        assertThat(days).hasSize(4);
        assertThat(days)
                .filteredOn(SalesService.Day::missing)
                .extracting(SalesService.Day::day)
                .containsExactly(today.minusDays(3), today.minusDays(2));
        assertThat(days)
                .filteredOn(d -> d.amount() != null)
                .singleElement()
                .satisfies(d -> assertThat(d.amount()).isEqualTo(4_250));

        // the officer enters a report for the other group and checks it in as absent; a stranger cannot
        fx.accounts.as(officer, () -> sales.report(other.id(), today.minusDays(2), 1_000, 4, null));
        fx.accounts.as(officer, () -> sales.checkIn(other.id(), today.minusDays(1), false));
        String stranger = fx.accounts.officer(Set.of(fx.municipality("Kolkata")));
        assertThatThrownBy(() -> fx.accounts.as(stranger, () -> sales.checkIn(other.id(), today, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.accounts.as(leader, () -> sales.checkIn(placed.id(), today, true)))
                .isInstanceOf(AccessDeniedException.class);

        // once finished, only the officer corrects a report, and the audit log says so
        dsl.update(Tables.EXHIBITION)
                .set(Tables.EXHIBITION.STATUS, ExhibitionStatus.FINISHED)
                .where(Tables.EXHIBITION.ID.eq(id))
                .execute();
        assertThatThrownBy(() ->
                        fx.accounts.as(leader, () -> sales.report(placed.id(), today.minusDays(1), 5_000, 20, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("sales.error.closed");
        // the group's figure: the officer replaces it only when saying so
        assertThatThrownBy(() -> fx.accounts.as(
                        officer, () -> sales.report(placed.id(), today.minusDays(1), 5_000, 20, "corrected")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("sales.error.enteredByOther");
        fx.accounts.as(officer, () -> sales.report(placed.id(), today.minusDays(1), 5_000, 20, "corrected", true));
        assertThat(dsl.fetchCount(
                        Tables.AUDIT_LOG,
                        Tables.AUDIT_LOG
                                .ENTITY_TYPE
                                .eq("SALES")
                                .and(Tables.AUDIT_LOG.ENTITY_ID.eq(String.valueOf(placed.id())))
                                .and(Tables.AUDIT_LOG.ACTION.eq("CORRECT_AFTER_CLOSE"))))
                .isEqualTo(1);

        // the next exhibition: both stood here before, but the one absent at check-in goes behind
        long next = fx.openExhibition(
                officer, mall, "Next fair " + System.nanoTime(), today.plusDays(60), 7, SlotLength.WHOLE, 1);
        long nextSlot = fx.accounts
                .as(officer, () -> fx.exhibitions.slots(next))
                .getFirst()
                .id();
        String absentLeader = leaders.get(groupIds.indexOf(other.groupId()));
        long absentApplication = fx.accounts.as(
                absentLeader,
                () -> applications.apply(
                        next,
                        new ApplicationForm(
                                null, List.of(nextSlot), List.of(productOf(other.groupId())), false, false, true)));
        long presentApplication = fx.accounts.as(
                leader,
                () -> applications.apply(
                        next,
                        new ApplicationForm(
                                null, List.of(nextSlot), List.of(productOf(placed.groupId())), false, false, true)));
        dsl.update(Tables.EXHIBITION)
                .set(Tables.EXHIBITION.STARTS_ON, today.plusDays(60))
                .where(Tables.EXHIBITION.ID.eq(next))
                .execute();
        fx.close(officer, next);
        for (int redraw = 1; redraw <= 3; redraw++) { // whatever the lottery draws
            fx.accounts.as(officer, () -> allocation.run(next, "checking the penalty with another draw"));
            assertThat(fx.accounts.as(officer, () -> allocation.assignments(next)))
                    .extracting(AssignmentRow::applicationId)
                    .containsExactly(presentApplication)
                    .doesNotContain(absentApplication);
        }
    }

    private long productOf(long groupId) {
        return dsl.select(Tables.PRODUCT.ID)
                .from(Tables.PRODUCT)
                .where(Tables.PRODUCT.GROUP_ID.eq(groupId))
                .limit(1)
                .fetchOne(Tables.PRODUCT.ID);
    }
}
