package app.haat.venue;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A new venue's floor plan, and a van's registration (null for the others), as checked from the form. */
record VenueLayout(
        int floors, int columns, int rows, @Nullable String registration) {

    /** A vehicle registration as written in West Bengal, e.g. WB 12 AB 1234 (spaces and dashes optional). */
    private static final Pattern VAN_REGISTRATION = Pattern.compile("[A-Z]{2}\\d{1,2}[A-Z]{0,3}\\d{1,4}");

    /** A van: a valid registration and capacity on a 2 by 2 plan of one floor; else floors and a plan in range. */
    static VenueLayout check(VenueForm form, List<String> errors) {
        if (form.kind() == VenueKind.VAN) {
            String registration = form.registrationNo() == null
                    ? ""
                    : form.registrationNo().toUpperCase().replaceAll("[\\s-]", "");
            if (!VAN_REGISTRATION.matcher(registration).matches()) {
                errors.add("venue.error.registration");
            }
            if (form.capacity() == null || form.capacity() < 1 || form.capacity() > VenueService.MAX_CAPACITY) {
                errors.add("venue.error.capacity");
            }
            return new VenueLayout(1, 2, 2, registration);
        }
        int floors = form.floors() == null ? 1 : form.floors();
        int columns = form.planColumns() == null ? 12 : form.planColumns();
        int rows = form.planRows() == null ? 8 : form.planRows();
        if (floors < 1 || floors > VenueService.MAX_FLOORS) {
            errors.add("venue.error.floors");
        }
        if (columns < 2 || columns > 40 || rows < 2 || rows > 40) {
            errors.add("venue.error.plan");
        }
        return new VenueLayout(floors, columns, rows, null);
    }
}
