package app.haat.group;

import app.haat.core.ui.TypedField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A product's fields, the same for adding one and for changing it. */
final class ProductFields {

    final TextField name;
    final ComboBox<Category> category;
    final TypedField<Integer> priceMin;
    final TypedField<Integer> priceMax;
    final TextArea description;

    /** Empty fields; the ids are prefix + "-name", "-price-min", "-price-max", "-category", "-description". */
    ProductFields(List<Category> categories, boolean bengali, String idPrefix) {
        UI ui = UI.getCurrent();
        name = new TextField(ui.getTranslation("product.name"));
        name.setMaxLength(120);
        name.setId(idPrefix + "-name");
        category = new ComboBox<>(ui.getTranslation("group.categories"));
        category.setItems(categories);
        category.setItemLabelGenerator(c -> bengali ? c.nameBn() : c.nameEn());
        category.setId(idPrefix + "-category");
        priceMin = TypedField.rupees(ui.getTranslation("product.priceMin"));
        priceMax = TypedField.rupees(ui.getTranslation("product.priceMax"));
        priceMin.setId(idPrefix + "-price-min");
        priceMax.setId(idPrefix + "-price-max");
        description = new TextArea(ui.getTranslation("product.description"));
        description.setMaxLength(2000);
        description.setWidthFull();
        description.setId(idPrefix + "-description");
    }

    /** Shows the product's values. */
    ProductFields show(Product product, List<Category> categories) {
        name.setValue(product.name());
        category.setValue(categories.stream()
                .filter(c -> product.categoryId() != null && c.id() == product.categoryId())
                .findFirst()
                .orElse(null));
        priceMin.show(product.priceMin());
        priceMax.show(product.priceMax());
        description.setValue(product.description() == null ? "" : product.description());
        return this;
    }

    boolean valid() {
        return TypedField.valid(priceMin, priceMax);
    }

    @Nullable
    Long categoryId() {
        return category.getValue() == null ? null : category.getValue().id();
    }

    VerticalLayout layout() {
        HorizontalLayout row = new HorizontalLayout(name, category, priceMin, priceMax);
        row.setWrap(true);
        VerticalLayout form = new VerticalLayout(row, description);
        form.setPadding(false);
        return form;
    }
}
