package app.haat.allocation;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.APP_USER;
import static app.haat.db.Tables.WAITLIST_OFFER;

import app.haat.support.TestAccounts;
import java.util.Objects;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Test steps for waitlist offers: what a group does on its phone, found from the database. */
@Component
public class OfferSteps {

    private final DSLContext dsl;
    private final TestAccounts accounts;
    private final WaitlistOfferService offers;

    OfferSteps(DSLContext dsl, TestAccounts accounts, WaitlistOfferService offers) {
        this.dsl = dsl;
        this.accounts = accounts;
        this.offers = offers;
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
