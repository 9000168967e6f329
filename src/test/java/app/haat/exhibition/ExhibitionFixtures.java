package app.haat.exhibition;

import app.haat.core.i18n.Formats;
import app.haat.group.GroupProfileService;
import app.haat.group.GroupRegistrationService;
import app.haat.group.GroupRegistryTest;
import app.haat.group.GroupService;
import app.haat.group.ProductService;
import app.haat.group.SignUpForm;
import app.haat.region.RegionService;
import app.haat.support.TestAccounts;
import app.haat.venue.KioskForm;
import app.haat.venue.KioskService;
import app.haat.venue.VenueForm;
import app.haat.venue.VenueKind;
import app.haat.venue.VenueService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Builds real venues, exhibitions and verified groups through the services, for tests and benchmarks. */
@Component
public class ExhibitionFixtures {

    public final RegionService regions;
    public final VenueService venues;
    public final KioskService kiosks;
    public final ExhibitionService exhibitions;
    public final GroupService groups;
    public final GroupRegistrationService registrations;
    public final GroupProfileService profiles;
    public final ProductService products;
    public final ApplicationService applications;
    public final TestAccounts accounts;

    ExhibitionFixtures(
            RegionService regions,
            VenueService venues,
            KioskService kiosks,
            ExhibitionService exhibitions,
            GroupService groups,
            GroupRegistrationService registrations,
            GroupProfileService profiles,
            ProductService products,
            ApplicationService applications,
            TestAccounts accounts) {
        this.regions = regions;
        this.venues = venues;
        this.kiosks = kiosks;
        this.exhibitions = exhibitions;
        this.groups = groups;
        this.registrations = registrations;
        this.profiles = profiles;
        this.products = products;
        this.applications = applications;
        this.accounts = accounts;
    }

    /**
     * A Monday about {@code weeks} weeks from today: exhibitions start today or later and at most five years ahead,
     * so tests pick their weeks relative to today (and far enough apart for the groups they share).
     */
    public static LocalDate mondayAhead(int weeks) {
        return LocalDate.now(Formats.INDIA).plusWeeks(weeks).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    public long municipality(String nameEn) {
        return regions.municipalities().stream()
                .filter(m -> m.nameEn().equals(nameEn))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** A mall with {@code kiosks} kiosks in the first row of the ground floor (K1, K2, …). */
    public long mall(String officer, long municipalityId, int kiosks) {
        List<KioskForm> forms = new ArrayList<>();
        for (int i = 0; i < kiosks; i++) {
            forms.add(new KioskForm("K" + (i + 1), 0, i, 0, null, null, 10, i == 0, i == 1, i == kiosks - 1));
        }
        return accounts.as(
                officer,
                () -> venues.create(new VenueForm(
                        VenueKind.MALL,
                        "City Centre " + System.nanoTime(),
                        municipalityId,
                        "DC Block, Salt Lake",
                        2,
                        12,
                        8,
                        null,
                        null,
                        forms)));
    }

    /** An exhibition of two weekly slots with 10 groups per kiosk-slot, its window open now. */
    public long exhibition(String officer, long venueId, LocalDate startsOn, List<String> categories) {
        OffsetDateTime now = OffsetDateTime.now();
        return accounts.as(
                officer,
                () -> exhibitions.create(new ExhibitionForm(
                        venueId,
                        "Puja Haat " + startsOn,
                        startsOn,
                        startsOn.plusDays(13),
                        SlotLength.WEEK,
                        10,
                        null,
                        categories,
                        now.minusMinutes(1),
                        now.plusDays(7))));
    }

    /** An exhibition of {@code days} days at the venue, with its application window open now (for a week). */
    public long openExhibition(
            String officer,
            long venueId,
            String title,
            LocalDate startsOn,
            int days,
            SlotLength slotLength,
            int groupsPerKioskSlot) {
        OffsetDateTime now = OffsetDateTime.now();
        long id = accounts.as(
                officer,
                () -> exhibitions.create(new ExhibitionForm(
                        venueId,
                        title,
                        startsOn,
                        startsOn.plusDays(days - 1L),
                        slotLength,
                        groupsPerKioskSlot,
                        null,
                        List.of(),
                        now.minusMinutes(1),
                        now.plusDays(7))));
        open(officer, id);
        return id;
    }

    public void open(String officer, long exhibitionId) {
        accounts.as(
                officer,
                () -> exhibitions.advance(
                        exhibitionId, exhibitions.get(exhibitionId).version(), ExhibitionStatus.OPEN));
    }

    /** The officer closes the exhibition to applications. */
    public void close(String officer, long exhibitionId) {
        accounts.as(
                officer,
                () -> exhibitions.advance(
                        exhibitionId, exhibitions.get(exhibitionId).version(), ExhibitionStatus.CLOSED));
    }

    /** The group's leader applies for one slot with the group's product (no table, no power; declaration given). */
    public long apply(VerifiedGroup group, long exhibitionId, long slot) {
        return accounts.as(
                group.mobile(),
                () -> applications.apply(
                        exhibitionId,
                        new ApplicationForm(null, List.of(slot), List.of(group.product()), false, false, true)));
    }

    /** A verified group: its leader's mobile number (the account's name), its id and its one product's id. */
    public record VerifiedGroup(String mobile, long id, long product) {}

    /** A group that signed up, was verified by the officer and has one product. */
    public VerifiedGroup verifiedGroup(String officer, long municipalityId, String category) {
        String mobile = GroupRegistryTest.newMobile();
        long id = registrations.register(new SignUpForm(
                "কারিগর গোষ্ঠী " + mobile,
                municipalityId,
                "3",
                12,
                "Rina Das",
                mobile,
                "long-enough",
                null,
                true,
                Set.of(category),
                "bn"));
        accounts.as(officer, () -> registrations.verify(id, groups.get(id).version()));
        long product = accounts.as(mobile, () -> products.addProduct(id, "Kantha " + mobile, null, null, 300, 900));
        return new VerifiedGroup(mobile, id, product);
    }

    /** A training centre in Bidhannagar with one bay, made by the admin; its name starts with the prefix. */
    public long centre(String namePrefix, String address) {
        return accounts.as(
                accounts.admin(),
                () -> venues.create(new VenueForm(
                        VenueKind.CENTRE,
                        namePrefix + System.nanoTime(),
                        municipality("Bidhannagar"),
                        address,
                        1,
                        6,
                        3,
                        null,
                        null,
                        List.of(new KioskForm("BAY1", 0, 0, 0, null, null, 2, true, false, false)))));
    }
}
