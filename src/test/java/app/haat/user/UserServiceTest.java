package app.haat.user;

import static app.haat.db.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.api.ConflictException;
import app.haat.core.api.ValidationException;
import app.haat.core.security.Role;
import app.haat.region.RegionService;
import app.haat.support.AtTheSameInstant;
import app.haat.support.IntegrationTest;
import app.haat.support.TestAccounts;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class UserServiceTest extends IntegrationTest {

    @Autowired
    UserService users;

    @Autowired
    RegionService regions;

    @Autowired
    TestAccounts accounts;

    @Autowired
    DSLContext dsl;

    private long municipality(String nameEn) {
        return municipalityNamed(nameEn);
    }

    @Test
    void adminCreatesAnOfficerBoundToMunicipalitiesAndItIsAudited() {
        String admin = accounts.admin();
        String username = unique("officer");
        Set<Long> scope = Set.of(municipality("Bally"), municipality("Howrah"));
        long id = accounts.as(
                admin,
                () -> users.create(new UserForm(
                        username, "secret-pass", "Rina Das", "rina@example.org", Role.MUNICIPAL_OFFICER, scope, "bn")));

        UserAccount created = accounts.as(admin, () -> users.get(id));
        assertThat(created.username()).isEqualTo(username);
        assertThat(created.municipalityIds()).isEqualTo(scope);
        assertThat(created.language()).isEqualTo("bn");
        assertThat(accounts.as(username, () -> users.scopeOfCurrentUser())).isEqualTo(scope);

        var entry = dsl.selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY_TYPE.eq("USER"))
                .and(AUDIT_LOG.ENTITY_ID.eq(Long.toString(id)))
                .and(AUDIT_LOG.ACTION.eq("CREATE"))
                .fetchOne();
        assertThat(entry).isNotNull();
        assertThat(entry.getActor()).isEqualTo(admin);
        assertThat(entry.getNewValue()).contains("role=MUNICIPAL_OFFICER").contains(username);
    }

    @Test
    void refusesBadInputWithEveryReason() {
        String admin = accounts.admin();
        var bad = new UserForm("A", "short", "x".repeat(121), "not-an-email", Role.MUNICIPAL_OFFICER, Set.of(), "fr");
        assertThatThrownBy(() -> accounts.as(admin, () -> users.create(bad)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .containsExactlyInAnyOrder(
                                        "user.error.username",
                                        "user.error.passwordShort",
                                        "user.error.municipalitiesRequired",
                                        "user.error.email",
                                        "user.error.displayName",
                                        "user.error.language"));
        var unknownMunicipality =
                new UserForm(unique("o"), "long-enough", null, null, Role.MUNICIPAL_OFFICER, Set.of(999_999L), "en");
        assertThatThrownBy(() -> accounts.as(admin, () -> users.create(unknownMunicipality)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly("user.error.municipalityUnknown"));
        var tooLong = new UserForm(unique("o"), "অ".repeat(30), null, null, Role.CENTRE_STAFF, Set.of(), "en");
        assertThatThrownBy(() -> accounts.as(admin, () -> users.create(tooLong)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly("user.error.passwordLong"));
        var group = new UserForm(unique("g"), "long-enough", null, null, Role.SHG, Set.of(), "en");
        assertThatThrownBy(() -> accounts.as(admin, () -> users.create(group))).isInstanceOf(ValidationException.class);
    }

    @Test
    void duplicateUserNamesAreRefusedEvenAtTheSameInstant() throws Exception {
        String admin = accounts.admin();
        String username = unique("twin");
        long created = AtTheSameInstant.successes(
                4,
                () -> accounts.as(
                        admin,
                        () -> users.create(
                                new UserForm(username, "long-enough", null, null, Role.CENTRE_STAFF, Set.of(), "en"))));
        assertThat(created).isEqualTo(1);
        assertThat(accounts.as(admin, () -> users.list()).stream()
                        .filter(u -> u.username().equals(username)))
                .hasSize(1);
    }

    @Test
    void onlyAdminsManageAccounts() {
        String officer = accounts.officer(Set.of(municipality("Bally")));
        String staff = accounts.staff();
        var form = new UserForm(unique("x"), "long-enough", null, null, Role.CENTRE_STAFF, Set.of(), "en");
        assertThatThrownBy(() -> accounts.as(officer, () -> users.create(form)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.as(staff, () -> users.list())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.list()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aStaleFormCannotOverwriteANewerChange() {
        String admin = accounts.admin();
        String staff = accounts.staff();
        UserAccount read = accounts.as(admin, () -> users.list()).stream()
                .filter(u -> u.username().equals(staff))
                .findFirst()
                .orElseThrow();
        var first = new UserForm(staff, null, "First edit", null, Role.CENTRE_STAFF, Set.of(), "en");
        var second = new UserForm(staff, null, "Second edit", null, Role.CENTRE_STAFF, Set.of(), "bn");
        accounts.as(admin, () -> users.update(read.id(), read.version(), first));
        assertThatThrownBy(() -> accounts.as(admin, () -> users.update(read.id(), read.version(), second)))
                .isInstanceOf(ConflictException.class);
        assertThat(accounts.as(admin, () -> users.get(read.id())).displayName()).isEqualTo("First edit");
    }

    @Test
    void adminsCannotLockThemselvesOut() {
        String admin = accounts.admin();
        long id = accounts.as(admin, () -> users.list()).stream()
                .filter(u -> u.username().equals(admin))
                .findFirst()
                .orElseThrow()
                .id();
        assertThatThrownBy(() -> accounts.as(admin, () -> users.setEnabled(id, false)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void disabledUsersAndResetPasswordsAreRecorded() {
        String admin = accounts.admin();
        String staff = accounts.staff();
        long id = accounts.as(admin, () -> users.list()).stream()
                .filter(u -> u.username().equals(staff))
                .findFirst()
                .orElseThrow()
                .id();
        accounts.as(admin, () -> users.setEnabled(id, false));
        String password = accounts.as(admin, () -> users.resetPassword(id));
        assertThat(password).hasSize(12);
        assertThat(dsl.selectFrom(AUDIT_LOG)
                        .where(AUDIT_LOG.ENTITY_ID.eq(Long.toString(id)))
                        .fetch(AUDIT_LOG.ACTION))
                .contains("CREATE", "DISABLE", "PASSWORD_RESET");
        assertThat(accounts.as(admin, () -> users.get(id)).enabled()).isFalse();
    }

    @Test
    void usersChangeTheirOwnLanguage() {
        String staff = accounts.staff();
        accounts.as(staff, () -> users.changeOwnLanguage("bn"));
        assertThat(accounts.as(staff, () -> users.ownLanguage())).isEqualTo("bn");
        assertThatThrownBy(() -> accounts.as(staff, () -> users.changeOwnLanguage("de")))
                .isInstanceOf(ValidationException.class);
    }
}
