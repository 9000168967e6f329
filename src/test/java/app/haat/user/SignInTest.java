package app.haat.user;

import static app.haat.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.support.IntegrationTest;
import app.haat.support.TestAccounts;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

class SignInTest extends IntegrationTest {

    @Autowired
    LockingAuthenticationProvider provider;

    @Autowired
    TestAccounts accounts;

    @Autowired
    DSLContext dsl;

    private Authentication signIn(String username, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private String failureMessage(String username, String password) {
        try {
            signIn(username, password);
            return null;
        } catch (BadCredentialsException e) {
            return e.getMessage();
        }
    }

    @Test
    void rightPasswordSignsIn() {
        String staff = accounts.staff();
        assertThat(signIn(staff, TestAccounts.PASSWORD).isAuthenticated()).isTrue();
        assertThat(signIn(staff.toUpperCase(), TestAccounts.PASSWORD).isAuthenticated())
                .isTrue();
    }

    @Test
    void aRecentlyCheckedPasswordIsRememberedOnlyWhileTheAccountStaysAsItWas() {
        String staff = accounts.staff();
        assertThat(signIn(staff, TestAccounts.PASSWORD).isAuthenticated()).isTrue();
        assertThat(signIn(staff, TestAccounts.PASSWORD).isAuthenticated()).isTrue(); // remembered
        assertThat(failureMessage(staff, TestAccounts.PASSWORD + "x")).isNotNull();
        // a new password: the remembered one no longer counts
        dsl.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, "{noop}changed")
                .where(APP_USER.USERNAME.eq(staff))
                .execute();
        assertThat(failureMessage(staff, TestAccounts.PASSWORD)).isNotNull();
        // disabled: refused although the password was right a moment ago
        String other = accounts.staff();
        assertThat(signIn(other, TestAccounts.PASSWORD).isAuthenticated()).isTrue();
        dsl.update(APP_USER)
                .set(APP_USER.ENABLED, false)
                .where(APP_USER.USERNAME.eq(other))
                .execute();
        assertThat(failureMessage(other, TestAccounts.PASSWORD)).isNotNull();
    }

    @Test
    void fiveFailuresLockTheAccountFor15MinutesWithoutSayingSo() {
        String staff = accounts.staff();
        String unknownUser = failureMessage("nobody-" + staff, "whatever-pass");
        for (int i = 0; i < 4; i++) {
            assertThat(failureMessage(staff, "wrong-" + i)).isEqualTo(unknownUser);
        }
        assertThat(signIn(staff, TestAccounts.PASSWORD).isAuthenticated()).isTrue(); // resets the count
        for (int i = 0; i < 5; i++) {
            assertThat(failureMessage(staff, "wrong-" + i)).isEqualTo(unknownUser);
        }
        OffsetDateTime lockedUntil = dsl.select(APP_USER.LOCKED_UNTIL)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(staff))
                .fetchOne(APP_USER.LOCKED_UNTIL);
        assertThat(lockedUntil)
                .isBetween(
                        OffsetDateTime.now().plusMinutes(14),
                        OffsetDateTime.now().plusMinutes(16));

        // Locked: even the right password fails, with the very same message as an unknown user.
        assertThat(failureMessage(staff, TestAccounts.PASSWORD)).isEqualTo(unknownUser);

        // Fifteen minutes later the lock has run out.
        dsl.update(APP_USER)
                .set(APP_USER.LOCKED_UNTIL, OffsetDateTime.now().minusSeconds(1))
                .where(APP_USER.USERNAME.eq(staff))
                .execute();
        assertThat(signIn(staff, TestAccounts.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void disabledAccountsCannotSignIn() {
        String admin = accounts.admin();
        String staff = accounts.staff();
        String unknownUser = failureMessage("nobody-" + staff, "whatever-pass");
        accounts.as(
                admin,
                () -> dsl.update(APP_USER)
                        .set(APP_USER.ENABLED, false)
                        .where(APP_USER.USERNAME.eq(staff))
                        .execute());
        assertThatThrownBy(() -> signIn(staff, TestAccounts.PASSWORD))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage(unknownUser);
    }
}
