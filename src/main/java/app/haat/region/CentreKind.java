package app.haat.region;

/**
 * What a centre is for: the Salt Lake Sector-1 centre runs trainings and displays; a City Livelihood Centre serves its
 * zone's municipalities at its registration desk.
 */
public enum CentreKind {
    TRAINING,
    LIVELIHOOD
}
