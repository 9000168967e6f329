package app.haat.exhibition;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.LocalizedName;
import app.haat.group.Product;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A group applies for a stall on its phone: up to three slots in order, the products it shows, its needs. */
class ApplyDialog extends ApplicationEntryDialog {

    private static final int RANKED_CHOICES = 3;

    ApplyDialog(
            Exhibition exhibition,
            List<Slot> slots,
            List<Product> catalogue,
            ApplicationService applications,
            Runnable refresh) {
        setHeaderTitle(exhibition.title(LocalizedName.bengaliScreen()));
        setWidth("min(560px, 96vw)");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        List<ComboBox<Slot>> choices = slotChoices(slots, body);
        CheckboxGroup<Product> shown = productsField(catalogue);
        Checkbox electricity = new Checkbox(getTranslation("stalls.needsElectricity"));
        Checkbox food = new Checkbox(getTranslation("stalls.needsFood"));
        Checkbox declaration = new Checkbox(getTranslation("stalls.declaration"));
        declaration.setId("apply-declaration");
        body.add(shown, electricity, food, declaration);
        if (catalogue.isEmpty()) {
            Paragraph hint = new Paragraph(getTranslation("stalls.addProductsFirst"));
            hint.addClassName("haat-warning");
            body.addComponentAsFirst(hint);
        }
        body.setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.STRETCH);
        submitWith(
                "apply-submit",
                applications,
                exhibition.id(),
                () -> new ApplicationForm(
                        null,
                        choices.stream()
                                .map(ComboBox::getValue)
                                .filter(Objects::nonNull)
                                .map(Slot::id)
                                .toList(),
                        shown.getValue().stream().map(Product::id).toList(),
                        electricity.getValue(),
                        food.getValue(),
                        declaration.getValue()),
                refresh);
        add(body);
    }

    /** Up to three ranked slot choices, added to the body in rank order; the first is preset to the first slot. */
    private List<ComboBox<Slot>> slotChoices(List<Slot> slots, VerticalLayout body) {
        List<ComboBox<Slot>> choices = new ArrayList<>();
        for (int i = 0; i < Math.min(RANKED_CHOICES, slots.size()); i++) {
            ComboBox<Slot> choice = new ComboBox<>(getTranslation("stalls.choice." + (i + 1)));
            choice.setItems(slots);
            choice.setItemLabelGenerator(s -> getTranslation(
                    "exhibition.slotText",
                    Formats.number(s.seq()),
                    Formats.date(s.startsOn()),
                    Formats.date(s.endsOn())));
            choice.setWidthFull();
            choice.setId("choice-" + (i + 1));
            choice.setClearButtonVisible(true);
            choices.add(choice);
            body.add(choice);
        }
        choices.getFirst().setValue(slots.getFirst());
        return choices;
    }

    /** The group's products to show; a single product is ticked already. */
    private CheckboxGroup<Product> productsField(List<Product> catalogue) {
        CheckboxGroup<Product> shown = new CheckboxGroup<>(getTranslation("stalls.products"));
        shown.setItems(catalogue);
        shown.setItemLabelGenerator(Product::name);
        shown.setId("apply-products");
        if (catalogue.size() == 1) {
            shown.select(catalogue.getFirst());
        }
        return shown;
    }
}
