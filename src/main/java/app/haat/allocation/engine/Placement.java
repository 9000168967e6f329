package app.haat.allocation.engine;

/** An application placed in a kiosk for a slot; locked placements survive a re-run. */
public record Placement(long applicationId, long kioskId, long slotId, boolean locked) {}
