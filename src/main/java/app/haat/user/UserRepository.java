package app.haat.user;

import static app.haat.db.Tables.APP_USER;
import static app.haat.db.Tables.CENTRE;
import static app.haat.db.Tables.PASSWORD_RESET_TOKEN;
import static app.haat.db.Tables.USER_MUNICIPALITY;

import app.haat.core.security.Role;
import app.haat.db.tables.records.AppUserRecord;
import app.haat.region.CentreKind;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private final DSLContext dsl;

    UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<AppUserRecord> findByUsername(String username) {
        return dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional();
    }

    Optional<AppUserRecord> findById(long id) {
        return dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional();
    }

    Optional<AppUserRecord> findByUsernameOrEmail(String login) {
        return dsl.selectFrom(APP_USER)
                .where(APP_USER.USERNAME.eq(login).or(APP_USER.EMAIL.equalIgnoreCase(login)))
                .orderBy(APP_USER.ID)
                .limit(1)
                .fetchOptional();
    }

    boolean usernameTaken(String username) {
        return dsl.fetchExists(APP_USER, APP_USER.USERNAME.equalIgnoreCase(username));
    }

    int count() {
        return dsl.fetchCount(APP_USER);
    }

    int countByRole(Role role) {
        return dsl.fetchCount(APP_USER, APP_USER.ROLE.eq(role));
    }

    List<AppUserRecord> all() {
        return dsl.selectFrom(APP_USER).orderBy(APP_USER.USERNAME).fetch();
    }

    long insert(
            String username,
            String passwordHash,
            String displayName,
            @Nullable String email,
            Role role,
            String language,
            OffsetDateTime now) {
        return Objects.requireNonNull(dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.EMAIL, email)
                .set(APP_USER.ROLE, role)
                .set(APP_USER.LANGUAGE, language)
                .set(APP_USER.CREATED_AT, now)
                .returning(APP_USER.ID)
                .fetchOne(APP_USER.ID));
    }

    Optional<Long> groupOf(long userId) {
        return dsl.select(APP_USER.GROUP_ID)
                .from(APP_USER)
                .where(APP_USER.ID.eq(userId))
                .fetchOptional(APP_USER.GROUP_ID);
    }

    Optional<String> languageOfGroupAccount(long groupId) {
        return dsl.select(APP_USER.LANGUAGE)
                .from(APP_USER)
                .where(APP_USER.GROUP_ID.eq(groupId))
                .limit(1)
                .fetchOptional(APP_USER.LANGUAGE);
    }

    /** Updates the profile only if nobody else changed it since {@code version} was read. */
    boolean updateProfile(
            long id,
            int version,
            String displayName,
            @Nullable String email,
            Role role,
            String language,
            UserProfileRules.Reach reach) {
        // one statement: the check constraints tie the role, the mobile number and the code after the password
        return dsl.update(APP_USER)
                        .set(APP_USER.DISPLAY_NAME, displayName)
                        .set(APP_USER.EMAIL, email)
                        .set(APP_USER.ROLE, role)
                        .set(APP_USER.LANGUAGE, language)
                        .set(APP_USER.MOBILE, reach.mobile())
                        .set(APP_USER.NOTIFY_SMS, reach.bySms())
                        .set(APP_USER.NOTIFY_EMAIL, reach.byEmail())
                        .set(APP_USER.SECOND_FACTOR, reach.secondFactor())
                        .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                        .where(APP_USER.ID.eq(id).and(APP_USER.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    /** How the account is told of things: its mobile number and chosen channels. */
    void setReach(long id, @Nullable String mobile, boolean bySms, boolean byEmail, boolean secondFactor) {
        dsl.update(APP_USER)
                .set(APP_USER.MOBILE, mobile)
                .set(APP_USER.NOTIFY_SMS, bySms)
                .set(APP_USER.NOTIFY_EMAIL, byEmail)
                .set(APP_USER.SECOND_FACTOR, secondFactor)
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    /** Binds a staff account to its centre (null for every other role). */
    void setCentre(long id, @Nullable Long centreId) {
        dsl.update(APP_USER)
                .set(APP_USER.CENTRE_ID, centreId)
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    /** Whether the account belongs to a centre of the training kind (Salt Lake Sector-1). */
    boolean atTrainingCentre(long id) {
        return dsl.fetchExists(dsl.selectOne()
                .from(APP_USER)
                .join(CENTRE)
                .on(CENTRE.ID.eq(APP_USER.CENTRE_ID))
                .where(APP_USER.ID.eq(id))
                .and(CENTRE.KIND.eq(CentreKind.TRAINING)));
    }

    /** Enables or disables the account; either way its open sessions end. */
    void setEnabled(long id, boolean enabled) {
        dsl.update(APP_USER)
                .set(APP_USER.ENABLED, enabled)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .set(APP_USER.SESSION_VERSION, APP_USER.SESSION_VERSION.plus(1))
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    /** A new password lifts the lock-out and ends the account's open sessions. */
    void setPassword(long id, String passwordHash) {
        dsl.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.FAILED_ATTEMPTS, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .set(APP_USER.SESSION_VERSION, APP_USER.SESSION_VERSION.plus(1))
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    /** Ends the account's open sessions (after a change of role or municipalities). */
    void endSessions(long id) {
        dsl.update(APP_USER)
                .set(APP_USER.SESSION_VERSION, APP_USER.SESSION_VERSION.plus(1))
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    /** True if the account exists, is enabled and still has this session version; reads one row by its key. */
    boolean sessionIsCurrent(long id, int sessionVersion) {
        return dsl.fetchExists(
                APP_USER,
                APP_USER.ID.eq(id).and(APP_USER.ENABLED.isTrue()).and(APP_USER.SESSION_VERSION.eq(sessionVersion)));
    }

    void setLanguage(long id, String language) {
        dsl.update(APP_USER)
                .set(APP_USER.LANGUAGE, language)
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    /**
     * Counts one sign-in attempt before its password is checked, in one conditional update, so parallel attempts
     * cannot outrun the count: refused (empty) while the account is locked; the attempt that reaches
     * {@code maxAttempts} sets the lock itself. An expired lock starts the count afresh. Answers the new count.
     */
    Optional<Integer> claimAttempt(String username, int maxAttempts, OffsetDateTime now, OffsetDateTime lockUntil) {
        return dsl.update(APP_USER)
                .set(
                        APP_USER.FAILED_ATTEMPTS,
                        DSL.when(APP_USER.LOCKED_UNTIL.isNull(), APP_USER.FAILED_ATTEMPTS.plus(1))
                                .otherwise(DSL.inline(1)))
                .set(
                        APP_USER.LOCKED_UNTIL,
                        DSL.when(
                                        APP_USER.LOCKED_UNTIL
                                                .isNull()
                                                .and(APP_USER.FAILED_ATTEMPTS.ge(maxAttempts - 1)),
                                        DSL.val(lockUntil))
                                .otherwise(DSL.castNull(APP_USER.LOCKED_UNTIL.getDataType())))
                .where(APP_USER.USERNAME
                        .eq(username)
                        .and(APP_USER.LOCKED_UNTIL.isNull().or(APP_USER.LOCKED_UNTIL.le(now))))
                .returning(APP_USER.FAILED_ATTEMPTS)
                .fetchOptional(APP_USER.FAILED_ATTEMPTS);
    }

    boolean exists(String username) {
        return dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    /** After a right password: the count starts again; a lock is lifted only by the attempt that set it. */
    void clearFailures(String username, boolean liftLock) {
        if (liftLock) {
            dsl.update(APP_USER)
                    .set(APP_USER.FAILED_ATTEMPTS, 0)
                    .setNull(APP_USER.LOCKED_UNTIL)
                    .where(APP_USER.USERNAME
                            .eq(username)
                            .and(APP_USER.FAILED_ATTEMPTS.gt(0).or(APP_USER.LOCKED_UNTIL.isNotNull())))
                    .execute();
        } else {
            dsl.update(APP_USER)
                    .set(APP_USER.FAILED_ATTEMPTS, 0)
                    .where(APP_USER.USERNAME
                            .eq(username)
                            .and(APP_USER.FAILED_ATTEMPTS.gt(0))
                            .and(APP_USER.LOCKED_UNTIL.isNull()))
                    .execute();
        }
    }

    Set<Long> municipalityIds(long userId) {
        return new HashSet<>(dsl.select(USER_MUNICIPALITY.MUNICIPALITY_ID)
                .from(USER_MUNICIPALITY)
                .where(USER_MUNICIPALITY.USER_ID.eq(userId))
                .fetch(USER_MUNICIPALITY.MUNICIPALITY_ID));
    }

    Map<Long, Set<Long>> officersOf(Set<Long> municipalityIds) {
        return dsl
                .select(USER_MUNICIPALITY.USER_ID, USER_MUNICIPALITY.MUNICIPALITY_ID)
                .from(USER_MUNICIPALITY)
                .join(APP_USER)
                .on(APP_USER.ID.eq(USER_MUNICIPALITY.USER_ID))
                .where(USER_MUNICIPALITY
                        .MUNICIPALITY_ID
                        .in(municipalityIds)
                        .and(APP_USER.ROLE.eq(Role.MUNICIPAL_OFFICER))
                        .and(APP_USER.ENABLED.isTrue()))
                .fetchGroups(USER_MUNICIPALITY.USER_ID, USER_MUNICIPALITY.MUNICIPALITY_ID)
                .entrySet()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
    }

    /** The enabled officers of a municipality who can be reached, by name: how a letter tells a group whom to call. */
    List<OfficerContact> officerContacts(long municipalityId) {
        return dsl.select(APP_USER.DISPLAY_NAME, APP_USER.MOBILE, APP_USER.EMAIL)
                .from(APP_USER)
                .join(USER_MUNICIPALITY)
                .on(USER_MUNICIPALITY.USER_ID.eq(APP_USER.ID))
                .where(USER_MUNICIPALITY
                        .MUNICIPALITY_ID
                        .eq(municipalityId)
                        .and(APP_USER.ROLE.eq(Role.MUNICIPAL_OFFICER))
                        .and(APP_USER.ENABLED.isTrue())
                        .and(APP_USER.MOBILE.isNotNull().or(APP_USER.EMAIL.isNotNull())))
                .orderBy(APP_USER.ID)
                .fetch(r -> new OfficerContact(
                        r.value1() == null || r.value1().isBlank() ? "" : r.value1(), r.value2(), r.value3()));
    }

    Map<Long, Set<Long>> municipalityIdsByUser() {
        return dsl.selectFrom(USER_MUNICIPALITY).fetch().stream()
                .collect(Collectors.groupingBy(
                        r -> r.getUserId(), Collectors.mapping(r -> r.getMunicipalityId(), Collectors.toSet())));
    }

    void replaceMunicipalities(long userId, Collection<Long> municipalityIds) {
        dsl.deleteFrom(USER_MUNICIPALITY)
                .where(USER_MUNICIPALITY.USER_ID.eq(userId))
                .execute();
        for (Long municipalityId : municipalityIds) {
            dsl.insertInto(USER_MUNICIPALITY)
                    .set(USER_MUNICIPALITY.USER_ID, userId)
                    .set(USER_MUNICIPALITY.MUNICIPALITY_ID, municipalityId)
                    .execute();
        }
    }

    void insertResetToken(long userId, String tokenHash, OffsetDateTime expiresAt) {
        dsl.insertInto(PASSWORD_RESET_TOKEN)
                .set(PASSWORD_RESET_TOKEN.USER_ID, userId)
                .set(PASSWORD_RESET_TOKEN.TOKEN_HASH, tokenHash)
                .set(PASSWORD_RESET_TOKEN.EXPIRES_AT, expiresAt)
                .execute();
    }

    /** Marks a valid token used and answers its user; empty if unknown, used or expired. */
    Optional<Long> consumeResetToken(String tokenHash, OffsetDateTime now) {
        Optional<Long> userId = dsl.select(PASSWORD_RESET_TOKEN.USER_ID)
                .from(PASSWORD_RESET_TOKEN)
                .where(PASSWORD_RESET_TOKEN
                        .TOKEN_HASH
                        .eq(tokenHash)
                        .and(PASSWORD_RESET_TOKEN.USED_AT.isNull())
                        .and(PASSWORD_RESET_TOKEN.EXPIRES_AT.gt(now)))
                .forUpdate()
                .fetchOptional(PASSWORD_RESET_TOKEN.USER_ID);
        userId.ifPresent(id -> dsl.update(PASSWORD_RESET_TOKEN)
                .set(PASSWORD_RESET_TOKEN.USED_AT, now)
                .where(PASSWORD_RESET_TOKEN.TOKEN_HASH.eq(tokenHash))
                .execute());
        return userId;
    }

    boolean resetTokenValid(String tokenHash, OffsetDateTime now) {
        return dsl.fetchExists(
                PASSWORD_RESET_TOKEN,
                PASSWORD_RESET_TOKEN
                        .TOKEN_HASH
                        .eq(tokenHash)
                        .and(PASSWORD_RESET_TOKEN.USED_AT.isNull())
                        .and(PASSWORD_RESET_TOKEN.EXPIRES_AT.gt(now)));
    }
}
