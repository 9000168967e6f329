package app.haat.exhibition;

/** How long one group keeps its place in a kiosk: a day, a week, or the whole exhibition. */
public enum SlotLength {
    DAY,
    WEEK,
    WHOLE
}
