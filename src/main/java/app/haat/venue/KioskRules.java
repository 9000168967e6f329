package app.haat.venue;

import app.haat.core.api.InputRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The checks of a kiosk's form that need no database, apart from the service that enforces access and locks. */
final class KioskRules {

    private static final BigDecimal MAX_METRES = BigDecimal.valueOf(50);

    private KioskRules() {}

    /** Code, cell, capacity and size of a new kiosk, every mistake at once. */
    static List<String> errors(Venue venue, KioskForm form, String code) {
        List<String> errors = new ArrayList<>();
        if (code.isEmpty() || code.length() > KioskService.MAX_KIOSK_CODE) {
            errors.add("venue.error.kioskCode");
        }
        InputRules.checkSingleLine(errors, code);
        errors.addAll(positionErrors(venue, form.floor(), form.x(), form.y()));
        // how many groups' displays the kiosk holds: required, since it bounds every exhibition's places in it
        int capacity = form.capacity() == null ? 0 : form.capacity();
        if (form.capacity() == null) {
            errors.add("venue.error.capacityRequired");
        } else if (capacity < 1 || capacity > VenueService.MAX_CAPACITY) {
            errors.add("venue.error.capacity");
        }
        for (BigDecimal size : new BigDecimal[] {form.widthM(), form.depthM()}) {
            if (size != null && (size.signum() <= 0 || size.compareTo(MAX_METRES) > 0)) {
                errors.add("venue.error.size");
                break;
            }
        }
        return errors;
    }

    static List<String> positionErrors(Venue venue, int floor, int x, int y) {
        if (floor < 0
                || floor >= venue.floors()
                || x < 0
                || x >= venue.planColumns()
                || y < 0
                || y >= venue.planRows()) {
            return List.of("venue.error.offFloor");
        }
        return List.of();
    }
}
