package app.haat.listing;

import app.haat.core.i18n.Translator;
import app.haat.core.security.Role;
import app.haat.core.ui.Confirm;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Admins keep the list of online marketplaces groups sell on: add, rename, retire (kept for history), bring back. */
@Route("admin/marketplaces")
@RolesAllowed(Role.ADMIN)
public class MarketplacesView extends VerticalLayout implements HasDynamicTitle {

    private final MarketplaceService marketplaces;
    private final Grid<Marketplace> grid = new Grid<>();

    public MarketplacesView(MarketplaceService marketplaces) {
        this.marketplaces = marketplaces;
        addClassName("haat-view");
        grid.setId("marketplaces-grid");
        grid.addComponentColumn(this::names)
                .setHeader(getTranslation("marketplace.names"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("users.actions"))
                .setKey("actions")
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        TextField name = new TextField(getTranslation("reference.nameEn"));
        name.setMaxLength(ListingRules.MAX_MARKETPLACE_NAME);
        name.setId("marketplace-name");
        TextField nameBn = new TextField(getTranslation("reference.nameBn"));
        nameBn.setMaxLength(ListingRules.MAX_MARKETPLACE_NAME);
        nameBn.setId("marketplace-name-bn");
        Button add = new Button(getTranslation("marketplace.add"), VaadinIcon.PLUS.create(), e -> {
            if (Notifications.attempt(
                    () -> marketplaces.add(new MarketplaceForm(name.getValue(), nameBn.getValue())))) {
                name.clear();
                nameBn.clear();
                refresh();
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("marketplace-add");
        HorizontalLayout form = new HorizontalLayout(name, nameBn, add);
        form.setWrap(true);
        form.setAlignItems(Alignment.BASELINE);
        Paragraph help = new Paragraph(getTranslation("marketplace.help"));
        help.addClassName("haat-hint");
        add(new H2(getTranslation("marketplace.title")), help, grid, form);
        refresh();
    }

    /** Both names, one above the other (they wrap on a phone), and "Retired" when it is. */
    private Div names(Marketplace marketplace) {
        Div names = new Div(new Div(marketplace.name()), new Div(marketplace.nameBn()));
        if (!marketplace.active()) {
            Div retired = new Div(getTranslation("marketplace.retired"));
            retired.addClassName("haat-hint");
            names.add(retired);
        }
        names.getStyle().set("white-space", "normal");
        return names;
    }

    private HorizontalLayout actions(Marketplace marketplace) {
        Button rename = new Button(VaadinIcon.EDIT.create(), e -> rename(marketplace));
        rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        rename.getElement().setAttribute("aria-label", getTranslation("marketplace.rename"));
        rename.setId("marketplace-rename-" + marketplace.id());
        Button state;
        if (marketplace.active()) {
            state = new Button(
                    getTranslation("marketplace.retire"),
                    e -> Confirm.ask(
                            getTranslation("marketplace.retire"),
                            getTranslation("marketplace.retireConfirm", marketplace.name(isBengali())),
                            getTranslation("marketplace.retire"),
                            () -> setActive(marketplace, false)));
            state.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            state.setId("marketplace-retire-" + marketplace.id());
        } else {
            state = new Button(getTranslation("marketplace.reinstate"), e -> setActive(marketplace, true));
            state.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            state.setId("marketplace-reinstate-" + marketplace.id());
        }
        return new HorizontalLayout(rename, state);
    }

    private boolean isBengali() {
        return Translator.BENGALI.equals(Translator.supported(getLocale()));
    }

    private void setActive(Marketplace marketplace, boolean active) {
        if (Notifications.attempt(() -> marketplaces.setActive(marketplace.id(), active))) {
            refresh();
        }
    }

    private void rename(Marketplace marketplace) {
        FormDialog dialog = new FormDialog(getTranslation("marketplace.rename"));
        TextField name = new TextField(getTranslation("reference.nameEn"), marketplace.name(), "");
        name.setMaxLength(ListingRules.MAX_MARKETPLACE_NAME);
        name.setId("marketplace-rename-name");
        TextField nameBn = new TextField(getTranslation("reference.nameBn"), marketplace.nameBn(), "");
        nameBn.setMaxLength(ListingRules.MAX_MARKETPLACE_NAME);
        nameBn.setId("marketplace-rename-bn");
        dialog.save("marketplace-rename-save", () -> {
            if (Notifications.attempt(() ->
                    marketplaces.rename(marketplace.id(), new MarketplaceForm(name.getValue(), nameBn.getValue())))) {
                dialog.close();
                refresh();
            }
        });
        dialog.add(new VerticalLayout(name, nameBn));
        dialog.open();
    }

    private void refresh() {
        grid.setItems(marketplaces.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("marketplace.title") + " · " + getTranslation("app.name");
    }
}
