package app.haat.sales;

import app.haat.allocation.AllocationService;
import app.haat.core.i18n.Formats;
import app.haat.db.Tables;
import app.haat.exhibition.Application;
import app.haat.exhibition.ApplicationFilter;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.exhibition.SlotLength;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * An exhibition under way for the sales tests: one kiosk for two groups, three applicants, allocated and published,
 * then moved in time so that it started three days ago and ends in three days.
 */
public record UnderWay(
        String officer,
        long exhibitionId,
        long mall,
        long slot,
        List<String> leaders,
        List<Long> groupIds,
        List<Application> applications) {

    public static UnderWay start(
            ExhibitionFixtures fx,
            ApplicationService applications,
            AllocationService allocation,
            DSLContext dsl,
            String municipality) {
        long municipalityId = fx.municipality(municipality);
        String officer = fx.accounts.officer(Set.of(municipalityId));
        long mall = fx.mall(officer, municipalityId, 1);
        LocalDate today = LocalDate.now(Formats.INDIA);
        long id = fx.openExhibition(
                officer, mall, "Sales fair " + System.nanoTime(), today.plusDays(40), 7, SlotLength.WHOLE, 2);
        long slot = fx.accounts
                .as(officer, () -> fx.exhibitions.slots(id))
                .getFirst()
                .id();
        List<String> leaders = new ArrayList<>();
        List<Long> groupIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            VerifiedGroup group = fx.verifiedGroup(officer, municipalityId, "FOOD");
            leaders.add(group.mobile());
            groupIds.add(group.id());
            fx.apply(group, id, slot);
        }
        fx.close(officer, id);
        fx.accounts.as(officer, () -> allocation.run(id, null));
        fx.accounts.as(officer, () -> allocation.publish(id));
        dsl.update(Tables.EXHIBITION)
                .set(Tables.EXHIBITION.STARTS_ON, today.minusDays(3))
                .set(Tables.EXHIBITION.ENDS_ON, today.plusDays(3))
                .where(Tables.EXHIBITION.ID.eq(id))
                .execute();
        dsl.update(Tables.EXHIBITION_SLOT)
                .set(Tables.EXHIBITION_SLOT.STARTS_ON, today.minusDays(3))
                .set(Tables.EXHIBITION_SLOT.ENDS_ON, today.plusDays(3))
                .where(Tables.EXHIBITION_SLOT.ID.eq(slot))
                .execute();
        return new UnderWay(
                officer,
                id,
                mall,
                slot,
                leaders,
                groupIds,
                fx.accounts.as(officer, () -> applications.page(id, ApplicationFilter.ALL, 0, 10)));
    }

    /** The first application that got a seat. */
    public Application firstPlaced() {
        return applications.stream()
                .filter(a -> a.status() == ApplicationStatus.ASSIGNED)
                .findFirst()
                .orElseThrow();
    }

    public String leaderOf(Application application) {
        return leaders.get(groupIds.indexOf(application.groupId()));
    }
}
