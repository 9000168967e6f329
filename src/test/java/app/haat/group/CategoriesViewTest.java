package app.haat.group;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class CategoriesViewTest extends ViewTest {

    @Autowired
    CategoryService categoryService;

    @Test
    void adminsAddACategoryThatImportsAndFiltersThenKnow() {
        signInAs(accounts.admin());
        navigate("admin/categories");
        String code = "BAMBOO" + System.nanoTime() % 100000;
        setAsUser(_get(TextField.class, s -> s.withId("category-code")), code.toLowerCase());
        setAsUser(_get(TextField.class, s -> s.withId("category-name-en")), "Bamboo");
        setAsUser(_get(TextField.class, s -> s.withId("category-name-bn")), "বাঁশ");
        _click(_get(Button.class, s -> s.withId("category-add")));
        @SuppressWarnings("unchecked")
        Grid<Category> grid = _get(Grid.class, s -> s.withId("categories-grid"));
        assertThat(_findAll(grid))
                .anyMatch(c -> c.code().equals(code) && c.nameBn().equals("বাঁশ"));
        // renamed through its dialog (Cancel, Save footer)
        int row = _findAll(grid).stream().map(Category::code).toList().indexOf(code);
        _click((Button) GridKt._getCellComponent(grid, row, "actions"));
        setAsUser(_get(TextField.class, s -> s.withId("category-rename-bn")), "বাঁশের কাজ");
        _click(_get(Button.class, s -> s.withId("category-rename-save")));
        assertThat(_findAll(grid))
                .anyMatch(c -> c.code().equals(code) && c.nameBn().equals("বাঁশের কাজ"));

        _click(_get(Button.class, s -> s.withId("category-add")));
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "Code: 2 to 30 capital letters, digits or _ (e.g. BAMBOO). Enter the English name (up to 80"
                        + " characters). Enter the Bengali name (up to 80 characters).");
        String staff = accounts.staff();
        assertThatThrownBy(() -> accounts.as(staff, () -> categoryService.createCategory("X1", "x", "x")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
