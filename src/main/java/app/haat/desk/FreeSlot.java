package app.haat.desk;

import java.time.OffsetDateTime;
import java.util.List;

/** A slot within a centre's hours with the staff free at that time (at least one). */
public record FreeSlot(OffsetDateTime start, OffsetDateTime end, List<StaffMember> free) {

    /** One of a centre's staff, as the desk names them. */
    public record StaffMember(long id, String name) {}
}
