package app.haat.listing;

import io.swagger.v3.oas.annotations.Operation;
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
    @Operation(summary = "Where a group sells online (the group, its officers, admins)")
    List<Listing> listings(@PathVariable long id) {
        return listings.listings(id);
    }

    /**
     * {@code POST /api/groups/{id}/listings} {@code {"marketplaceId":1,"sellerId":"…","link":"https://…",
     * "productIds":[…]}}: a new listing, not yet confirmed. The link must be an http or https address; the products
     * must be the group's own.
     */
    @PostMapping("/api/groups/{id}/listings")
    @Operation(summary = "Record a group's online shop (not confirmed yet; http(s) link, the group's own products)")
    @ResponseStatus(HttpStatus.CREATED)
    Listing add(@PathVariable long id, @RequestBody @Nullable ListingForm body) {
        return listings.add(id, body == null ? EMPTY : body);
    }

    /** {@code PUT /api/groups/{id}/listings/{listingId}}: changes it; a new marketplace, id or link unconfirms it. */
    @PutMapping("/api/groups/{id}/listings/{listingId}")
    @Operation(summary = "Change an online shop (a new marketplace, seller id or link clears its confirmation)")
    Listing update(@PathVariable long id, @PathVariable long listingId, @RequestBody @Nullable ListingForm body) {
        return listings.update(id, listingId, body == null ? EMPTY : body);
    }

    /** {@code DELETE /api/groups/{id}/listings/{listingId}}: the group no longer sells there. */
    @DeleteMapping("/api/groups/{id}/listings/{listingId}")
    @Operation(summary = "Remove an online shop")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, @PathVariable long listingId) {
        listings.delete(id, listingId);
    }

    /** {@code POST /api/groups/{id}/listings/{listingId}/confirm}: an officer of the group (or an admin) confirms it. */
    @PostMapping("/api/groups/{id}/listings/{listingId}/confirm")
    @Operation(summary = "Confirm an online shop (officers of the group, admins)")
    Listing confirm(@PathVariable long id, @PathVariable long listingId) {
        return listings.confirm(id, listingId, true);
    }

    /** {@code DELETE /api/groups/{id}/listings/{listingId}/confirm}: the confirmation taken back. */
    @DeleteMapping("/api/groups/{id}/listings/{listingId}/confirm")
    @Operation(summary = "Take a confirmation back (officers of the group, admins)")
    Listing unconfirm(@PathVariable long id, @PathVariable long listingId) {
        return listings.confirm(id, listingId, false);
    }

    /** {@code GET /api/marketplaces}: every marketplace, those in use first ({@code active} false: retired). */
    @GetMapping("/api/marketplaces")
    @Operation(summary = "The marketplaces, those in use first (active false: retired)")
    List<Marketplace> marketplaces() {
        return marketplaces.all();
    }

    /** {@code POST /api/marketplaces} {@code {"name":"…","nameBn":"…"}}: admins add a marketplace. */
    @PostMapping("/api/marketplaces")
    @Operation(summary = "Add a marketplace (admins)")
    @ResponseStatus(HttpStatus.CREATED)
    Marketplace addMarketplace(@RequestBody @Nullable MarketplaceForm body) {
        return marketplaces.add(body == null ? new MarketplaceForm(null, null) : body);
    }

    /** {@code PUT /api/marketplaces/{id}} {@code {"name":"…","nameBn":"…"}}: admins rename one. */
    @PutMapping("/api/marketplaces/{id}")
    @Operation(summary = "Rename a marketplace (admins)")
    Marketplace renameMarketplace(@PathVariable long id, @RequestBody @Nullable MarketplaceForm body) {
        return marketplaces.rename(id, body == null ? new MarketplaceForm(null, null) : body);
    }

    /** {@code POST /api/marketplaces/{id}/retire}: kept for its listings, offered for no new one. */
    @PostMapping("/api/marketplaces/{id}/retire")
    @Operation(summary = "Retire a marketplace: its listings stay, no new one may name it (admins)")
    Marketplace retire(@PathVariable long id) {
        return marketplaces.setActive(id, false);
    }

    /** {@code POST /api/marketplaces/{id}/reinstate}: a retired marketplace in use again. */
    @PostMapping("/api/marketplaces/{id}/reinstate")
    @Operation(summary = "Bring a retired marketplace back (admins)")
    Marketplace reinstate(@PathVariable long id) {
        return marketplaces.setActive(id, true);
    }
}
