package app.haat.user;

import static app.haat.db.Tables.APP_USER;
import static app.haat.db.Tables.PASSWORD_RESET_TOKEN;
import static app.haat.db.Tables.SHG_GROUP;

import app.haat.core.security.Role;
import app.haat.db.tables.records.AppUserRecord;
import app.haat.group.GroupStatus;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The accounts bound to groups: binding, the code-only accounts of verified groups, renaming, erasing. */
@Repository
class GroupAccountRepository {

    private final DSLContext dsl;

    GroupAccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void bindGroup(long userId, long groupId) {
        dsl.update(APP_USER)
                .set(APP_USER.GROUP_ID, groupId)
                .where(APP_USER.ID.eq(userId))
                .execute();
    }

    /** Disables a deleted group's account and replaces what identified a person (the mobile as user name, name, e-mail). */
    int eraseGroupAccount(long groupId, String unusablePasswordHash) {
        dsl.deleteFrom(PASSWORD_RESET_TOKEN)
                .where(PASSWORD_RESET_TOKEN.USER_ID.in(
                        DSL.select(APP_USER.ID).from(APP_USER).where(APP_USER.GROUP_ID.eq(groupId))))
                .execute();
        return dsl.update(APP_USER)
                .set(APP_USER.USERNAME, DSL.concat(DSL.val("deleted-"), APP_USER.ID.cast(String.class)))
                .set(APP_USER.DISPLAY_NAME, "")
                .set(APP_USER.EMAIL, (String) null)
                .set(APP_USER.ENABLED, false)
                .set(APP_USER.PASSWORD_HASH, unusablePasswordHash)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .set(APP_USER.SESSION_VERSION, APP_USER.SESSION_VERSION.plus(1))
                .where(APP_USER.GROUP_ID.eq(groupId))
                .execute();
    }

    /**
     * Gives every verified, not deleted group with a number and without an account a code-only account (as migration
     * V28 did for the groups of that day); {@code groupIds} limits it to these groups, null for all. Answers how many.
     */
    int insertCodeOnlyAccounts(@Nullable Collection<Long> groupIds, String noPassword, OffsetDateTime now) {
        var g = SHG_GROUP;
        var username = DSL.concat(DSL.inline(CODE_ONLY_PREFIX), g.ID.cast(String.class));
        var condition = g.STATUS
                .eq(GroupStatus.VERIFIED)
                .and(g.PHONE.isNotNull())
                .and(g.DELETED_AT.isNull())
                .andNotExists(DSL.selectOne().from(APP_USER).where(APP_USER.GROUP_ID.eq(g.ID)))
                .andNotExists(DSL.selectOne().from(APP_USER).where(APP_USER.USERNAME.eq(username)));
        if (groupIds != null) {
            condition = condition.and(g.ID.in(groupIds));
        }
        return dsl.insertInto(
                        APP_USER,
                        APP_USER.USERNAME,
                        APP_USER.PASSWORD_HASH,
                        APP_USER.ROLE,
                        APP_USER.DISPLAY_NAME,
                        APP_USER.LANGUAGE,
                        APP_USER.CREATED_AT,
                        APP_USER.GROUP_ID)
                .select(DSL.select(
                                username,
                                DSL.val(noPassword, APP_USER.PASSWORD_HASH),
                                DSL.val(Role.SHG, APP_USER.ROLE),
                                g.LEADER_NAME,
                                DSL.inline("bn"),
                                DSL.val(now, APP_USER.CREATED_AT),
                                g.ID)
                        .from(g)
                        .where(condition))
                .execute();
    }

    /** A code-only account's user name: {@code g} and the group's id (refused for accounts made by hand). */
    static final String CODE_ONLY_PREFIX = "g";

    /** The enabled account of a group, if it has one. */
    Optional<AppUserRecord> enabledAccountOfGroup(long groupId) {
        return dsl.selectFrom(APP_USER)
                .where(APP_USER.GROUP_ID.eq(groupId).and(APP_USER.ENABLED.isTrue()))
                .orderBy(APP_USER.ID)
                .limit(1)
                .fetchOptional();
    }

    void setUsername(long id, String username) {
        dsl.update(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    boolean groupHasAccount(long groupId) {
        return dsl.fetchExists(APP_USER, APP_USER.GROUP_ID.eq(groupId));
    }
}
