package app.haat.venue;

/** A mall with kiosks, a mobile van (one kiosk of its capacity) or a centre with display bays. */
public enum VenueKind {
    MALL,
    VAN,
    CENTRE
}
