package app.haat.otp;

import static app.haat.db.Tables.APP_USER;
import static app.haat.db.Tables.ONE_TIME_CODE;
import static app.haat.db.Tables.SHG_GROUP;

import app.haat.core.security.Role;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class OtpRepository {

    private final DSLContext dsl;

    OtpRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A code as stored: never the code itself. */
    record StoredCode(
            long id,
            String codeHash,
            OffsetDateTime expiresAt,
            int tries,
            @Nullable OffsetDateTime usedAt,
            @Nullable Long userId) {}

    /** A group that holds a number and has an enabled account: what a code for that number may open. */
    record Holder(long groupId, String name, long userId) {}

    long insert(
            String mobile,
            OtpPurpose purpose,
            String codeHash,
            OffsetDateTime now,
            OffsetDateTime expiresAt,
            String clientAddress,
            @Nullable Long userId) {
        return Objects.requireNonNull(dsl.insertInto(ONE_TIME_CODE)
                .set(ONE_TIME_CODE.MOBILE, mobile)
                .set(ONE_TIME_CODE.PURPOSE, purpose)
                .set(ONE_TIME_CODE.CODE_HASH, codeHash)
                .set(ONE_TIME_CODE.CREATED_AT, now)
                .set(ONE_TIME_CODE.EXPIRES_AT, expiresAt)
                .set(ONE_TIME_CODE.CLIENT_ADDRESS, clientAddress)
                .set(ONE_TIME_CODE.USER_ID, userId)
                .returning(ONE_TIME_CODE.ID)
                .fetchOne(ONE_TIME_CODE.ID));
    }

    int countForNumberSince(String mobile, OffsetDateTime since) {
        return dsl.fetchCount(ONE_TIME_CODE, ONE_TIME_CODE.MOBILE.eq(mobile).and(ONE_TIME_CODE.CREATED_AT.gt(since)));
    }

    int countForAddressSince(String clientAddress, OffsetDateTime since) {
        return dsl.fetchCount(
                ONE_TIME_CODE, ONE_TIME_CODE.CLIENT_ADDRESS.eq(clientAddress).and(ONE_TIME_CODE.CREATED_AT.gt(since)));
    }

    /** The newest code of a number and purpose: the only one that counts. */
    Optional<StoredCode> latest(String mobile, OtpPurpose purpose) {
        return dsl.select(
                        ONE_TIME_CODE.ID,
                        ONE_TIME_CODE.CODE_HASH,
                        ONE_TIME_CODE.EXPIRES_AT,
                        ONE_TIME_CODE.TRIES,
                        ONE_TIME_CODE.USED_AT,
                        ONE_TIME_CODE.USER_ID)
                .from(ONE_TIME_CODE)
                .where(ONE_TIME_CODE.MOBILE.eq(mobile).and(ONE_TIME_CODE.PURPOSE.eq(purpose)))
                .orderBy(ONE_TIME_CODE.CREATED_AT.desc(), ONE_TIME_CODE.ID.desc())
                .limit(1)
                .fetchOptional(Records.mapping(StoredCode::new));
    }

    /**
     * Counts one try before the code is compared, in one conditional update, so parallel tries cannot outrun the
     * limit: false when the code is used, expired or out of tries.
     */
    boolean claimTry(long id, int maxTries, OffsetDateTime now) {
        return dsl.update(ONE_TIME_CODE)
                        .set(ONE_TIME_CODE.TRIES, ONE_TIME_CODE.TRIES.plus(1))
                        .where(ONE_TIME_CODE
                                .ID
                                .eq(id)
                                .and(ONE_TIME_CODE.TRIES.lt(maxTries))
                                .and(ONE_TIME_CODE.USED_AT.isNull())
                                .and(ONE_TIME_CODE.EXPIRES_AT.gt(now)))
                        .execute()
                == 1;
    }

    /** A right code that was not used yet (the person still has to pick a group) does not cost a try. */
    void giveBackTry(long id) {
        dsl.update(ONE_TIME_CODE)
                .set(ONE_TIME_CODE.TRIES, ONE_TIME_CODE.TRIES.minus(1))
                .where(ONE_TIME_CODE.ID.eq(id).and(ONE_TIME_CODE.TRIES.gt(0)))
                .execute();
    }

    /** Uses the code once: false if a parallel request used it first. */
    boolean markUsed(long id, OffsetDateTime now) {
        return dsl.update(ONE_TIME_CODE)
                        .set(ONE_TIME_CODE.USED_AT, now)
                        .where(ONE_TIME_CODE.ID.eq(id).and(ONE_TIME_CODE.USED_AT.isNull()))
                        .execute()
                == 1;
    }

    /** The groups (not deleted) holding this number whose account is enabled, oldest first. */
    List<Holder> holders(String mobile) {
        return dsl.select(SHG_GROUP.ID, SHG_GROUP.NAME, APP_USER.ID)
                .from(SHG_GROUP)
                .join(APP_USER)
                .on(APP_USER.GROUP_ID.eq(SHG_GROUP.ID))
                .where(SHG_GROUP
                        .PHONE
                        .eq(mobile)
                        .and(SHG_GROUP.DELETED_AT.isNull())
                        .and(APP_USER.ENABLED.isTrue())
                        .and(APP_USER.ROLE.eq(Role.SHG)))
                .orderBy(SHG_GROUP.ID)
                .fetch(Records.mapping(Holder::new));
    }

    /** Whether any group (not deleted) has this number, with an account or not. */
    boolean numberHeld(String mobile) {
        return dsl.fetchExists(SHG_GROUP, SHG_GROUP.PHONE.eq(mobile).and(SHG_GROUP.DELETED_AT.isNull()));
    }
}
