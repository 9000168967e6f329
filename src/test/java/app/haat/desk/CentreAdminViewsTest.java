package app.haat.desk;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.security.Role;
import app.haat.region.Centre;
import app.haat.region.CentreDirectoryService;
import app.haat.region.RegionService;
import app.haat.region.Zone;
import app.haat.support.ViewTest;
import app.haat.user.UserService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin's screens for centres: a City Livelihood Centre added and removed (confirmed); staff given a centre. */
class CentreAdminViewsTest extends ViewTest {

    @Autowired
    DeskFixtures desk;

    @Autowired
    CentreDirectoryService centres;

    @Autowired
    RegionService regions;

    @Autowired
    UserService users;

    @Test
    void anAdminAddsACentreForANewZoneRemovesItAfterConfirmingAndGivesStaffACentre() {
        String admin = accounts.admin();
        long zone = accounts.as(admin, () -> regions.createZone(unique("Siliguri "), "শিলিগুড়ি"));
        signInAs(admin);
        navigate("reference");
        _get(TabSheet.class).setSelectedIndex(3);
        _click(_get(Button.class, s -> s.withId("add-centre")));
        String name = unique("City Livelihood Centre, Siliguri ");
        setAsUser(_get(TextField.class, s -> s.withId("centre-name-en")), name);
        setAsUser(_get(TextField.class, s -> s.withId("centre-name-bn")), "সিটি লাইভলিহুড সেন্টার, শিলিগুড়ি");
        @SuppressWarnings("unchecked")
        ComboBox<Zone> zones = _get(ComboBox.class, s -> s.withId("centre-zone"));
        setAsUser(
                zones,
                regions.zones().stream().filter(z -> z.id() == zone).findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withId("save-centre")));
        Centre added = centres.centres().stream()
                .filter(c -> c.nameEn().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(added.zoneId()).isEqualTo(zone);

        // the user dialog gives a new staff member that centre
        navigate("admin/users");
        _click(_get(Button.class, s -> s.withId("add-user")));
        String username = unique("view-staff");
        setAsUser(_get(TextField.class, s -> s.withId("user-username")), username);
        setAsUser(_get(PasswordField.class, s -> s.withId("user-password")), "long-enough");
        @SuppressWarnings("unchecked")
        ComboBox<Role> role = _get(ComboBox.class, s -> s.withId("user-role"));
        setAsUser(role, Role.CENTRE_STAFF);
        @SuppressWarnings("unchecked")
        ComboBox<Centre> centre = _get(ComboBox.class, s -> s.withId("user-centre"));
        assertThat(centre.isVisible()).isTrue();
        setAsUser(centre, added);
        _click(_get(Button.class, s -> s.withId("save-user")));
        assertThat(accounts.as(username, () -> users.centreOfCurrentUser())).contains(added.id());

        // while staff work there it stays; moved to Salt Lake, the centre goes after a confirmation
        var account = accounts.as(admin, () -> users.list()).stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow();
        accounts.as(
                admin,
                () -> users.update(
                        account.id(),
                        account.version(),
                        new app.haat.user.UserForm(
                                username, null, username, null, Role.CENTRE_STAFF, java.util.Set.of(), "en")));
        navigate("reference");
        _get(TabSheet.class).setSelectedIndex(3);
        @SuppressWarnings("unchecked")
        Grid<Centre> grid = _get(Grid.class, s -> s.withId("centre-grid"));
        int row = GridKt._findAll(grid).stream().map(Centre::nameEn).toList().indexOf(name);
        Button remove = (Button) GridKt._getCellComponent(grid, row, "actions");
        assertThat(remove.getElement().getAttribute("aria-label")).isEqualTo("Remove the centre");
        _click(remove);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(confirm)).contains(name);
        assertThat(centres.centre(added.id())).isPresent();
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(centres.centre(added.id())).isEmpty();
    }
}
