package app.haat.exhibition;

/**
 * The printable allotment letter of the signed-in group's own published assignment. The allocation feature makes
 * it; My stalls offers it for download (this interface keeps exhibition free of a dependency on allocation).
 */
public interface AllotmentLetters {

    /** The letter as a PDF; refused unless the application is the caller's own and its assignment is published. */
    byte[] allotmentLetter(long applicationId);
}
