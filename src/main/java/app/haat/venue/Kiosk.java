package app.haat.venue;

import java.math.BigDecimal;

/** A kiosk on a floor plan (a van's or a display bay's single kiosk has its capacity in groups). */
public record Kiosk(
        long id,
        long venueId,
        String code,
        int floor,
        int x,
        int y,
        BigDecimal widthM,
        BigDecimal depthM,
        int capacity,
        boolean electricity,
        boolean foodAllowed,
        boolean corner,
        int version) {}
