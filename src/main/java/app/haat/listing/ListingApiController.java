package app.haat.listing;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Groups selling online over HTTP: a group's listings (the group itself, its officers, admins) and the marketplace
 * list (everyone signed in reads it, admins keep it). Scoped in the services like the screens.
 */
@RestController
class ListingApiController {

    private static final ListingForm EMPTY = new ListingForm(null, null, null, null);
    private final ListingService listings;
    private final MarketplaceService marketplaces;

    ListingApiController(ListingService listings, MarketplaceService marketplaces) {
        this.listings = listings;
        this.marketplaces = marketplaces;
    }

    /** {@code GET /api/groups/{id}/listings}: where the group sells online, confirmed or not. */
    @GetMapping("/api/groups/{id}/listings")
    List<Listing> listings(@PathVariable long id) {
        return listings.listings(id);
    }

    /**
     * {@code POST /api/groups/{id}/listings} {@code {"marketplaceId":1,"sellerId":"…","link":"https://…",
     * "productIds":[…]}}: a new listing, not yet confirmed. The link must be an http or https address; the products
     * must be the group's own.
     */
    @PostMapping("/api/groups/{id}/listings")
    @ResponseStatus(HttpStatus.CREATED)
    Listing add(@PathVariable long id, @RequestBody @Nullable ListingForm body) {
        return listings.add(id, body == null ? EMPTY : body);
    }

    /** {@code PUT /api/groups/{id}/listings/{listingId}}: changes it; a new marketplace, id or link unconfirms it. */
    @PutMapping("/api/groups/{id}/listings/{listingId}")
    Listing update(@PathVariable long id, @PathVariable long listingId, @RequestBody @Nullable ListingForm body) {
        return listings.update(id, listingId, body == null ? EMPTY : body);
    }

    /** {@code DELETE /api/groups/{id}/listings/{listingId}}: the group no longer sells there. */
    @DeleteMapping("/api/groups/{id}/listings/{listingId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, @PathVariable long listingId) {
        listings.delete(id, listingId);
    }

    /** {@code POST /api/groups/{id}/listings/{listingId}/confirm}: an officer of the group (or an admin) confirms it. */
    @PostMapping("/api/groups/{id}/listings/{listingId}/confirm")
    Listing confirm(@PathVariable long id, @PathVariable long listingId) {
        return listings.confirm(id, listingId, true);
    }

    /** {@code DELETE /api/groups/{id}/listings/{listingId}/confirm}: the confirmation taken back. */
    @DeleteMapping("/api/groups/{id}/listings/{listingId}/confirm")
    Listing unconfirm(@PathVariable long id, @PathVariable long listingId) {
        return listings.confirm(id, listingId, false);
    }

    /** {@code GET /api/marketplaces}: every marketplace, those in use first ({@code active} false: retired). */
    @GetMapping("/api/marketplaces")
    List<Marketplace> marketplaces() {
        return marketplaces.all();
    }

    /** {@code POST /api/marketplaces} {@code {"name":"…","nameBn":"…"}}: admins add a marketplace. */
    @PostMapping("/api/marketplaces")
    @ResponseStatus(HttpStatus.CREATED)
    Marketplace addMarketplace(@RequestBody @Nullable MarketplaceForm body) {
        return marketplaces.add(body == null ? new MarketplaceForm(null, null) : body);
    }

    /** {@code PUT /api/marketplaces/{id}} {@code {"name":"…","nameBn":"…"}}: admins rename one. */
    @PutMapping("/api/marketplaces/{id}")
    Marketplace renameMarketplace(@PathVariable long id, @RequestBody @Nullable MarketplaceForm body) {
        return marketplaces.rename(id, body == null ? new MarketplaceForm(null, null) : body);
    }

    /** {@code POST /api/marketplaces/{id}/retire}: kept for its listings, offered for no new one. */
    @PostMapping("/api/marketplaces/{id}/retire")
    Marketplace retire(@PathVariable long id) {
        return marketplaces.setActive(id, false);
    }

    /** {@code POST /api/marketplaces/{id}/reinstate}: a retired marketplace in use again. */
    @PostMapping("/api/marketplaces/{id}/reinstate")
    Marketplace reinstate(@PathVariable long id) {
        return marketplaces.setActive(id, true);
    }
}
