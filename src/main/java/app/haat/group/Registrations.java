package app.haat.group;

import org.jspecify.annotations.Nullable;

/**
 * The registrations a centre's case writes into a group's profile beside PAN, GSTIN and bank (#23): the GST enrolment
 * number (selling online within West Bengal without a GSTIN), Udyam and FSSAI registration numbers.
 */
public record Registrations(
        @Nullable String gstEnrolment,
        @Nullable String udyam,
        @Nullable String fssai) {

    public static final Registrations NONE = new Registrations(null, null, null);
}
