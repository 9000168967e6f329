package app.haat.exhibition;

import static app.haat.db.Tables.AUDIT_LOG;
import static app.haat.db.Tables.EXHIBITION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Formats;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.group.GroupRegistryTest;
import app.haat.group.SignUpForm;
import app.haat.support.AtTheSameInstant;
import app.haat.support.IntegrationTest;
import app.haat.venue.Kiosk;
import app.haat.venue.KioskForm;
import app.haat.venue.VenueForm;
import app.haat.venue.VenueKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ExhibitionLifecycleTest extends IntegrationTest {

    private static final AtomicInteger WEEKS = new AtomicInteger();

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    DSLContext dsl;

    /** Each test on its own weeks, far enough ahead for the window to close before the start. */
    private static LocalDate someMonday() {
        return ExhibitionFixtures.mondayAhead(52).plusWeeks(3L * WEEKS.incrementAndGet());
    }

    @Test
    void anOfficerBuildsAMallWithSixKiosksAndMovesThemOnlyWithinTheFloor() {
        long bidhannagar = fx.municipality("Bidhannagar");
        String officer = fx.accounts.officer(Set.of(bidhannagar));
        long mall = fx.mall(officer, bidhannagar, 6);
        List<Kiosk> kiosks = fx.accounts.as(officer, () -> fx.venues.kiosks(mall));
        assertThat(kiosks).extracting(Kiosk::code).containsExactly("K1", "K2", "K3", "K4", "K5", "K6");
        Kiosk k1 = kiosks.getFirst();
        assertThat(k1.electricity()).isTrue();

        fx.accounts.as(officer, () -> fx.kiosks.moveKiosk(k1.id(), k1.version(), 1, 5, 5));
        Kiosk moved = fx.accounts.as(officer, () -> fx.venues.kiosks(mall)).stream()
                .filter(k -> k.id() == k1.id())
                .findFirst()
                .orElseThrow();
        assertThat(List.of(moved.floor(), moved.x(), moved.y())).containsExactly(1, 5, 5);
        // off the floor: a column beyond the plan, a floor the mall does not have
        assertThatThrownBy(() -> fx.accounts.as(officer, () -> fx.kiosks.moveKiosk(k1.id(), moved.version(), 0, 12, 0)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsExactly("venue.error.offFloor"));
        assertThatThrownBy(() -> fx.accounts.as(officer, () -> fx.kiosks.moveKiosk(k1.id(), moved.version(), 2, 0, 0)))
                .isInstanceOf(ValidationException.class);
        // onto another kiosk's cell
        assertThatThrownBy(() -> fx.accounts.as(officer, () -> fx.kiosks.moveKiosk(k1.id(), moved.version(), 0, 1, 0)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("venue.error.cellTaken");
        assertThatThrownBy(() -> fx.accounts.as(
                        officer,
                        () -> fx.kiosks.addKiosk(
                                mall, new KioskForm("k2", 1, 0, 0, null, null, 4, false, false, false))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("venue.error.codeTaken");

        // another municipality's officer may neither see nor change it
        String stranger = fx.accounts.officer(Set.of(fx.municipality("Bally")));
        assertThatThrownBy(() -> fx.accounts.as(stranger, () -> fx.kiosks.moveKiosk(k1.id(), moved.version(), 0, 7, 7)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.accounts.as(stranger, () -> fx.venues.get(mall)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.accounts.as(
                        stranger,
                        () -> fx.venues.create(
                                new VenueForm(VenueKind.MALL, "X", bidhannagar, null, 1, 4, 4, null, null, null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void vansGetOneKioskOfTheirCapacityAndAWeeklyRoute() {
        long chandannagar = fx.municipality("Chandannagar");
        String officer = fx.accounts.officer(Set.of(chandannagar));
        String registration = "WB 16 C " + (1000 + WEEKS.incrementAndGet());
        long van = fx.accounts.as(
                officer,
                () -> fx.venues.create(new VenueForm(
                        VenueKind.VAN, "Haat van 1", chandannagar, null, null, null, null, registration, 4, null)));
        assertThat(fx.accounts.as(officer, () -> fx.venues.kiosks(van)))
                .singleElement()
                .satisfies(k -> assertThat(k.capacity()).isEqualTo(4));
        fx.accounts.as(officer, () -> fx.venues.addStop(van, 2, "Strand Road", chandannagar));
        assertThat(fx.accounts.as(officer, () -> fx.venues.stops(van)))
                .extracting(s -> s.place())
                .containsExactly("Strand Road");
        assertThatThrownBy(() -> fx.accounts.as(
                        officer,
                        () -> fx.venues.create(new VenueForm(
                                VenueKind.VAN,
                                "Haat van 2",
                                chandannagar,
                                null,
                                null,
                                null,
                                null,
                                registration.replace(" ", "-"),
                                4,
                                null))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("venue.error.registrationTaken");
        assertThatThrownBy(() -> fx.accounts.as(
                        officer,
                        () -> fx.venues.create(new VenueForm(
                                VenueKind.VAN,
                                "Haat van 3",
                                chandannagar,
                                null,
                                null,
                                null,
                                null,
                                "not a number",
                                0,
                                null))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .containsExactly("venue.error.registration", "venue.error.capacity"));
    }

    @Test
    void anExhibitionNeverSharesItsVenueOnTheSameDaysAndFollowsItsLifecycle() {
        long bidhannagar = fx.municipality("Bidhannagar");
        String officer = fx.accounts.officer(Set.of(bidhannagar));
        long mall = fx.mall(officer, bidhannagar, 6);
        LocalDate monday = someMonday();
        long id = fx.exhibition(officer, mall, monday, List.of());
        assertThat(fx.accounts.as(officer, () -> fx.exhibitions.slots(id)))
                .hasSize(2)
                .extracting(Slot::startsOn)
                .containsExactly(monday, monday.plusWeeks(1));
        Exhibition created = fx.accounts.as(officer, () -> fx.exhibitions.get(id));
        assertThat(created.status()).isEqualTo(ExhibitionStatus.DRAFT);
        // Bidhannagar lies in North 24 Parganas, which is in the North Dum Dum zone when the zones are set
        assertThat(fx.accounts.as(officer, () -> fx.exhibitions.catchment(id))).contains(bidhannagar);

        assertThatThrownBy(() -> fx.exhibition(officer, mall, monday.plusDays(13), List.of()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("exhibition.error.overlap");
        assertThatThrownBy(() -> fx.accounts.as(
                        officer, () -> fx.exhibitions.advance(id, created.version(), ExhibitionStatus.CLOSED)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly("exhibition.error.step"));
        fx.open(officer, id);
        Exhibition open = fx.accounts.as(officer, () -> fx.exhibitions.get(id));
        fx.accounts.as(officer, () -> fx.exhibitions.advance(id, open.version(), ExhibitionStatus.CLOSED));
        Exhibition closed = fx.accounts.as(officer, () -> fx.exhibitions.get(id));
        assertThatThrownBy(() -> fx.accounts.as(
                        officer, () -> fx.exhibitions.advance(id, closed.version(), ExhibitionStatus.ALLOCATED)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly("exhibition.error.needsAllocation"));

        // a published exhibition freezes the venue's kiosks (published by the allocation issue; set directly here)
        dsl.update(EXHIBITION)
                .set(EXHIBITION.STATUS, ExhibitionStatus.PUBLISHED)
                .where(EXHIBITION.ID.eq(id))
                .execute();
        Kiosk k1 = fx.accounts.as(officer, () -> fx.venues.kiosks(mall)).getFirst();
        assertThatThrownBy(() -> fx.accounts.as(officer, () -> fx.kiosks.moveKiosk(k1.id(), k1.version(), 0, 9, 9)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("venue.error.published");
        assertThatThrownBy(() -> fx.accounts.as(officer, () -> fx.kiosks.removeKiosk(k1.id())))
                .isInstanceOf(ConflictException.class)
                .hasMessage("venue.error.published");
    }

    @Test
    void badExhibitionsAreRefusedWithEveryReason() {
        long bidhannagar = fx.municipality("Bidhannagar");
        String officer = fx.accounts.officer(Set.of(bidhannagar));
        long mall = fx.mall(officer, bidhannagar, 2);
        LocalDate monday = someMonday();
        OffsetDateTime now = OffsetDateTime.now();
        assertThatThrownBy(() -> fx.accounts.as(
                        officer,
                        () -> fx.exhibitions.create(new ExhibitionForm(
                                mall,
                                "",
                                monday,
                                monday.minusDays(1),
                                null,
                                0,
                                new Catchment(Catchment.Kind.MUNICIPALITIES, List.of(-1L)),
                                List.of("SPACESHIPS"),
                                now,
                                now.minusDays(1)))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .containsExactlyInAnyOrder(
                                        "exhibition.error.title",
                                        "exhibition.error.dates",
                                        "exhibition.error.slotLength",
                                        "exhibition.error.groupsPerKiosk",
                                        "exhibition.error.window",
                                        "exhibition.error.category",
                                        "exhibition.error.catchment"));
        assertThatThrownBy(() -> fx.accounts.as(
                        officer,
                        () -> fx.exhibitions.create(new ExhibitionForm(
                                mall,
                                "Late",
                                monday,
                                monday.plusDays(3),
                                SlotLength.DAY,
                                5,
                                null,
                                List.of(),
                                now,
                                monday.plusDays(1).atStartOfDay(Formats.INDIA).toOffsetDateTime()))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly("exhibition.error.windowAfterStart"));
    }

    @Test
    void verifiedGroupsInTheCatchmentApplyOnceAndOfficersReviewThem() throws Exception {
        long bidhannagar = fx.municipality("Bidhannagar");
        String officer = fx.accounts.officer(Set.of(bidhannagar));
        long mall = fx.mall(officer, bidhannagar, 6);
        long id = fx.exhibition(officer, mall, someMonday(), List.of("HANDLOOM", "CRAFT"));
        List<Slot> slots = fx.accounts.as(officer, () -> fx.exhibitions.slots(id));
        VerifiedGroup group = fx.verifiedGroup(officer, bidhannagar, "HANDLOOM");
        String mobile = group.mobile();
        long product = group.product();
        ApplicationForm form = new ApplicationForm(
                null, List.of(slots.get(1).id(), slots.get(0).id()), List.of(product), true, false, true);

        // not open yet
        assertThatThrownBy(() -> fx.accounts.as(mobile, () -> applications.apply(id, form)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly("application.error.window"));
        fx.open(officer, id);
        // two tabs at the same instant: exactly one application
        assertThat(AtTheSameInstant.successes(4, () -> fx.accounts.as(mobile, () -> applications.apply(id, form))))
                .isEqualTo(1);
        assertThatThrownBy(() -> fx.accounts.as(mobile, () -> applications.apply(id, form)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("application.error.duplicate");
        Application mine = fx.accounts.as(mobile, applications::mine).getFirst();
        assertThat(mine.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(mine.preferredSlots()).containsExactly(2, 1);
        // withdrawn, then applied again: the unique key counts active applications only
        fx.accounts.as(mobile, () -> applications.withdraw(mine.id()));
        long again = fx.accounts.as(mobile, () -> applications.apply(id, form));

        // an unverified group, a group outside the catchment, a food group where only handloom and craft may apply
        String pendingMobile = GroupRegistryTest.newMobile();
        fx.registrations.register(new SignUpForm(
                "Pending " + pendingMobile,
                bidhannagar,
                "1",
                10,
                "Mita",
                pendingMobile,
                "long-enough",
                null,
                true,
                Set.of("CRAFT"),
                "bn"));
        assertThatThrownBy(() -> fx.accounts.as(
                        pendingMobile,
                        () -> applications.apply(
                                id,
                                new ApplicationForm(
                                        null, List.of(slots.getFirst().id()), List.of(), false, false, true))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .contains("application.error.notVerified", "application.error.products"));
        long alipurduar = fx.municipality("Alipurduar");
        String farOfficer = fx.accounts.officer(Set.of(alipurduar));
        VerifiedGroup far = fx.verifiedGroup(farOfficer, alipurduar, "HANDLOOM");
        assertThatThrownBy(() -> fx.accounts.as(
                        far.mobile(),
                        () -> applications.apply(
                                id,
                                new ApplicationForm(
                                        null,
                                        List.of(slots.getFirst().id()),
                                        List.of(far.product()),
                                        false,
                                        false,
                                        true))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly("application.error.catchment"));
        VerifiedGroup food = fx.verifiedGroup(officer, bidhannagar, "FOOD");
        assertThatThrownBy(() -> fx.accounts.as(
                        food.mobile(),
                        () -> applications.apply(
                                id,
                                new ApplicationForm(
                                        null,
                                        List.of(slots.getFirst().id()),
                                        List.of(food.product()),
                                        false,
                                        true,
                                        false))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .containsExactly("application.error.category", "application.error.declaration"));

        // the officer enters a paper form for another group; the audit log says so
        VerifiedGroup paper = fx.verifiedGroup(officer, bidhannagar, "CRAFT");
        long onBehalf = fx.accounts.as(
                officer,
                () -> applications.apply(
                        id,
                        new ApplicationForm(
                                paper.id(),
                                List.of(slots.getFirst().id()),
                                List.of(paper.product()),
                                false,
                                false,
                                true)));
        assertThat(dsl.fetchValue(
                        AUDIT_LOG.NEW_VALUE,
                        AUDIT_LOG.ENTITY_ID.eq(String.valueOf(onBehalf)).and(AUDIT_LOG.ENTITY_TYPE.eq("APPLICATION"))))
                .contains("on behalf of the group by " + officer);
        assertThatThrownBy(() -> fx.accounts.as(
                        farOfficer,
                        () -> applications.apply(
                                id,
                                new ApplicationForm(
                                        paper.id(),
                                        List.of(slots.getFirst().id()),
                                        List.of(paper.product()),
                                        false,
                                        false,
                                        true))))
                .isInstanceOf(AccessDeniedException.class);

        // review: bulk accept, reject with a reason the group sees, counts
        assertThat(fx.accounts.as(officer, () -> applications.accept(id, List.of(again, onBehalf))))
                .isEqualTo(2);
        assertThatThrownBy(() -> fx.accounts.as(officer, () -> applications.reject(id, List.of(onBehalf), " ")))
                .isInstanceOf(ValidationException.class);
        fx.accounts.as(officer, () -> applications.reject(id, List.of(onBehalf), "Products are bought, not made"));
        assertThat(fx.accounts.as(paper.mobile(), applications::mine).getFirst())
                .satisfies(a -> assertThat(a.status()).isEqualTo(ApplicationStatus.REJECTED))
                .satisfies(a -> assertThat(a.reason()).isEqualTo("Products are bought, not made"));
        assertThat(fx.accounts.as(
                        officer,
                        () -> applications.count(
                                id, new ApplicationFilter(ApplicationStatus.ACCEPTED, null, null, null, null))))
                .isEqualTo(1);
        assertThat(fx.accounts.as(officer, () -> applications.countsBy(id, "municipality")))
                .singleElement()
                .satisfies(c -> assertThat(c.count()).isEqualTo(2));
        assertThatThrownBy(() -> fx.accounts.as(farOfficer, () -> applications.accept(id, List.of(again))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.accounts.as(mobile, () -> applications.accept(id, List.of(again))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void applicationsAfterTheWindowAreRefused() throws Exception {
        long bidhannagar = fx.municipality("Bidhannagar");
        String officer = fx.accounts.officer(Set.of(bidhannagar));
        long mall = fx.mall(officer, bidhannagar, 1);
        LocalDate monday = someMonday();
        OffsetDateTime now = OffsetDateTime.now();
        long id = fx.accounts.as(
                officer,
                () -> fx.exhibitions.create(new ExhibitionForm(
                        mall,
                        "Short window",
                        monday,
                        monday,
                        SlotLength.WHOLE,
                        3,
                        null,
                        List.of(),
                        now.minusMinutes(1),
                        now.plusSeconds(2))));
        fx.open(officer, id);
        VerifiedGroup group = fx.verifiedGroup(officer, bidhannagar, "JUTE");
        long slot = fx.accounts
                .as(officer, () -> fx.exhibitions.slots(id))
                .getFirst()
                .id();
        Thread.sleep(Math.max(
                0, Duration.between(OffsetDateTime.now(), now.plusSeconds(2)).toMillis() + 100));
        assertThatThrownBy(() -> fx.accounts.as(
                        group.mobile(),
                        () -> applications.apply(
                                id,
                                new ApplicationForm(
                                        null, List.of(slot), List.of(group.product()), false, false, true))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly("application.error.window"));
        assertThat(fx.accounts.as(group.mobile(), applications::openForMe))
                .extracting(Exhibition::id)
                .doesNotContain(id);
    }
}
