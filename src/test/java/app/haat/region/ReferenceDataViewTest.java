package app.haat.region;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Translator;
import app.haat.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

class ReferenceDataViewTest extends ViewTest {

    @SuppressWarnings("unchecked")
    private Grid<Municipality> municipalityGrid() {
        return _get(Grid.class, s -> s.withId("municipality-grid"));
    }

    @Test
    void adminSees127MunicipalitiesAndFiltersInEitherScript() {
        signInAs(accounts.admin());
        navigate("reference");
        assertThat(_size(municipalityGrid())).isEqualTo(127);
        setAsUser(_get(TextField.class, s -> s.withId("municipality-filter")), "বালি");
        assertThat(_size(municipalityGrid())).isEqualTo(1);
        assertThat(_get(municipalityGrid(), 0).nameEn()).isEqualTo("Bally");
        setAsUser(_get(TextField.class, s -> s.withId("municipality-filter")), "zzzz");
        assertThat(_size(municipalityGrid())).isZero();
    }

    @Test
    void inBengaliTheGridShowsBengaliNames() {
        signInAs(accounts.admin());
        useLanguage(Translator.BENGALI);
        navigate("reference");
        Grid<Municipality> grid = municipalityGrid();
        Municipality first = _get(grid, 0);
        String shown = GridKt._getFormatted(grid, 0, "name");
        assertThat(shown).isEqualTo(first.nameBn());
        assertThat(grid.getColumnByKey("name").getHeaderText()).isEqualTo("নাম");
    }

    @Test
    void adminAddsAndDeletesAZoneAfterConfirming() {
        signInAs(accounts.admin());
        navigate("reference");
        _get(TabSheet.class).setSelectedIndex(2);
        _click(_get(Button.class, s -> s.withId("add-zone")));
        String name = unique("North Bengal ");
        setAsUser(_get(TextField.class, s -> s.withLabel("Name in English")), name);
        setAsUser(_get(TextField.class, s -> s.withLabel("Name in Bengali")), "উত্তরবঙ্গ");
        _click(_get(Button.class, s -> s.withId("save-zone")));

        @SuppressWarnings("unchecked")
        Grid<Zone> zones = _get(Grid.class, s -> s.withId("zone-grid"));
        assertThat(GridKt._findAll(zones)).anyMatch(z -> z.nameEn().equals(name));
        int before = _size(zones);

        int row = GridKt._findAll(zones).stream().map(Zone::nameEn).toList().indexOf(name);
        var actions = GridKt._getCellComponent(zones, row, "actions");
        _click(_get(actions, Button.class, s -> s.withAttribute("aria-label", "Delete")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(confirm)).contains(name);
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(_size(zones)).isEqualTo(before - 1);
    }

    @Test
    void emptyZoneNamesAreRefusedWithAMessage() {
        signInAs(accounts.admin());
        navigate("reference");
        _get(TabSheet.class).setSelectedIndex(2);
        _click(_get(Button.class, s -> s.withId("add-zone")));
        _click(_get(Button.class, s -> s.withId("save-zone")));
        NotificationsKt.expectNotifications(
                "Enter the English name (up to 120 characters). Enter the Bengali name (up to 120 characters).");
    }
}
