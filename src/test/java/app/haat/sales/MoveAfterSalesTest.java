package app.haat.sales;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.allocation.AllocationService;
import app.haat.allocation.AssignmentRow;
import app.haat.allocation.HandChangeService;
import app.haat.core.i18n.Formats;
import app.haat.db.Tables;
import app.haat.exhibition.ApplicationFilter;
import app.haat.exhibition.ApplicationForm;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.exhibition.Slot;
import app.haat.exhibition.SlotLength;
import app.haat.support.IntegrationTest;
import app.haat.venue.Kiosk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A stand that has reported sales keeps its slot: moved to another slot, its reported days would no longer be its
 * days and would drop out of the officers' overview. Another kiosk in the same slot is fine.
 */
class MoveAfterSalesTest extends IntegrationTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocation;

    @Autowired
    HandChangeService handChanges;

    @Autowired
    SalesService sales;

    @Autowired
    DSLContext dsl;

    @Test
    void aStandWithReportedSalesMovesOnlyWithinItsSlot() {
        long municipalityId = fx.municipality("Bhatpara");
        String officer = fx.accounts.officer(Set.of(municipalityId));
        long mall = fx.mall(officer, municipalityId, 2);
        LocalDate today = LocalDate.now(Formats.INDIA);
        long id = fx.openExhibition(
                officer, mall, "Moving fair " + System.nanoTime(), today.plusDays(40), 14, SlotLength.WEEK, 2);
        List<Slot> slots = fx.accounts.as(officer, () -> fx.exhibitions.slots(id));
        List<Kiosk> kiosks = fx.accounts.as(officer, () -> fx.venues.kiosks(mall));
        List<String> leaders = new ArrayList<>();
        List<Long> groupIds = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            VerifiedGroup group = fx.verifiedGroup(officer, municipalityId, "HANDLOOM");
            leaders.add(group.mobile());
            groupIds.add(group.id());
            fx.accounts.as(
                    group.mobile(),
                    () -> applications.apply(
                            id,
                            new ApplicationForm(
                                    null,
                                    List.of(slots.get(0).id(), slots.get(1).id()),
                                    List.of(group.product()),
                                    false,
                                    false,
                                    true)));
        }
        fx.close(officer, id);
        fx.accounts.as(officer, () -> allocation.run(id, null));
        fx.accounts.as(officer, () -> allocation.publish(id));
        // under way: the first slot began three days ago, the second begins in four days
        dsl.update(Tables.EXHIBITION)
                .set(Tables.EXHIBITION.STARTS_ON, today.minusDays(3))
                .set(Tables.EXHIBITION.ENDS_ON, today.plusDays(10))
                .where(Tables.EXHIBITION.ID.eq(id))
                .execute();
        dsl.update(Tables.EXHIBITION_SLOT)
                .set(Tables.EXHIBITION_SLOT.STARTS_ON, today.minusDays(3))
                .set(Tables.EXHIBITION_SLOT.ENDS_ON, today.plusDays(3))
                .where(Tables.EXHIBITION_SLOT.ID.eq(slots.get(0).id()))
                .execute();
        dsl.update(Tables.EXHIBITION_SLOT)
                .set(Tables.EXHIBITION_SLOT.STARTS_ON, today.plusDays(4))
                .set(Tables.EXHIBITION_SLOT.ENDS_ON, today.plusDays(10))
                .where(Tables.EXHIBITION_SLOT.ID.eq(slots.get(1).id()))
                .execute();
        List<AssignmentRow> rows = fx.accounts.as(officer, () -> allocation.assignments(id));
        List<AssignmentRow> inFirst =
                rows.stream().filter(r -> r.slotId() == slots.get(0).id()).toList();
        assertThat(inFirst).hasSize(2); // both asked for the first slot first
        AssignmentRow reporting = inFirst.get(0);
        AssignmentRow quiet = inFirst.get(1);
        String leader = leaders.get(groupIds.indexOf(
                fx.accounts.as(officer, () -> applications.page(id, ApplicationFilter.ALL, 0, 10)).stream()
                        .filter(a -> a.id() == reporting.applicationId())
                        .findFirst()
                        .orElseThrow()
                        .groupId()));
        fx.accounts.as(leader, () -> sales.report(reporting.applicationId(), today.minusDays(1), 2_000, 8, null));

        // to the second slot: refused, with the reason; to the other kiosk of the same slot: allowed
        long otherKiosk = kiosks.stream()
                .filter(k -> k.id() != reporting.kioskId())
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(fx.accounts.as(
                        officer,
                        () -> handChanges.whyNotMove(
                                reporting.id(),
                                reporting.kioskId(),
                                slots.get(1).id())))
                .hasValueSatisfying(e -> assertThat(e.getMessage()).isEqualTo("allocation.move.reported"));
        assertThat(fx.accounts.as(
                        officer, () -> handChanges.whyNotMove(reporting.id(), otherKiosk, reporting.slotId())))
                .isEmpty();
        // the stand that has reported nothing may still go to the second slot
        assertThat(fx.accounts.as(
                        officer,
                        () -> handChanges.whyNotMove(
                                quiet.id(), quiet.kioskId(), slots.get(1).id())))
                .isEmpty();
        fx.accounts.as(
                officer,
                () -> handChanges.move(
                        quiet.id(),
                        quiet.version(),
                        quiet.kioskId(),
                        slots.get(1).id()));
        // and now a swap would move the reporting stand into the second slot: refused
        AssignmentRow moved = fx.accounts.as(officer, () -> allocation.assignments(id)).stream()
                .filter(r -> r.id() == quiet.id())
                .findFirst()
                .orElseThrow();
        assertThat(fx.accounts.as(officer, () -> handChanges.whyNotSwap(reporting.id(), moved.id())))
                .hasValueSatisfying(e -> assertThat(e.getMessage()).isEqualTo("allocation.move.reported"));
    }
}
