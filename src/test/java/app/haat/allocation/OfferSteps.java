package app.haat.allocation;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.APP_USER;
import static app.haat.db.Tables.WAITLIST_OFFER;

import app.haat.exhibition.Application;
import app.haat.exhibition.ApplicationFilter;
import app.haat.exhibition.ApplicationForm;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.exhibition.ExhibitionStatus;
import app.haat.exhibition.Slot;
import app.haat.exhibition.SlotLength;
import app.haat.support.TestAccounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Test steps for waitlist offers: what a group does on its phone, found from the database. */
@Component
public class OfferSteps {

    private final DSLContext dsl;
    private final TestAccounts accounts;
    private final WaitlistOfferService offers;
    private final ExhibitionFixtures fx;
    private final ApplicationService applications;
    private final AllocationService allocation;

    OfferSteps(
            DSLContext dsl,
            TestAccounts accounts,
            WaitlistOfferService offers,
            ExhibitionFixtures fx,
            ApplicationService applications,
            AllocationService allocation) {
        this.dsl = dsl;
        this.accounts = accounts;
        this.offers = offers;
        this.fx = fx;
        this.applications = applications;
        this.allocation = allocation;
    }

    /**
     * A published exhibition at one mall of two kiosks, one slot, one group a kiosk, starting on {@code starts}: five
     * groups of the officer's municipality apply, two are seated and three wait. Answers its id.
     */
    public long publishedWithAWaitlist(String officer, long municipality, String title, LocalDate starts) {
        long mall = fx.mall(officer, municipality, 2);
        long exhibition =
                fx.openExhibition(officer, mall, title + " " + System.nanoTime(), starts, 5, SlotLength.WHOLE, 1);
        long slot = accounts.as(officer, () -> fx.exhibitions.slots(exhibition))
                .getFirst()
                .id();
        for (int i = 0; i < 5; i++) {
            VerifiedGroup group = fx.verifiedGroup(officer, municipality, "JUTE");
            accounts.as(
                    group.mobile(),
                    () -> applications.apply(
                            exhibition,
                            new ApplicationForm(null, List.of(slot), List.of(group.product()), false, false, true)));
        }
        accounts.as(officer, () -> {
            fx.exhibitions.advance(exhibition, fx.exhibitions.get(exhibition).version(), ExhibitionStatus.CLOSED);
            allocation.run(exhibition, null);
            allocation.publish(exhibition);
        });
        return exhibition;
    }

    /**
     * A published exhibition of two weeks at a mall of one kiosk, one group a kiosk, starting on {@code starts}: a
     * group of the officer's municipality applies for each week listed in {@code weeks} (0: the first, 1: the second).
     * Answers its id.
     */
    public long publishedInWeeks(String officer, long municipality, String title, LocalDate starts, int... weeks) {
        long mall = fx.mall(officer, municipality, 1);
        long exhibition = fx.openExhibition(officer, mall, title, starts, 14, SlotLength.WEEK, 1);
        List<Slot> slots = accounts.as(officer, () -> fx.exhibitions.slots(exhibition));
        for (int week : weeks) {
            VerifiedGroup group = fx.verifiedGroup(officer, municipality, "JUTE");
            long slot = slots.get(week).id();
            accounts.as(
                    group.mobile(),
                    () -> applications.apply(
                            exhibition,
                            new ApplicationForm(null, List.of(slot), List.of(group.product()), false, false, true)));
        }
        fx.close(officer, exhibition);
        accounts.as(officer, () -> {
            allocation.run(exhibition, null);
            allocation.publish(exhibition);
        });
        return exhibition;
    }

    /** The exhibition's waitlist, first place first. */
    public List<Application> waiting(String officer, long exhibition) {
        List<Application> list = new ArrayList<>(accounts.as(
                officer,
                () -> applications.page(
                        exhibition,
                        new ApplicationFilter(ApplicationStatus.WAITLISTED, null, null, null, null),
                        0,
                        100)));
        list.sort(Comparator.comparing(Application::waitlistPosition));
        return list;
    }

    /** The exhibition's one open offer (fails when there is none, or more than one). */
    public WaitlistOffer theOpenOffer(long exhibitionId) {
        long id = Objects.requireNonNull(dsl.select(WAITLIST_OFFER.ID)
                .from(WAITLIST_OFFER)
                .where(WAITLIST_OFFER.EXHIBITION_ID.eq(exhibitionId).and(WAITLIST_OFFER.STATUS.eq(OfferStatus.OPEN)))
                .fetchSingle(WAITLIST_OFFER.ID));
        return accounts.as(groupAccount(id), () -> offers.mine()).stream()
                .filter(o -> o.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** The offered group takes the exhibition's one open offer; answers the offer. */
    public WaitlistOffer acceptTheOpenOffer(long exhibitionId) {
        WaitlistOffer offer = theOpenOffer(exhibitionId);
        return accounts.as(groupAccount(offer.id()), () -> offers.accept(offer.id()));
    }

    /** The offered group gives up the exhibition's one open offer; answers the offer. */
    public WaitlistOffer declineTheOpenOffer(long exhibitionId) {
        WaitlistOffer offer = theOpenOffer(exhibitionId);
        return accounts.as(groupAccount(offer.id()), () -> offers.decline(offer.id()));
    }

    /** The sign-in name of the offered group's account. */
    public String groupAccount(long offerId) {
        return dsl.select(APP_USER.USERNAME)
                .from(WAITLIST_OFFER)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(WAITLIST_OFFER.APPLICATION_ID))
                .join(APP_USER)
                .on(APP_USER.GROUP_ID.eq(APPLICATION.GROUP_ID))
                .where(WAITLIST_OFFER.ID.eq(offerId))
                .limit(1)
                .fetchSingle(APP_USER.USERNAME);
    }
}
