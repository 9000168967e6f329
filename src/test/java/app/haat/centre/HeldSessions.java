package app.haat.centre;

import static app.haat.db.Tables.TRAINING_SESSION;

import org.jooq.DSLContext;

/**
 * The tests' sessions lie years ahead (so that trainers of different tests never clash) and attendance is marked only
 * once a session has begun: this moves sessions back by whole weeks, the weekday and time kept, as if they were held.
 */
final class HeldSessions {

    /** How far back a held session moves: about twenty years, into 2016 and after for the tests' dates. */
    static final int WEEKS_BACK = 1040;

    private HeldSessions() {}

    static void held(DSLContext dsl, long... sessionIds) {
        for (long id : sessionIds) {
            var row = dsl.fetchSingle(TRAINING_SESSION, TRAINING_SESSION.ID.eq(id));
            row.setStartsAt(row.getStartsAt().minusWeeks(WEEKS_BACK));
            row.setEndsAt(row.getEndsAt().minusWeeks(WEEKS_BACK));
            row.store();
        }
    }
}
