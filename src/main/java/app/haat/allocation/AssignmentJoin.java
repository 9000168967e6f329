package app.haat.allocation;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.ASSIGNMENT;
import static app.haat.db.Tables.EXHIBITION_SLOT;
import static app.haat.db.Tables.KIOSK;
import static app.haat.db.Tables.MUNICIPALITY;
import static app.haat.db.Tables.SHG_GROUP;

import org.jooq.Table;

/**
 * Each seat the allocation gave (an assignment) with its application, the group, the group's municipality, the kiosk
 * and the slot: read by the board's export here and by the sales overview, which builds on the seats.
 */
public final class AssignmentJoin {

    private AssignmentJoin() {}

    /** The six tables joined; a new join each time, as jOOQ's query parts are built, not shared. */
    public static Table<?> seats() {
        return ASSIGNMENT
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(ASSIGNMENT.APPLICATION_ID))
                .join(SHG_GROUP)
                .on(SHG_GROUP.ID.eq(APPLICATION.GROUP_ID))
                .join(MUNICIPALITY)
                .on(MUNICIPALITY.ID.eq(SHG_GROUP.MUNICIPALITY_ID))
                .join(KIOSK)
                .on(KIOSK.ID.eq(ASSIGNMENT.KIOSK_ID))
                .join(EXHIBITION_SLOT)
                .on(EXHIBITION_SLOT.ID.eq(ASSIGNMENT.SLOT_ID));
    }
}
