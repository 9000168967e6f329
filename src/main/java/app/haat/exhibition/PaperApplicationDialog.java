package app.haat.exhibition;

import app.haat.core.i18n.Formats;
import app.haat.group.Group;
import app.haat.group.GroupFilter;
import app.haat.group.GroupService;
import app.haat.group.GroupStatus;
import app.haat.group.Product;
import app.haat.group.ProductService;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** An officer types in a paper application for a verified group of their municipalities. */
class PaperApplicationDialog extends ApplicationEntryDialog {

    PaperApplicationDialog(
            Exhibition exhibition,
            List<Slot> slots,
            ApplicationService applications,
            GroupService groups,
            ProductService products,
            boolean bengali,
            Runnable refresh) {
        setHeaderTitle(getTranslation("application.paperEntry"));
        setWidth("min(560px, 96vw)");
        ComboBox<Group> group = groupField(groups, bengali);
        ComboBox<Slot> first = firstChoice(slots);
        CheckboxGroup<Product> shown = productsOf(group, products);
        Checkbox electricity = new Checkbox(getTranslation("stalls.needsElectricity"));
        Checkbox food = new Checkbox(getTranslation("stalls.needsFood"));
        Checkbox declaration = new Checkbox(getTranslation("application.paperDeclaration"));
        declaration.setId("paper-declaration");
        VerticalLayout body = new VerticalLayout(group, first, shown, electricity, food, declaration);
        body.setPadding(false);
        submitWith(
                "paper-save",
                applications,
                exhibition.id(),
                () -> new ApplicationForm(
                        group.getValue() == null ? null : group.getValue().id(),
                        first.getValue() == null
                                ? List.of()
                                : List.of(first.getValue().id()),
                        shown.getValue().stream().map(Product::id).toList(),
                        electricity.getValue(),
                        food.getValue(),
                        declaration.getValue()),
                refresh);
        add(body);
    }

    /** Verified groups, paged from the service as the officer types. */
    private ComboBox<Group> groupField(GroupService groups, boolean bengali) {
        ComboBox<Group> group = new ComboBox<>(getTranslation("application.group"));
        group.setItems(query -> groups
                .page(
                        new GroupFilter(
                                GroupStatus.VERIFIED,
                                null,
                                null,
                                query.getFilter().orElse("")),
                        query.getOffset(),
                        query.getLimit())
                .stream());
        group.setItemLabelGenerator(g -> g.name() + " · " + (bengali ? g.municipalityBn() : g.municipalityEn()));
        group.setWidthFull();
        group.setId("paper-group");
        return group;
    }

    /** The one slot a paper form names, the first by default. */
    private ComboBox<Slot> firstChoice(List<Slot> slots) {
        ComboBox<Slot> first = new ComboBox<>(getTranslation("stalls.choice.1"));
        first.setItems(slots);
        first.setItemLabelGenerator(sl -> getTranslation(
                "exhibition.slotText",
                Formats.number(sl.seq()),
                Formats.date(sl.startsOn()),
                Formats.date(sl.endsOn())));
        first.setValue(slots.getFirst());
        first.setWidthFull();
        return first;
    }

    /** The products the chosen group shows, listed afresh (and the first ticked) whenever the group changes. */
    private CheckboxGroup<Product> productsOf(ComboBox<Group> group, ProductService products) {
        CheckboxGroup<Product> shown = new CheckboxGroup<>(getTranslation("stalls.products"));
        shown.setItemLabelGenerator(Product::name);
        shown.setId("paper-products");
        group.addValueChangeListener(e -> {
            List<Product> catalogue = e.getValue() == null
                    ? List.of()
                    : products.products(e.getValue().id());
            shown.setItems(catalogue);
            catalogue.stream().findFirst().ifPresent(shown::select);
        });
        return shown;
    }
}
