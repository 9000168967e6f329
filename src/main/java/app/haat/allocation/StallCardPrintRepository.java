package app.haat.allocation;

import static app.haat.db.Tables.APPLICATION;
import static app.haat.db.Tables.ASSIGNMENT;
import static app.haat.db.Tables.KIOSK;

import app.haat.exhibition.ApplicationStatus;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

/** The groups holding kiosks at an exhibition, with each kiosk they hold: what the stall cards' print needs. */
@Repository
class StallCardPrintRepository {

    /** A group's seat: its kiosk's code (one row per slot it holds). */
    record Held(long groupId, String kiosk) {}

    private final DSLContext dsl;

    StallCardPrintRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Held> held(long exhibitionId) {
        return dsl.selectDistinct(APPLICATION.GROUP_ID, KIOSK.CODE)
                .from(ASSIGNMENT)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(ASSIGNMENT.APPLICATION_ID))
                .join(KIOSK)
                .on(KIOSK.ID.eq(ASSIGNMENT.KIOSK_ID))
                .where(ASSIGNMENT.EXHIBITION_ID.eq(exhibitionId).and(APPLICATION.STATUS.eq(ApplicationStatus.ASSIGNED)))
                .fetch(Records.mapping(Held::new));
    }
}
