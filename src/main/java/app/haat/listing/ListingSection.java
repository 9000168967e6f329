package app.haat.listing;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.ui.Confirm;
import app.haat.core.ui.Notifications;
import app.haat.group.Product;
import app.haat.group.ProductService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Where a group sells online, as a list of shops: on the group's own page with add, change and remove; in its
 * officer's view with confirm and take the confirmation back.
 */
class ListingSection extends VerticalLayout {

    private final ListingService listings;
    private final MarketplaceService marketplaces;
    private final ProductService products;
    private final long groupId;
    private final boolean officer;
    private final boolean bengali;
    private final Div list = new Div();

    ListingSection(
            ListingService listings,
            MarketplaceService marketplaces,
            ProductService products,
            long groupId,
            boolean officer) {
        this.listings = listings;
        this.marketplaces = marketplaces;
        this.products = products;
        this.groupId = groupId;
        this.officer = officer;
        this.bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        setPadding(false);
        setId(officer ? "listings-officer" : "listings");
        list.addClassName("haat-listings");
        list.setWidthFull();
        add(new H3(getTranslation(officer ? "listing.officerTitle" : "listing.title")));
        if (!officer) {
            Paragraph help = new Paragraph(getTranslation("listing.help"));
            help.addClassName("haat-hint");
            add(help);
        }
        add(list);
        if (!officer) {
            Button add = new Button(getTranslation("listing.add"), VaadinIcon.PLUS.create(), e -> open(null));
            add.setId("listing-add");
            add(add);
        }
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<Listing> shops = listings.listings(groupId);
        if (shops.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("listing.none"));
            none.addClassName("haat-hint");
            none.setId(getId().orElse("listings") + "-none");
            list.add(none);
            return;
        }
        Map<Long, String> names =
                products.products(groupId).stream().collect(Collectors.toMap(Product::id, Product::name));
        shops.forEach(shop -> list.add(card(shop, names)));
    }

    private Div card(Listing shop, Map<Long, String> productNames) {
        Span marketplace = new Span(shop.marketplaceName(bengali)
                + (shop.marketplaceActive() ? "" : " (" + getTranslation("marketplace.retired") + ")"));
        marketplace.addClassName("haat-listing-marketplace");
        Anchor link = new Anchor(shop.link(), shop.link(), AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener nofollow");
        link.addClassName("haat-listing-link");
        Div card = new Div(marketplace, new Div(getTranslation("listing.sellerId") + ": " + shop.sellerId()), link);
        card.addClassName("haat-listing");
        card.setId("listing-" + shop.id());
        if (!shop.productIds().isEmpty()) {
            card.add(new Div(getTranslation("listing.products") + ": "
                    + shop.productIds().stream()
                            .map(id -> productNames.getOrDefault(id, ""))
                            .collect(Collectors.joining(", "))));
        }
        Div state = new Div(
                shop.confirmedAt() == null
                        ? getTranslation(officer ? "listing.unconfirmedOfficer" : "listing.unconfirmed")
                        : getTranslation(
                                "listing.confirmedOn",
                                Formats.date(shop.confirmedAt()
                                        .atZoneSameInstant(Formats.INDIA)
                                        .toLocalDate())));
        state.addClassName(shop.confirmed() ? "haat-listing-confirmed" : "haat-hint");
        state.setId("listing-state-" + shop.id());
        card.add(state, officer ? officerActions(shop) : groupActions(shop));
        return card;
    }

    private HorizontalLayout groupActions(Listing shop) {
        Button edit = new Button(getTranslation("listing.edit"), VaadinIcon.EDIT.create(), e -> open(shop));
        edit.setId("listing-edit-" + shop.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button remove = new Button(
                getTranslation("listing.remove"),
                VaadinIcon.TRASH.create(),
                e -> Confirm.ask(
                        getTranslation("listing.remove"),
                        getTranslation("listing.removeConfirm", shop.marketplaceName(bengali), shop.sellerId()),
                        getTranslation("listing.remove"),
                        () -> {
                            if (Notifications.attempt(() -> listings.delete(groupId, shop.id()))) {
                                refresh();
                            }
                        }));
        remove.setId("listing-remove-" + shop.id());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(edit, remove);
        actions.setWrap(true);
        return actions;
    }

    private HorizontalLayout officerActions(Listing shop) {
        Button button = shop.confirmed()
                ? new Button(getTranslation("listing.unconfirm"), e -> confirm(shop, false))
                : new Button(getTranslation("listing.confirm"), VaadinIcon.CHECK.create(), e -> confirm(shop, true));
        button.setId((shop.confirmed() ? "listing-unconfirm-" : "listing-confirm-") + shop.id());
        if (!shop.confirmed()) {
            button.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        }
        return new HorizontalLayout(button);
    }

    private void confirm(Listing shop, boolean confirmed) {
        if (Notifications.attempt(() -> listings.confirm(groupId, shop.id(), confirmed))) {
            Notifications.success(getTranslation(confirmed ? "listing.confirmed" : "listing.unconfirmedDone"));
            refresh();
        }
    }

    private void open(@Nullable Listing shop) {
        List<Product> own = products.products(groupId);
        List<Marketplace> offered = marketplaces.all().stream()
                .filter(m -> m.active() || (shop != null && m.id() == shop.marketplaceId()))
                .toList();
        new ListingDialog(offered, own, shop, bengali, form -> {
                    if (shop == null) {
                        listings.add(groupId, form);
                    } else {
                        listings.update(groupId, shop.id(), form);
                    }
                    refresh();
                })
                .open();
    }
}
