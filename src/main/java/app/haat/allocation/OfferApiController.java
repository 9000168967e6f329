package app.haat.allocation;

import app.haat.core.api.ValidationException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Waitlist offers over HTTP: the exhibition's officers list them, offer a free seat and set the exhibition's rule;
 * the offered group answers. Scoped by the service, as in the UI.
 */
@RestController
class OfferApiController {

    private final WaitlistOfferService offers;
    private final AttendanceConfirmationService confirmations;

    OfferApiController(WaitlistOfferService offers, AttendanceConfirmationService confirmations) {
        this.offers = offers;
        this.confirmations = confirmations;
    }

    @GetMapping("/api/exhibitions/{id}/offers")
    List<WaitlistOffer> offers(@PathVariable long id) {
        return offers.offers(id);
    }

    /** {@code {"kioskId":…, "slotId":…}}: offers that free seat to the first eligible waitlisted group. */
    @PostMapping("/api/exhibitions/{id}/offers")
    @ResponseStatus(HttpStatus.CREATED)
    WaitlistOffer offerFreeSeat(@PathVariable long id, @RequestBody @Nullable SeatBody body) {
        if (body == null || body.kioskId() == null || body.slotId() == null) {
            throw new ValidationException("offer.error.seatRequired");
        }
        return offers.offerFreeSeat(id, body.kioskId(), body.slotId());
    }

    @GetMapping("/api/exhibitions/{id}/offer-rule")
    OfferRule rule(@PathVariable long id) {
        return offers.rule(id);
    }

    /** {@code {"replyHours":24, "confirmDays":3}} ({@code confirmDays} null: assigned groups are not asked). */
    @PutMapping("/api/exhibitions/{id}/offer-rule")
    OfferRule setRule(@PathVariable long id, @RequestBody @Nullable RuleBody body) {
        if (body == null || body.replyHours() == null) {
            throw new ValidationException("offer.error.replyHours");
        }
        return offers.setRule(id, new OfferRule(body.replyHours(), body.confirmDays()));
    }

    /** The signed-in group's offers, open ones first. */
    @GetMapping("/api/offers")
    List<WaitlistOffer> mine() {
        return offers.mine();
    }

    @PostMapping("/api/offers/{offerId}/accept")
    WaitlistOffer accept(@PathVariable long offerId) {
        return offers.accept(offerId);
    }

    @PostMapping("/api/offers/{offerId}/decline")
    WaitlistOffer decline(@PathVariable long offerId) {
        return offers.decline(offerId);
    }

    /** The assigned groups asked to confirm that have not yet. */
    @GetMapping("/api/exhibitions/{id}/unconfirmed")
    List<ConfirmationRepository.Stand> unconfirmed(@PathVariable long id) {
        return confirmations.unconfirmed(id);
    }

    /** Releases the seat of a group that was asked and did not confirm; the seat is offered to the waitlist. */
    @PostMapping("/api/exhibitions/{id}/applications/{applicationId}/release")
    void release(@PathVariable long id, @PathVariable long applicationId) {
        confirmations.release(id, applicationId);
    }

    /** The group confirms it will come. */
    @PostMapping("/api/applications/{applicationId}/confirm")
    void confirm(@PathVariable long applicationId) {
        confirmations.confirm(applicationId);
    }

    record SeatBody(@Nullable Long kioskId, @Nullable Long slotId) {}

    record RuleBody(@Nullable Integer replyHours, @Nullable Integer confirmDays) {}
}
