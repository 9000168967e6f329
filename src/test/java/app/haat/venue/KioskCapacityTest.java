package app.haat.venue;

import static app.haat.db.Tables.KIOSK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.allocation.AllocationService;
import app.haat.core.api.ValidationException;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.SlotLength;
import app.haat.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One rule for a kiosk's places, a required capacity for new kiosks, and the migration that keeps every place. */
class KioskCapacityTest extends IntegrationTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    DSLContext dsl;

    @Test
    void placesAreTheSmallerOfCapacityAndGroupsPerKioskSlotForMallsAndCapacityAloneElsewhere() {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        long mall = fx.mall(officer, bally, 2); // capacity 10
        long id = fx.openExhibition(
                officer, mall, "Places fair", ExhibitionFixtures.mondayAhead(75), 7, SlotLength.WHOLE, 4);
        var exhibition = fx.accounts.as(officer, () -> fx.exhibitions.get(id));
        Venue venue = fx.accounts.as(officer, () -> fx.venues.get(mall));
        assertThat(AllocationService.placesPerSlot(venue, exhibition, 10)).isEqualTo(4);
        assertThat(AllocationService.placesPerSlot(venue, exhibition, 3)).isEqualTo(3);
        Venue van = new Venue(
                venue.id(),
                VenueKind.VAN,
                venue.name(),
                venue.municipalityId(),
                venue.municipalityEn(),
                venue.municipalityBn(),
                venue.districtId(),
                venue.districtEn(),
                venue.address(),
                null,
                null,
                venue.floors(),
                venue.planColumns(),
                venue.planRows(),
                "WB01X1234",
                1,
                venue.version(),
                null,
                null);
        assertThat(AllocationService.placesPerSlot(van, exhibition, 12)).isEqualTo(12);
        // a new kiosk needs its capacity
        assertThatThrownBy(() -> fx.accounts.as(
                        officer,
                        () -> fx.kiosks.addKiosk(
                                mall, new KioskForm("K9", 0, 5, 5, null, null, null, false, false, false))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly("venue.error.capacityRequired"));
    }

    @Test
    void theMigrationRaisesAMallKiosksCapacityToTheLargestGroupsPerKioskSlotAtItsVenue() throws Exception {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        long mall = fx.mall(officer, bally, 2);
        fx.openExhibition(officer, mall, "Six a kiosk", ExhibitionFixtures.mondayAhead(85), 7, SlotLength.WHOLE, 6);
        fx.openExhibition(officer, mall, "Eight a kiosk", ExhibitionFixtures.mondayAhead(95), 7, SlotLength.WHOLE, 8);
        long other = fx.mall(officer, bally, 1); // no exhibition: left alone
        // as round 1 stored them: a capacity of 1 that the allocator never read for malls
        dsl.update(KIOSK)
                .set(KIOSK.CAPACITY, 1)
                .where(KIOSK.VENUE_ID.in(mall, other))
                .execute();
        dsl.update(KIOSK)
                .set(KIOSK.CAPACITY, 12)
                .where(KIOSK.VENUE_ID.eq(mall).and(KIOSK.CODE.eq("K2")))
                .execute();
        dsl.execute(Files.readString(Path.of("db-migrations/V24__kiosk_capacity.sql"))
                .replaceAll("(?m)^--.*$", "")
                .strip()
                .replaceAll(";$", ""));
        assertThat(dsl.select(KIOSK.CODE, KIOSK.CAPACITY)
                        .from(KIOSK)
                        .where(KIOSK.VENUE_ID.eq(mall))
                        .orderBy(KIOSK.CODE)
                        .fetch(r -> r.value1() + "=" + r.value2()))
                .containsExactly("K1=8", "K2=12");
        assertThat(dsl.select(KIOSK.CAPACITY)
                        .from(KIOSK)
                        .where(KIOSK.VENUE_ID.eq(other))
                        .fetchOne(KIOSK.CAPACITY))
                .isEqualTo(1);
    }
}
