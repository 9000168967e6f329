package app.haat.search;

/** How many groups and applications: in the database (what the index should hold) or in the index. */
public record IndexCounts(long groups, long applications) {

    long total() {
        return groups + applications;
    }
}
