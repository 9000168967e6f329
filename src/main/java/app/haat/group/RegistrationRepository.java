package app.haat.group;

import static app.haat.db.Tables.SHG_GROUP;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/** Writes one obtained number into a group's profile, raising its version like every other profile change. */
@Repository
class RegistrationRepository {

    private final DSLContext dsl;

    RegistrationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void write(long groupId, Field<String> column, String value) {
        dsl.update(SHG_GROUP)
                .set(column, value)
                .set(SHG_GROUP.VERSION, SHG_GROUP.VERSION.plus(1))
                .where(SHG_GROUP.ID.eq(groupId))
                .execute();
    }

    void writeBank(long groupId, String account, String ifsc) {
        dsl.update(SHG_GROUP)
                .set(SHG_GROUP.BANK_ACCOUNT, account)
                .set(SHG_GROUP.IFSC, ifsc)
                .set(SHG_GROUP.VERSION, SHG_GROUP.VERSION.plus(1))
                .where(SHG_GROUP.ID.eq(groupId))
                .execute();
    }
}
