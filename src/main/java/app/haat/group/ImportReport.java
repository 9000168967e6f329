package app.haat.group;

import java.util.List;

/** What a bulk import did: new groups, updated groups, and every rejected row with its line and reasons. */
public record ImportReport(
        int imported, int updated, List<RejectedRow> rejected, List<String> unknownColumns, int rejectedCount) {

    public record RejectedRow(long line, List<String> errors) {}
}
