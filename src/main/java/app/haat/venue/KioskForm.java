package app.haat.venue;

import java.math.BigDecimal;

/** A new kiosk as typed: code, position on a floor, size in metres, capacity and attributes. */
public record KioskForm(String code, int floor, int x, int y, BigDecimal widthM, BigDecimal depthM, Integer capacity,
                        boolean electricity, boolean foodAllowed, boolean corner) {
}
