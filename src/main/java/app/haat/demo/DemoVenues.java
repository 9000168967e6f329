package app.haat.demo;

import app.haat.allocation.AllocationService;
import app.haat.exhibition.ApplicationForm;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.Catchment;
import app.haat.exhibition.ExhibitionForm;
import app.haat.exhibition.ExhibitionService;
import app.haat.exhibition.ExhibitionStatus;
import app.haat.exhibition.SlotLength;
import app.haat.group.Group;
import app.haat.group.GroupFilter;
import app.haat.group.GroupService;
import app.haat.group.GroupStatus;
import app.haat.group.ProductService;
import app.haat.region.Municipality;
import app.haat.region.RegionService;
import app.haat.venue.KioskForm;
import app.haat.venue.VenueForm;
import app.haat.venue.VenueKind;
import app.haat.venue.VenueService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Demo venues and exhibitions: malls with floor plans in both zones and in Kolkata, Chandannagar's ten vans with
 * their weekly routes, the Salt Lake centre and the two City Livelihood Centres with display bays, and exhibitions
 * in draft, open (with applications) and closed states. Later states come with the allocator.
 */
final class DemoVenues {

    private static final List<String> PRODUCTS = List.of(
            "Kantha stitch saree",
            "Jamdani saree",
            "Dokra horse",
            "Jute bag",
            "Sital pati mat",
            "Terracotta lamp",
            "Bori",
            "Mango pickle",
            "Sholapith craft",
            "Madur mat",
            "Honey",
            "কাঁথা স্টিচ শাড়ি",
            "তাঁতের শাড়ি",
            "পাটের ব্যাগ",
            "আচার");
    private static final List<String> VAN_STOPS = List.of(
            "Strand Road",
            "Barasat Gate",
            "Laxmiganj Bazar",
            "Station Road",
            "Bagbazar",
            "Palpara",
            "Chandannagar Court");

    private final VenueService venues;
    private final ExhibitionService exhibitions;
    private final ApplicationService applications;
    private final GroupService groups;
    private final ProductService products;
    private final RegionService regions;
    private final AllocationService allocation;
    private final DemoHistoryService history;
    private final Clock clock;

    DemoVenues(
            VenueService venues,
            ExhibitionService exhibitions,
            ApplicationService applications,
            GroupService groups,
            ProductService products,
            RegionService regions,
            AllocationService allocation,
            DemoHistoryService history,
            Clock clock) {
        this.venues = venues;
        this.exhibitions = exhibitions;
        this.applications = applications;
        this.groups = groups;
        this.products = products;
        this.regions = regions;
        this.allocation = allocation;
        this.history = history;
        this.clock = clock;
    }

    /** The three malls the exhibitions are on. */
    private record Malls(long saltLake, long medinipur, long southCity) {}

    /** Loads the demo venues unless some exist; answers how many applications it entered (-1: nothing loaded). */
    int load() {
        if (!venues.list().isEmpty()) {
            return -1;
        }
        return loadExhibitions(loadVenues());
    }

    private Malls loadVenues() {
        long bidhannagar = id("Bidhannagar");
        long medinipur = id("Medinipur");
        long kolkata = id("Kolkata");
        long northDumDum = id("North Dum Dum");
        long chandannagar = id("Chandannagar");

        long saltLakeMall = venues.create(
                DemoNames.inBengaliToo(mall("City Centre Salt Lake", bidhannagar, "DC Block, Sector 1, Salt Lake", 6)));
        long medinipurMall = venues.create(
                DemoNames.inBengaliToo(mall("Medinipur City Mall", medinipur, "Keranitola, Medinipur", 8)));
        long southCity = venues.create(
                DemoNames.inBengaliToo(mall("South City Mall", kolkata, "Prince Anwar Shah Road, Kolkata", 10)));
        loadCentres(bidhannagar, northDumDum, medinipur);
        loadVans(chandannagar);
        return new Malls(saltLakeMall, medinipurMall, southCity);
    }

    private void loadCentres(long bidhannagar, long northDumDum, long medinipur) {
        venues.create(DemoNames.inBengaliToo(new VenueForm(
                VenueKind.CENTRE,
                "Haat Centre, Salt Lake Sector-1",
                bidhannagar,
                "Sector-1, Bidhannagar",
                1,
                8,
                4,
                null,
                null,
                bays(6))));
        venues.create(DemoNames.inBengaliToo(new VenueForm(
                VenueKind.CENTRE,
                "City Livelihood Centre, North Dum Dum",
                northDumDum,
                "Birati, North Dum Dum",
                1,
                6,
                3,
                null,
                null,
                bays(4))));
        venues.create(DemoNames.inBengaliToo(new VenueForm(
                VenueKind.CENTRE,
                "City Livelihood Centre, Medinipur",
                medinipur,
                "Collectorate More, Medinipur",
                1,
                6,
                3,
                null,
                null,
                bays(4))));
    }

    /** Chandannagar's ten vans, each with three stops a week. */
    private void loadVans(long chandannagar) {
        for (int van = 1; van <= 10; van++) {
            long id = venues.create(DemoNames.inBengaliToo(new VenueForm(
                    VenueKind.VAN,
                    "Chandannagar Haat van " + van,
                    chandannagar,
                    null,
                    null,
                    null,
                    null,
                    "WB 16 CV " + (1000 + van),
                    4,
                    null)));
            for (int day = 1; day <= 6; day += 2) {
                venues.addStop(id, day + (van % 2), VAN_STOPS.get((van + day) % VAN_STOPS.size()), chandannagar);
            }
        }
    }

    /** Exhibitions in every state; answers how many applications were entered. */
    private int loadExhibitions(Malls malls) {
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        // open for applications: groups of the North Dum Dum zone are applying
        long open = exhibitions.create(DemoNames.inBengaliToo(new ExhibitionForm(
                malls.saltLake(),
                "Poush Mela at City Centre",
                today.plusWeeks(4),
                today.plusWeeks(4).plusDays(13),
                SlotLength.WEEK,
                10,
                null,
                List.of(),
                now.minusDays(2),
                now.plusWeeks(3))));
        exhibitions.advance(open, exhibitions.get(open).version(), ExhibitionStatus.OPEN);
        int applied = apply(open, 45);
        applied += loadClosedAndPublished(malls, today, now);
        // history: one exhibition running now and one finished last month, with their placements (which count
        // for the rotation of later allocations); both go through every step first, then move back in time
        applied += history(malls.saltLake(), "Sharad Utsav at City Centre", -3, 30);
        applied += history(malls.medinipur(), "Chaitra Sale, Medinipur", -45, 40);
        // a draft being prepared in Medinipur
        exhibitions.create(DemoNames.inBengaliToo(new ExhibitionForm(
                malls.medinipur(),
                "Durga Puja Haat, Medinipur",
                today.plusWeeks(8),
                today.plusWeeks(8).plusDays(20),
                SlotLength.WEEK,
                8,
                null,
                List.of(),
                now.plusDays(7),
                now.plusWeeks(6))));
        return applied;
    }

    /** Two exhibitions at South City past their applications; answers how many applications were entered. */
    private int loadClosedAndPublished(Malls malls, LocalDate today, OffsetDateTime now) {
        // applications closed, waiting for the allocation
        long closed = exhibitions.create(DemoNames.inBengaliToo(new ExhibitionForm(
                malls.southCity(),
                "Handloom week at South City",
                today.plusWeeks(2),
                today.plusWeeks(2).plusDays(6),
                SlotLength.DAY,
                3,
                new Catchment(Catchment.Kind.STATE, List.of()),
                List.of("HANDLOOM", "CRAFT"),
                now.minusDays(10),
                now.plusDays(1))));
        exhibitions.advance(closed, exhibitions.get(closed).version(), ExhibitionStatus.OPEN);
        int applied = apply(closed, 30);
        exhibitions.advance(closed, exhibitions.get(closed).version(), ExhibitionStatus.CLOSED);
        // allocated with the seed fixed at closing, and published: groups see their kiosks on My stalls
        long published = exhibitions.create(DemoNames.inBengaliToo(new ExhibitionForm(
                malls.southCity(),
                "Winter Haat at South City",
                today.plusWeeks(10),
                today.plusWeeks(10).plusDays(13),
                SlotLength.WEEK,
                2,
                new Catchment(Catchment.Kind.STATE, List.of()),
                List.of(),
                now.minusDays(12),
                now.plusDays(1))));
        exhibitions.advance(published, exhibitions.get(published).version(), ExhibitionStatus.OPEN);
        applied += apply(published, 60);
        exhibitions.advance(published, exhibitions.get(published).version(), ExhibitionStatus.CLOSED);
        allocation.run(published, null);
        allocation.publish(published);
        return applied;
    }

    /**
     * An exhibition of two weekly slots that started {@code -startsInDays} days ago (it ends 13 days after it
     * started): built far in the future through every step, allocated and published, then moved back in time and
     * taken to running, and to finished if it is over.
     */
    private int history(long mall, String title, int startsInDays, int applicants) {
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int ahead = 400; // days: far enough from every other demo exhibition on the venue
        long id = exhibitions.create(DemoNames.inBengaliToo(new ExhibitionForm(
                mall,
                title,
                today.plusDays(ahead),
                today.plusDays(ahead + 13L),
                SlotLength.WEEK,
                3,
                null,
                List.of(),
                now.minusDays(1),
                now.plusDays(1))));
        exhibitions.advance(id, exhibitions.get(id).version(), ExhibitionStatus.OPEN);
        int applied = apply(id, applicants);
        exhibitions.advance(id, exhibitions.get(id).version(), ExhibitionStatus.CLOSED);
        allocation.run(id, null);
        allocation.publish(id);
        history.shiftExhibition(id, startsInDays - ahead);
        exhibitions.advance(id, exhibitions.get(id).version(), ExhibitionStatus.RUNNING);
        if (exhibitions.get(id).endsOn().isBefore(today)) {
            exhibitions.advance(id, exhibitions.get(id).version(), ExhibitionStatus.FINISHED);
        }
        return applied;
    }

    /** Verified groups in the catchment apply (entered as paper forms by the demo loader), each with one product. */
    private int apply(long exhibitionId, int count) {
        var slots = exhibitions.slots(exhibitionId);
        var catchment = exhibitions.catchment(exhibitionId);
        List<String> allowed = exhibitions.categories(exhibitionId);
        Random random = new Random(exhibitionId);
        int done = 0;
        for (int offset = 0; done < count && offset < 2000; offset += 100) {
            for (Group group : groups.page(new GroupFilter(GroupStatus.VERIFIED, null, null, null), offset, 100)) {
                if (done >= count) {
                    break;
                }
                if (!catchment.contains(group.municipalityId())
                        || (!allowed.isEmpty() && group.categories().stream().noneMatch(allowed::contains))) {
                    continue;
                }
                long product = firstProduct(group)
                        .orElseGet(() -> products.addProduct(
                                group.id(),
                                PRODUCTS.get(random.nextInt(PRODUCTS.size())),
                                null,
                                null,
                                150 + random.nextInt(10) * 50,
                                600 + random.nextInt(20) * 100));
                List<Long> ranked = new ArrayList<>();
                ranked.add(slots.get(random.nextInt(slots.size())).id());
                if (slots.size() > 1 && random.nextBoolean()) {
                    slots.stream()
                            .map(s -> s.id())
                            .filter(id -> !ranked.contains(id))
                            .findFirst()
                            .ifPresent(ranked::add);
                }
                applications.apply(
                        exhibitionId,
                        new ApplicationForm(
                                group.id(),
                                ranked,
                                List.of(product),
                                random.nextInt(3) == 0,
                                group.categories().contains("FOOD"),
                                true));
                done++;
            }
        }
        return done;
    }

    private Optional<Long> firstProduct(Group group) {
        return products.products(group.id()).stream().map(p -> p.id()).findFirst();
    }

    private static VenueForm mall(String name, long municipality, String address, int kiosks) {
        List<KioskForm> forms = new ArrayList<>();
        for (int i = 0; i < kiosks; i++) {
            // two rows along the corridor, the end kiosks on corners
            int x = 1 + (i % (kiosks / 2)) * 2;
            int y = i < kiosks / 2 ? 1 : 5;
            boolean corner = i % (kiosks / 2) == 0 || i % (kiosks / 2) == kiosks / 2 - 1;
            forms.add(new KioskForm(
                    "K" + (i + 1),
                    0,
                    x,
                    y,
                    BigDecimal.valueOf(3),
                    BigDecimal.valueOf(2.5),
                    10,
                    i % 2 == 0,
                    i == kiosks - 1,
                    corner));
        }
        return new VenueForm(VenueKind.MALL, name, municipality, address, 2, 12, 8, null, null, forms);
    }

    private static List<KioskForm> bays(int count) {
        List<KioskForm> forms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            forms.add(new KioskForm("BAY" + (i + 1), 0, i, 0, null, null, 2, true, false, false));
        }
        return forms;
    }

    private long id(String nameEn) {
        return regions.municipalities().stream()
                .filter(m -> m.nameEn().equals(nameEn))
                .map(Municipality::id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No municipality " + nameEn));
    }
}
