package app.haat.venue;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new venue. Malls and centres give floors and a floor-plan grid (columns × rows of cells); a van gives its
 * registration number and capacity in groups and gets one kiosk of that capacity. Kiosks may come along (API), and
 * a map location (latitude and longitude in degrees, both or neither).
 */
public record VenueForm(
        VenueKind kind,
        String name,
        @Nullable Long municipalityId,
        @Nullable String address,
        @Nullable Integer floors,
        @Nullable Integer planColumns,
        @Nullable Integer planRows,
        @Nullable String registrationNo,
        @Nullable Integer capacity,
        @Nullable List<KioskForm> kiosks,
        @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude) {

    /** A venue without a map location. */
    public VenueForm(
            VenueKind kind,
            String name,
            @Nullable Long municipalityId,
            @Nullable String address,
            @Nullable Integer floors,
            @Nullable Integer planColumns,
            @Nullable Integer planRows,
            @Nullable String registrationNo,
            @Nullable Integer capacity,
            @Nullable List<KioskForm> kiosks) {
        this(
                kind,
                name,
                municipalityId,
                address,
                floors,
                planColumns,
                planRows,
                registrationNo,
                capacity,
                kiosks,
                null,
                null);
    }
}
