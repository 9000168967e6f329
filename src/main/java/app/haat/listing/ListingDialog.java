package app.haat.listing;

import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import app.haat.group.Product;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A new listing, or a change to one: the marketplace, the seller or store id, the link, the products listed. */
class ListingDialog extends FormDialog {

    ListingDialog(
            List<Marketplace> marketplaces,
            List<Product> products,
            @Nullable Listing shop,
            boolean bengali,
            Consumer<ListingForm> save) {
        super();
        setHeaderTitle(getTranslation(shop == null ? "listing.add" : "listing.edit"));
        setWidth("min(560px, 95vw)");
        ComboBox<Marketplace> marketplace = new ComboBox<>(getTranslation("listing.marketplace"));
        marketplace.setItems(marketplaces);
        marketplace.setItemLabelGenerator(m -> m.name(bengali));
        marketplace.setRequiredIndicatorVisible(true);
        marketplace.setWidthFull();
        marketplace.setId("listing-marketplace");
        TextField sellerId = field("listing.sellerId", ListingRules.MAX_SELLER_ID, "listing-seller-id");
        TextField link = field("listing.link", ListingRules.MAX_LINK, "listing-link");
        link.setPlaceholder("https://");
        link.getElement().setAttribute("inputmode", "url");
        CheckboxGroup<Product> listed = new CheckboxGroup<>(getTranslation("listing.products"));
        listed.setItems(products);
        listed.setItemLabelGenerator(Product::name);
        listed.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        listed.setId("listing-products");
        if (shop != null) {
            marketplaces.stream()
                    .filter(m -> m.id() == shop.marketplaceId())
                    .findFirst()
                    .ifPresent(marketplace::setValue);
            sellerId.setValue(shop.sellerId());
            link.setValue(shop.link());
            listed.setValue(products.stream()
                    .filter(p -> shop.productIds().contains(p.id()))
                    .collect(Collectors.toSet()));
        }
        save("listing-save", () -> {
            ListingForm form = new ListingForm(
                    marketplace.getValue() == null
                            ? null
                            : marketplace.getValue().id(),
                    sellerId.getValue(),
                    link.getValue(),
                    listed.getValue().stream().map(Product::id).toList());
            if (Notifications.attempt(() -> save.accept(form))) {
                close();
            }
        });
        VerticalLayout fields = new VerticalLayout(marketplace, sellerId, link);
        fields.setPadding(false);
        if (!products.isEmpty()) {
            fields.add(listed);
        }
        add(fields);
    }

    /** A required one-line field with its help below it (the label's key + "Help"). */
    private TextField field(String key, int maxLength, String id) {
        TextField field = new TextField(getTranslation(key));
        field.setMaxLength(maxLength);
        field.setRequiredIndicatorVisible(true);
        field.setHelperText(getTranslation(key + "Help"));
        field.setWidthFull();
        field.setId(id);
        return field;
    }
}
