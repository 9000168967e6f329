package app.haat.allocation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires waitlist offers within a minute of their deadline, also after a restart (the deadline is in the database, the
 * job looks every 30 seconds from start-up). Running it twice, or on two nodes, closes each offer once.
 */
@Component
class OfferExpiry {

    private final WaitlistOfferService offers;

    OfferExpiry(WaitlistOfferService offers) {
        this.offers = offers;
    }

    @Scheduled(initialDelayString = "${haat.offers.expiry-initial-delay:PT20S}", fixedDelayString = "PT30S")
    @SchedulerLock(name = "offer-expiry", lockAtMostFor = "PT5M", lockAtLeastFor = "PT15S")
    public void expireDue() {
        offers.expireDue();
    }
}
