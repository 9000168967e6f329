package app.haat.centre;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.allocation.AllocationService;
import app.haat.allocation.AssignmentRow;
import app.haat.exhibition.Application;
import app.haat.exhibition.ApplicationFilter;
import app.haat.exhibition.ApplicationForm;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.exhibition.ExhibitionStatus;
import app.haat.exhibition.SlotLength;
import app.haat.region.Municipality;
import app.haat.region.RegionService;
import app.haat.support.IntegrationTest;
import app.haat.venue.KioskForm;
import app.haat.venue.VenueForm;
import app.haat.venue.VenueKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The centre's display bays rotate weekly among the groups that apply: a display rotation is an exhibition on the
 * centre, allocated by the same engine, so the places spread over the districts instead of going to the first few.
 */
class DisplayRotationTest extends IntegrationTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    RegionService regions;

    @Autowired
    ApplicationService applications;

    @Autowired
    AllocationService allocation;

    @Test
    void everyDistrictGetsItsTurnInTheBays() throws Exception {
        String staff = fx.accounts.staff();
        // one municipality in each of eight districts, two groups from each: 16 applicants for 8 places
        Map<Long, Municipality> byDistrict = new LinkedHashMap<>();
        for (Municipality m : regions.municipalities()) {
            byDistrict.putIfAbsent(m.districtId(), m);
        }
        List<Municipality> places = byDistrict.values().stream().limit(8).toList();
        String officer =
                fx.accounts.officer(places.stream().map(Municipality::id).collect(Collectors.toSet()));
        long centre = fx.accounts.as(
                fx.accounts.admin(),
                () -> fx.venues.create(new VenueForm(
                        VenueKind.CENTRE,
                        unique("Rotation centre "),
                        fx.municipality("Bidhannagar"),
                        "Sector-1",
                        1,
                        6,
                        3,
                        null,
                        null,
                        List.of(
                                new KioskForm("BAY1", 0, 0, 0, null, null, 2, true, false, false),
                                new KioskForm("BAY2", 0, 1, 0, null, null, 2, true, false, false)))));
        long rotation = fx.openExhibition(
                staff, centre, "Display rotation", ExhibitionFixtures.mondayAhead(130), 14, SlotLength.WEEK, 2);
        var slots = fx.accounts.as(staff, () -> fx.exhibitions.slots(rotation));
        List<Long> both = slots.stream().map(s -> s.id()).toList();
        for (Municipality place : places) {
            for (int i = 0; i < 2; i++) {
                VerifiedGroup group = fx.verifiedGroup(officer, place.id(), "CRAFT");
                fx.accounts.as(
                        group.mobile(),
                        () -> applications.apply(
                                rotation,
                                new ApplicationForm(null, both, List.of(group.product()), false, false, true)));
            }
        }
        fx.accounts.as(
                staff,
                () -> fx.exhibitions.advance(
                        rotation, fx.exhibitions.get(rotation).version(), ExhibitionStatus.CLOSED));
        fx.accounts.as(staff, () -> allocation.run(rotation, null));

        List<AssignmentRow> placed = fx.accounts.as(staff, () -> allocation.assignments(rotation));
        assertThat(placed).hasSize(8); // 2 bays × 2 groups × 2 weeks
        Map<Long, Long> districtOfApplication = new LinkedHashMap<>();
        List<Application> all = fx.accounts.as(staff, () -> applications.page(rotation, ApplicationFilter.ALL, 0, 100));
        Map<Long, Long> districtOfMunicipality =
                places.stream().collect(Collectors.toMap(Municipality::id, Municipality::districtId));
        all.forEach(a -> districtOfApplication.put(a.id(), districtOfMunicipality.get(a.municipalityId())));
        Set<Long> districtsPlaced = placed.stream()
                .map(r -> districtOfApplication.get(r.applicationId()))
                .collect(Collectors.toSet());
        assertThat(districtsPlaced)
                .as("one place for each of the eight districts")
                .hasSize(8);
        assertThat(new ArrayList<>(placed.stream().map(AssignmentRow::slot).collect(Collectors.toSet())))
                .containsExactlyInAnyOrder(1, 2);
    }
}
