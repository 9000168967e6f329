package app.haat.listing;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Translator;
import app.haat.exhibition.ExhibitionFixtures;
import app.haat.exhibition.ExhibitionFixtures.VerifiedGroup;
import app.haat.group.Group;
import app.haat.group.GroupService;
import app.haat.group.Product;
import app.haat.support.ViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The group records a shop on its page, its officer confirms it in the group's view, the admin keeps the list. */
class ListingViewsTest extends ViewTest {

    @Autowired
    ExhibitionFixtures fx;

    @Autowired
    ListingService listings;

    @Autowired
    MarketplaceService marketplaces;

    @Autowired
    GroupService groups;

    @Test
    void aGroupAddsAShopInBengaliAndItsOfficerConfirmsIt() {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        VerifiedGroup group = fx.verifiedGroup(officer, bally, "HANDLOOM");
        signInAs(group.mobile());
        navigate("my-group");
        useLanguage(Translator.BENGALI);
        assertThat(_get(ListingSection.class, s -> s.withId("listings"))
                        .getElement()
                        .getTextRecursively())
                .contains("এখনও কোনো অনলাইন দোকান লেখা হয়নি");

        _click(_get(Button.class, s -> s.withId("listing-add")));
        @SuppressWarnings("unchecked")
        ComboBox<Marketplace> marketplace = _get(ComboBox.class, s -> s.withId("listing-marketplace"));
        Marketplace saheli = marketplace
                .getListDataView()
                .getItems()
                .filter(m -> m.name().equals("Amazon Saheli"))
                .findFirst()
                .orElseThrow();
        assertThat(marketplace.getItemLabelGenerator().apply(saheli)).isEqualTo("অ্যামাজন সহেলি");
        setAsUser(marketplace, saheli);
        setAsUser(_get(TextField.class, s -> s.withId("listing-seller-id")), "SAHELI-" + group.id());
        // a link that is not http(s): refused, the dialog stays open, nothing recorded
        setAsUser(_get(TextField.class, s -> s.withId("listing-link")), "javascript:alert(1)");
        _click(_get(Button.class, s -> s.withId("listing-save")));
        assertThat(_find(Button.class, s -> s.withId("listing-save"))).hasSize(1);
        assertThat(fx.accounts.as(group.mobile(), () -> listings.listings(group.id())))
                .isEmpty();
        setAsUser(_get(TextField.class, s -> s.withId("listing-link")), "https://www.amazon.in/s?me=saheli");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Product> products = _get(CheckboxGroup.class, s -> s.withId("listing-products"));
        setAsUser(products, Set.copyOf(products.getListDataView().getItems().toList()));
        _click(_get(Button.class, s -> s.withId("listing-save")));
        Listing shop = fx.accounts
                .as(group.mobile(), () -> listings.listings(group.id()))
                .getFirst();
        assertThat(shop.productIds()).containsExactly(group.product());
        Anchor link = _get(Anchor.class, s -> s.withText("https://www.amazon.in/s?me=saheli"));
        assertThat(link.getElement().getAttribute("rel")).isEqualTo("noopener nofollow");
        assertThat(_get(Div.class, s -> s.withId("listing-state-" + shop.id())).getText())
                .isEqualTo("আপনার আধিকারিকের নিশ্চিতকরণের অপেক্ষায়");

        signInAs(officer);
        navigate("groups");
        useLanguage(Translator.ENGLISH);
        @SuppressWarnings("unchecked")
        Grid<Group> grid = _get(Grid.class, s -> s.withId("groups-grid"));
        grid.asSingleSelect().setValue(groups.get(group.id()));
        _click(_get(Button.class, s -> s.withId("listing-confirm-" + shop.id())));
        assertThat(fx.accounts
                        .as(officer, () -> listings.listings(group.id()))
                        .getFirst()
                        .confirmedBy())
                .isEqualTo(officer);
        assertThat(_get(Div.class, s -> s.withId("listing-state-" + shop.id())).getText())
                .startsWith("Confirmed by the officer on ");
        _click(_get(Button.class, s -> s.withId("listing-unconfirm-" + shop.id())));
        assertThat(fx.accounts
                        .as(officer, () -> listings.listings(group.id()))
                        .getFirst()
                        .confirmed())
                .isFalse();
        assertThat(_findAll(grid)).isNotNull();
    }

    @Test
    void theGroupChangesAndRemovesItsShopAfterAQuestion() {
        long bally = fx.municipality("Bally");
        String officer = fx.accounts.officer(Set.of(bally));
        VerifiedGroup group = fx.verifiedGroup(officer, bally, "HANDLOOM");
        long meesho = fx.accounts.as(group.mobile(), () -> marketplaces.active()).stream()
                .filter(m -> m.name().equals("Meesho"))
                .findFirst()
                .orElseThrow()
                .id();
        Listing shop = fx.accounts.as(
                group.mobile(),
                () -> listings.add(group.id(), new ListingForm(meesho, "M-1", "https://www.meesho.com/shop/m1", null)));
        fx.accounts.as(officer, () -> listings.confirm(group.id(), shop.id(), true));
        signInAs(group.mobile());
        navigate("my-group");
        _click(_get(Button.class, s -> s.withId("listing-edit-" + shop.id())));
        setAsUser(_get(TextField.class, s -> s.withId("listing-link")), "https://www.meesho.com/shop/m2");
        _click(_get(Button.class, s -> s.withId("listing-save")));
        Listing changed = fx.accounts
                .as(group.mobile(), () -> listings.listings(group.id()))
                .getFirst();
        assertThat(changed.link()).isEqualTo("https://www.meesho.com/shop/m2");
        assertThat(changed.confirmed())
                .as("a new link waits for the officer again")
                .isFalse();

        _click(_get(Button.class, s -> s.withId("listing-remove-" + shop.id())));
        ConfirmDialog ask = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(ask)).contains("M-1");
        ConfirmDialogKt._fireConfirm(ask);
        assertThat(fx.accounts.as(group.mobile(), () -> listings.listings(group.id())))
                .isEmpty();
    }

    @Test
    void theAdminAddsRenamesAndRetiresAMarketplaceAfterAQuestion() {
        signInAs(accounts.admin());
        navigate("admin/marketplaces");
        String name = "Bangla Haat Online " + System.nanoTime();
        setAsUser(_get(TextField.class, s -> s.withId("marketplace-name")), name);
        setAsUser(_get(TextField.class, s -> s.withId("marketplace-name-bn")), "বাংলা হাট অনলাইন");
        _click(_get(Button.class, s -> s.withId("marketplace-add")));
        Marketplace added = accounts.as(accounts.admin(), () -> marketplaces.all()).stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(added.active()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<Marketplace> grid = _get(Grid.class, s -> s.withId("marketplaces-grid"));
        _click(action(grid, added.id(), 0));
        setAsUser(_get(TextField.class, s -> s.withId("marketplace-rename-bn")), "বাংলা হাট");
        _click(_get(Button.class, s -> s.withId("marketplace-rename-save")));
        assertThat(action(grid, added.id(), 1).getId()).hasValue("marketplace-retire-" + added.id());
        _click(action(grid, added.id(), 1));
        ConfirmDialog ask = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(ask)).contains(name);
        ConfirmDialogKt._fireConfirm(ask);
        Marketplace retired = accounts.as(accounts.admin(), () -> marketplaces.all()).stream()
                .filter(m -> m.id() == added.id())
                .findFirst()
                .orElseThrow();
        assertThat(retired.active()).isFalse();
        assertThat(retired.nameBn()).isEqualTo("বাংলা হাট");
        assertThat(accounts.as(accounts.admin(), () -> marketplaces.active()))
                .extracting(Marketplace::id)
                .doesNotContain(added.id());
        assertThat(action(grid, added.id(), 1).getId()).hasValue("marketplace-reinstate-" + added.id());
    }

    /** The button of a marketplace's row: 0 rename, 1 retire or bring back. */
    private static Button action(Grid<Marketplace> grid, long id, int which) {
        int row = _findAll(grid).stream().map(Marketplace::id).toList().indexOf(id);
        HorizontalLayout cell = (HorizontalLayout) GridKt._getCellComponent(grid, row, "actions");
        return (Button) cell.getComponentAt(which);
    }
}
