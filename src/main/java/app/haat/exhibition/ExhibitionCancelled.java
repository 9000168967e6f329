package app.haat.exhibition;

/** An exhibition was cancelled: its placements and offers are released in the same transaction. */
public record ExhibitionCancelled(long exhibitionId) {}
