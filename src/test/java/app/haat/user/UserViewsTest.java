package app.haat.user;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.security.Role;
import app.haat.region.Municipality;
import app.haat.region.RegionService;
import app.haat.support.ViewTest;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UserViewsTest extends ViewTest {

    @Autowired
    RegionService regions;

    @Autowired
    UserService users;

    @SuppressWarnings("unchecked")
    private Grid<UserAccount> grid() {
        return _get(Grid.class, s -> s.withId("user-grid"));
    }

    private int rowOf(String username) {
        return _findAll(grid()).stream().map(UserAccount::username).toList().indexOf(username);
    }

    private Component actions(String username) {
        return _getCellComponent(grid(), rowOf(username), "actions");
    }

    @Test
    void adminCreatesAnOfficerWithMunicipalities() {
        signInAs(accounts.admin());
        navigate("admin/users");
        _click(_get(Button.class, s -> s.withId("add-user")));
        String username = unique("view-officer");
        setAsUser(_get(TextField.class, s -> s.withId("user-username")), username);
        setAsUser(_get(PasswordField.class, s -> s.withId("user-password")), "long-enough");
        setAsUser(_get(TextField.class, s -> s.withId("user-display-name")), "সুমিতা পাল");
        Municipality bally = regions.municipalities().stream()
                .filter(m -> m.nameEn().equals("Bally"))
                .findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Municipality> scope = _get(MultiSelectComboBox.class, s -> s.withId("user-municipalities"));
        setAsUser(scope, Set.of(bally));
        _click(_get(Button.class, s -> s.withId("save-user")));

        UserAccount created = _findAll(grid()).stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow();
        assertThat(created.role()).isEqualTo(Role.MUNICIPAL_OFFICER);
        assertThat(created.displayName()).isEqualTo("সুমিতা পাল");
        assertThat(created.municipalityIds()).containsExactly(bally.id());
    }

    @Test
    void invalidInputStaysInTheFormWithTheReasons() {
        signInAs(accounts.admin());
        navigate("admin/users");
        _click(_get(Button.class, s -> s.withId("add-user")));
        setAsUser(_get(TextField.class, s -> s.withId("user-username")), "x");
        setAsUser(_get(PasswordField.class, s -> s.withId("user-password")), "123");
        _click(_get(Button.class, s -> s.withId("save-user")));
        String errors = _get(Paragraph.class, s -> s.withId("user-errors")).getText();
        assertThat(errors)
                .contains("User name: 3 to 60")
                .contains("at least 8 characters")
                .contains("at least one municipality");
        assertThat(_get(TextField.class, s -> s.withId("user-username")).getValue())
                .isEqualTo("x");
    }

    @Test
    void disablingAsksFirstAndResetShowsANewPassword() {
        signInAs(accounts.admin());
        String staff = accounts.staff();
        navigate("admin/users");
        _click(_get(actions(staff), Button.class, s -> s.withAttribute("aria-label", "Disable account")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(confirm)).contains(staff);
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(_findAll(grid()).get(rowOf(staff)).enabled()).isFalse();

        _click(_get(actions(staff), Button.class, s -> s.withAttribute("aria-label", "Reset password")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        String password = _get(Span.class, s -> s.withId("new-password")).getText();
        assertThat(password).hasSize(12);
    }

    @Test
    void editingChangesTheRole() {
        signInAs(accounts.admin());
        String staff = accounts.staff();
        navigate("admin/users");
        _click(_get(actions(staff), Button.class, s -> s.withAttribute("aria-label", "Edit")));
        @SuppressWarnings("unchecked")
        ComboBox<Role> role = _get(ComboBox.class, s -> s.withId("user-role"));
        setAsUser(role, Role.STATE_ADMIN);
        _click(_get(Button.class, s -> s.withId("save-user")));
        assertThat(_findAll(grid()).get(rowOf(staff)).role()).isEqualTo(Role.STATE_ADMIN);
    }

    @Test
    void theCodeAfterThePasswordIsOfferedForAdminAccountsAndNeedsTheirMobile() {
        signInAs(accounts.admin());
        String staff = accounts.staff();
        navigate("admin/users");
        _click(_get(actions(staff), Button.class, s -> s.withAttribute("aria-label", "Edit")));
        // not offered to staff: Karibu finds visible components only
        assertThat(_find(Checkbox.class, s -> s.withId("user-second-factor"))).isEmpty();
        @SuppressWarnings("unchecked")
        ComboBox<Role> role = _get(ComboBox.class, s -> s.withId("user-role"));
        setAsUser(role, Role.STATE_ADMIN);
        setAsUser(_get(Checkbox.class, s -> s.withId("user-second-factor")), true);
        _click(_get(Button.class, s -> s.withId("save-user")));
        // refused in the dialog, which stays open: no mobile number yet
        assertThat(_get(Paragraph.class, s -> s.withId("user-errors")).getText())
                .contains("A code after the password needs the account's mobile number.");
        setAsUser(_get(TextField.class, s -> s.withId("user-mobile")), "৯৮৩০০১২৩৪৫");
        _click(_get(Button.class, s -> s.withId("save-user")));
        UserAccount saved = _findAll(grid()).get(rowOf(staff));
        assertThat(saved.secondFactor()).isTrue();
        assertThat(saved.mobile()).isEqualTo("9830012345");
        // back to staff: the switch goes away with the role
        _click(_get(actions(staff), Button.class, s -> s.withAttribute("aria-label", "Edit")));
        assertThat(_get(Checkbox.class, s -> s.withId("user-second-factor")).getValue())
                .isTrue();
        setAsUser(_get(ComboBox.class, s -> s.withId("user-role")), Role.CENTRE_STAFF);
        _click(_get(Button.class, s -> s.withId("save-user")));
        assertThat(_findAll(grid()).get(rowOf(staff)).secondFactor()).isFalse();
    }
}
