package app.haat.group;

import app.haat.core.security.Role;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Admins keep the list of product categories, with names in both languages. */
@Route("admin/categories")
@RolesAllowed(Role.ADMIN)
public class CategoriesView extends VerticalLayout implements HasDynamicTitle {

    private final GroupService groups;
    private final CategoryService categories;
    private final Grid<Category> grid = new Grid<>();

    public CategoriesView(GroupService groups, CategoryService categories) {
        this.groups = groups;
        this.categories = categories;
        addClassName("haat-view");
        grid.setId("categories-grid");
        grid.addColumn(Category::code)
                .setHeader(getTranslation("category.code"))
                .setAutoWidth(true);
        grid.addColumn(Category::nameEn)
                .setHeader(getTranslation("reference.nameEn"))
                .setFlexGrow(1);
        grid.addColumn(Category::nameBn)
                .setHeader(getTranslation("reference.nameBn"))
                .setFlexGrow(1);
        grid.addComponentColumn(category -> {
                    Button edit = new Button(VaadinIcon.EDIT.create(), e -> rename(category));
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    edit.getElement().setAttribute("aria-label", getTranslation("action.edit"));
                    return edit;
                })
                .setKey("actions")
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);

        TextField code = new TextField(getTranslation("category.code"));
        code.setMaxLength(30);
        code.setId("category-code");
        TextField nameEn = new TextField(getTranslation("reference.nameEn"));
        nameEn.setMaxLength(CategoryService.MAX_NAME);
        nameEn.setId("category-name-en");
        TextField nameBn = new TextField(getTranslation("reference.nameBn"));
        nameBn.setMaxLength(CategoryService.MAX_NAME);
        nameBn.setId("category-name-bn");
        Button add = new Button(getTranslation("category.add"), VaadinIcon.PLUS.create(), e -> {
            if (Notifications.attempt(
                    () -> categories.createCategory(code.getValue(), nameEn.getValue(), nameBn.getValue()))) {
                code.clear();
                nameEn.clear();
                nameBn.clear();
                refresh();
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("category-add");
        HorizontalLayout form = new HorizontalLayout(code, nameEn, nameBn, add);
        form.setWrap(true);
        form.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("category.title")), grid, form);
        refresh();
    }

    private void rename(Category category) {
        FormDialog dialog = new FormDialog(category.code());
        TextField nameEn = new TextField(getTranslation("reference.nameEn"), category.nameEn(), "");
        TextField nameBn = new TextField(getTranslation("reference.nameBn"), category.nameBn(), "");
        nameBn.setId("category-rename-bn");
        dialog.save("category-rename-save", () -> {
            if (Notifications.attempt(
                    () -> categories.renameCategory(category.id(), nameEn.getValue(), nameBn.getValue()))) {
                dialog.close();
                refresh();
            }
        });
        dialog.add(new VerticalLayout(nameEn, nameBn));
        dialog.open();
    }

    private void refresh() {
        grid.setItems(groups.categories());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("category.title") + " · " + getTranslation("app.name");
    }
}
