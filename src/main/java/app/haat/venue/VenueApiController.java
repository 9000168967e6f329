package app.haat.venue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Venues over HTTP, scoped by the service as in the UI. */
@RestController
@RequestMapping("/api/venues")
class VenueApiController {

    private final VenueService venues;
    private final AffectedExhibitions closures;

    VenueApiController(VenueService venues, AffectedExhibitions closures) {
        this.venues = venues;
        this.closures = closures;
    }

    /**
     * {@code GET /api/venues/{id}/affected?from=2027-01-10&to=2027-01-12}: the venue closes for these days; its
     * exhibitions whose dates meet them (not finished or cancelled), to postpone or cancel each
     * ({@code POST /api/exhibitions/{id}/postpone|cancel}); for whoever manages the venue.
     */
    @GetMapping("/{id}/affected")
    List<AffectedExhibitions.Affected> affected(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to) {
        return closures.affected(id, from, to);
    }

    /** {@code POST /api/venues}: a mall or centre with its kiosks, or a van with its capacity. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> create(@RequestBody VenueForm form) {
        return Map.of("id", venues.create(form));
    }

    /**
     * {@code PUT /api/venues/{id}/location}: sets the venue's map location (latitude and longitude in degrees), or
     * clears it with both null; for whoever may change the venue.
     */
    @PutMapping("/{id}/location")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void location(@PathVariable long id, @RequestBody LocationJson location) {
        venues.setLocation(id, location.latitude(), location.longitude());
    }

    record LocationJson(
            @Nullable BigDecimal latitude, @Nullable BigDecimal longitude) {}

    @GetMapping("/{id}")
    VenueJson get(@PathVariable long id) {
        return new VenueJson(venues.get(id), venues.kiosks(id));
    }

    record VenueJson(Venue venue, List<Kiosk> kiosks) {}
}
