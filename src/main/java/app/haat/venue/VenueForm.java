package app.haat.venue;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new venue. Malls and centres give floors and a floor-plan grid (columns × rows of cells); a van gives its
 * registration number and capacity in groups and gets one kiosk of that capacity. Kiosks may come along (API), and
 * a map location (latitude and longitude in degrees, both or neither), and a Bengali name and address (optional,
 * shown to Bengali readers).
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
        @Nullable BigDecimal longitude,
        @Nullable String nameBn,
        @Nullable String addressBn) {

    /** A venue with a map location but no Bengali name. */
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
            @Nullable List<KioskForm> kiosks,
            @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude) {
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
                latitude,
                longitude,
                null,
                null);
    }

    /** The same venue with its optional Bengali name and address. */
    public VenueForm withBengali(@Nullable String bengaliName, @Nullable String bengaliAddress) {
        return new VenueForm(
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
                latitude,
                longitude,
                bengaliName,
                bengaliAddress);
    }

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
