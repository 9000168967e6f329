package app.haat.region;

/** The kind of urban local body, as the state's list names it. */
public enum UlbType {
    CORPORATION,
    MUNICIPALITY,
    NOTIFIED_AREA
}
