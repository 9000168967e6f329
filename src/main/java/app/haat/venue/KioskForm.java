package app.haat.venue;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A new kiosk as typed: code, position on a floor, size in metres, capacity and attributes. Boxed so that API clients
 * may leave out what does not apply (a missing floor is the ground floor, a missing attribute is "no").
 */
public record KioskForm(
        String code,
        Integer floor,
        Integer x,
        Integer y,
        @Nullable BigDecimal widthM,
        @Nullable BigDecimal depthM,
        @Nullable Integer capacity,
        Boolean electricity,
        Boolean foodAllowed,
        Boolean corner) {

    public KioskForm {
        floor = floor == null ? 0 : floor;
        x = x == null ? -1 : x;
        y = y == null ? -1 : y;
        electricity = Boolean.TRUE.equals(electricity);
        foodAllowed = Boolean.TRUE.equals(foodAllowed);
        corner = Boolean.TRUE.equals(corner);
    }
}
