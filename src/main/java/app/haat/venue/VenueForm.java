package app.haat.venue;

import java.util.List;

/**
 * A new venue. Malls and centres give floors and a floor-plan grid (columns × rows of cells); a van gives its
 * registration number and capacity in groups and gets one kiosk of that capacity. Kiosks may come along (API).
 */
public record VenueForm(VenueKind kind, String name, Long municipalityId, String address, Integer floors,
                        Integer planColumns, Integer planRows, String registrationNo, Integer capacity,
                        List<KioskForm> kiosks) {
}
