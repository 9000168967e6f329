package app.haat.demo;

import app.haat.allocation.AllocationService;
import app.haat.core.security.Role;
import app.haat.core.security.SystemAuthority;
import app.haat.core.startup.StartupGate;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ExhibitionService;
import app.haat.group.GroupProfileService;
import app.haat.group.GroupRegistrationService;
import app.haat.group.GroupService;
import app.haat.group.ProductService;
import app.haat.group.SignUpForm;
import app.haat.group.StallCardService;
import app.haat.listing.ListingService;
import app.haat.listing.MarketplaceService;
import app.haat.region.Municipality;
import app.haat.region.RegionService;
import app.haat.region.Zone;
import app.haat.user.UserForm;
import app.haat.user.UserService;
import app.haat.venue.VenueService;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode (haat.demo=true, the README's run command): accounts for each role and a few hundred groups, so a new
 * user can try every screen. Loaded through the services, once; a second start finds them and adds nothing. Always a
 * bean, deciding when the portal starts: the production jar's bean definitions are fixed at build time (Spring AOT).
 */
@Component
@Order(20)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "haat-demo";
    static final String DEMO_GROUP_MOBILE = "9800000001";
    /** A group of Berhampore (Murshidabad, a district of no zone): it sees the help line and the nearest centres. */
    static final String DEMO_NO_ZONE_MOBILE = "9800000002";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final StallCardService stallCards;
    private final UserService users;
    private final RegionService regions;
    private final GroupService groups;
    private final GroupRegistrationService registrations;
    private final GroupProfileService profiles;
    private final VenueService venues;
    private final ExhibitionService exhibitions;
    private final ApplicationService applications;
    private final ProductService products;
    private final Clock clock;
    private final AllocationService allocation;

    private final DemoTrainings trainings;
    private final app.haat.sales.SalesService sales;
    /** The portal answers 503 until the demo data is in (not an empty portal that fills up while one looks). */
    private final StartupGate.@Nullable Task loaded; // null outside demo mode

    private final DemoHistoryService history;
    private final ListingService listings;
    private final MarketplaceService marketplaces;
    private final DemoDesk desk;

    DemoData(
            UserService users,
            RegionService regions,
            GroupService groups,
            GroupRegistrationService registrations,
            GroupProfileService profiles,
            VenueService venues,
            ExhibitionService exhibitions,
            ApplicationService applications,
            ProductService products,
            Clock clock,
            AllocationService allocation,
            DemoTrainings trainings,
            app.haat.sales.SalesService sales,
            DemoHistoryService history,
            ListingService listings,
            MarketplaceService marketplaces,
            DemoDesk desk,
            StartupGate gate,
            StallCardService stallCards,
            @Value("${haat.demo:false}") boolean demo) {
        this.stallCards = stallCards;
        this.loaded = demo ? gate.register("demo data") : null;
        this.desk = desk;
        this.history = history;
        this.listings = listings;
        this.marketplaces = marketplaces;
        this.sales = sales;
        this.trainings = trainings;
        this.allocation = allocation;
        this.users = users;
        this.regions = regions;
        this.groups = groups;
        this.registrations = registrations;
        this.profiles = profiles;
        this.venues = venues;
        this.exhibitions = exhibitions;
        this.applications = applications;
        this.products = products;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (loaded == null) {
            return; // not demo mode
        }
        SystemAuthority.runAsAdmin(this::load);
        loaded.done();
    }

    private void load() {
        loadAccounts();
        List<Municipality> zoneMunicipalities = regions.zones().stream()
                .flatMap(zone -> regions.municipalitiesOfZone(zone.id()).stream())
                .toList();
        loadGroups(zoneMunicipalities);
        loadExhibitionsAndTrainings();
        int cases = desk.load(PASSWORD);
        if (cases >= 0) {
            log.info("Demo mode: {} requests at the City Livelihood Centres' desks, at every step.", cases);
        }
    }

    /** An officer for each zone with municipalities, and one centre staff member; existing names are skipped. */
    private void loadAccounts() {
        Set<String> existing = users.list().stream().map(u -> u.username()).collect(Collectors.toSet());
        int created = 0;
        for (Zone zone : regions.zones()) {
            String username = "officer." + zone.nameEn().toLowerCase().replaceAll("[^a-z0-9]+", "");
            if (existing.contains(username)) {
                continue;
            }
            Set<Long> municipalities = regions.municipalitiesOfZone(zone.id()).stream()
                    .map(Municipality::id)
                    .collect(Collectors.toSet());
            if (municipalities.isEmpty()) {
                continue;
            }
            users.create(new UserForm(
                    username,
                    PASSWORD,
                    "Officer, " + zone.nameEn() + " zone",
                    username + "@haat.example",
                    Role.MUNICIPAL_OFFICER,
                    municipalities,
                    "bn"));
            created++;
        }
        if (!existing.contains("centre.staff")) {
            users.create(new UserForm(
                    "centre.staff",
                    PASSWORD,
                    "Salt Lake centre staff",
                    "centre@haat.example",
                    Role.CENTRE_STAFF,
                    Set.of(),
                    "en"));
            created++;
        }
        if (created > 0) {
            log.info("Demo mode: created {} demo accounts (password '{}').", created, PASSWORD);
        }
    }

    private void loadGroups(List<Municipality> zoneMunicipalities) {
        int demoGroups = DemoGroups.load(groups, registrations, stallCards, zoneMunicipalities, 300);
        if (demoGroups > 0) {
            // one group that signed up by itself and waits for its officer: sign in with its mobile number
            registrations.register(new SignUpForm(
                    "মা সারদা স্বনির্ভর গোষ্ঠী (নতুন)",
                    zoneMunicipalities.get(0).id(),
                    "5",
                    12,
                    "রুমা দাস",
                    DEMO_GROUP_MOBILE,
                    PASSWORD,
                    null,
                    true,
                    Set.of("HANDLOOM"),
                    "bn"));
            regions.municipalities().stream()
                    .filter(m -> m.nameEn().equals("Berhampore"))
                    .findFirst()
                    .ifPresent(berhampore -> registrations.register(new SignUpForm(
                            "বহরমপুর কাঁথা স্বনির্ভর গোষ্ঠী",
                            berhampore.id(),
                            "4",
                            11,
                            "শিউলি মণ্ডল",
                            DEMO_NO_ZONE_MOBILE,
                            PASSWORD,
                            null,
                            true,
                            Set.of("CRAFT"),
                            "bn")));
            log.info(
                    "Demo mode: created {} verified groups and pending groups (sign in as {}, or {} of a district of"
                            + " no zone).",
                    demoGroups,
                    DEMO_GROUP_MOBILE,
                    DEMO_NO_ZONE_MOBILE);
        }
    }

    /** Venues, exhibitions with applications and sales, then the centres' trainings. */
    private void loadExhibitionsAndTrainings() {
        int demoApplications = new DemoVenues(
                        venues, exhibitions, applications, groups, products, regions, allocation, history, clock)
                .load();
        if (demoApplications >= 0) {
            log.info(
                    "Demo mode: created malls, Chandannagar's 10 vans, 3 centres and 6 exhibitions (draft, open,"
                            + " closed, published, running, finished) with {} applications.",
                    demoApplications);
        }
        if (demoApplications >= 0) {
            log.info(
                    "Demo mode: {} daily sales reports for the running and finished exhibitions.",
                    DemoSales.load(exhibitions, applications, sales));
        }
        int demoListings = DemoListings.load(groups, products, listings, marketplaces, history, clock);
        if (demoListings > 0) {
            log.info("Demo mode: {} online shops of groups on marketplaces, most confirmed.", demoListings);
        }
        int demoEnrollments = trainings.load(groups, clock);
        if (demoEnrollments >= 0) {
            log.info(
                    "Demo mode: created training rooms, trainers, a month of sessions and {} enrollments.",
                    demoEnrollments);
        }
    }
}
