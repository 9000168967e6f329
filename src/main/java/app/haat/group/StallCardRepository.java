package app.haat.group;

import static app.haat.db.Tables.SHG_GROUP;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** A group's UPI ID, the one column the stall card adds to the group's row. */
@Repository
class StallCardRepository {

    private final DSLContext dsl;

    StallCardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void setUpiId(long groupId, @Nullable String upiId) {
        dsl.update(SHG_GROUP)
                .set(SHG_GROUP.UPI_ID, upiId)
                .where(SHG_GROUP.ID.eq(groupId))
                .execute();
    }
}
