package app.haat.shell;

import app.haat.allocation.WeightsView;
import app.haat.audit.AuditLogView;
import app.haat.centre.TrainingsView;
import app.haat.core.i18n.LanguageSwitch;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.core.ui.Accessible;
import app.haat.core.ui.VaadinTexts;
import app.haat.dashboard.DashboardView;
import app.haat.desk.DeskView;
import app.haat.desk.MyRequestsView;
import app.haat.exhibition.ExhibitionsView;
import app.haat.exhibition.MyStallsView;
import app.haat.group.CategoriesView;
import app.haat.group.GroupsView;
import app.haat.group.MyGroupView;
import app.haat.group.ReadinessView;
import app.haat.listing.MarketplacesView;
import app.haat.mail.MessagesView;
import app.haat.mail.SmsTextsView;
import app.haat.operations.OperationsView;
import app.haat.region.ReferenceDataView;
import app.haat.user.MyAccountView;
import app.haat.user.UserService;
import app.haat.user.UsersView;
import app.haat.venue.VenuesView;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.AppLayout.AppLayoutI18n;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.annotation.Value;

/** The frame around every signed-in view: brand, demo marker, language switch, sign-out, and the role's menu. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(
            CurrentUser currentUser,
            UserService users,
            AuthenticationContext authentication,
            @Value("${haat.demo:false}") boolean demo) {
        setPrimarySection(Section.NAVBAR);
        Accessible.landmarks(this);
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("vaadin.drawer")));
        HaatPrincipal me = currentUser.require();

        Div brand = new Div(new Image("images/haat-icon.svg", ""), new Span(getTranslation("app.name")));
        brand.addClassName("haat-brand");
        Div navbar = new Div();
        navbar.addClassName("haat-navbar");
        navbar.getElement().setAttribute("role", "banner");
        navbar.add(VaadinTexts.drawerToggle(), brand);
        if (demo) {
            Span badge = new Span(getTranslation("app.demo"));
            badge.addClassName("haat-demo-badge");
            badge.setId("demo-badge");
            badge.getElement().setAttribute("title", getTranslation("app.demo.hint"));
            navbar.add(badge);
        }
        Div spacer = new Div();
        spacer.addClassName("haat-spacer");
        Span who = new Span(me.username());
        who.addClassName("haat-hide-narrow");
        Button signOut = new Button(VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.getElement().setAttribute("aria-label", getTranslation("nav.signOut"));
        signOut.setTooltipText(getTranslation("nav.signOut"));
        signOut.setId("sign-out");
        navbar.add(spacer, new LanguageSwitch(users::changeOwnLanguage), who, signOut);
        addToNavbar(navbar);

        addToDrawer(new Scroller(navigation(me.role())));
    }

    private SideNav navigation(Role role) {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.home"), HomeView.class, VaadinIcon.HOME.create()));
        if (role == Role.STATE_ADMIN || role == Role.MUNICIPAL_OFFICER) {
            nav.addItem(
                    new SideNavItem(getTranslation("nav.dashboard"), DashboardView.class, VaadinIcon.CHART.create()));
        }
        if (role == Role.STATE_ADMIN || role == Role.MUNICIPAL_OFFICER) {
            nav.addItem(new SideNavItem(getTranslation("nav.groups"), GroupsView.class, VaadinIcon.GROUP.create()));
            nav.addItem(new SideNavItem(
                    getTranslation("nav.readiness"), ReadinessView.class, VaadinIcon.CHECK_SQUARE_O.create()));
        }
        if (role == Role.STATE_ADMIN || role == Role.MUNICIPAL_OFFICER || role == Role.CENTRE_STAFF) {
            nav.addItem(new SideNavItem(
                    getTranslation("nav.exhibitions"), ExhibitionsView.class, VaadinIcon.SHOP.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.venues"), VenuesView.class, VaadinIcon.BUILDING.create()));
        }
        if (role == Role.MUNICIPAL_OFFICER) {
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), AuditLogView.class, VaadinIcon.RECORDS.create()));
            nav.addItem(new SideNavItem(
                    getTranslation("nav.messages"), MessagesView.class, VaadinIcon.ENVELOPES_O.create()));
        }
        if (role == Role.SHG) {
            nav.addItem(
                    new SideNavItem(getTranslation("nav.myGroup"), MyGroupView.class, VaadinIcon.USER_CARD.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.myStalls"), MyStallsView.class, VaadinIcon.SHOP.create()));
            nav.addItem(new SideNavItem(
                    getTranslation("nav.myRequests"), MyRequestsView.class, VaadinIcon.FILE_TEXT_O.create()));
        }
        if (role == Role.STATE_ADMIN || role == Role.CENTRE_STAFF) {
            nav.addItem(new SideNavItem(getTranslation("nav.desk"), DeskView.class, VaadinIcon.FILE_TEXT_O.create()));
        }
        nav.addItem(
                new SideNavItem(getTranslation("nav.trainings"), TrainingsView.class, VaadinIcon.ACADEMY_CAP.create()));
        if (role == Role.STATE_ADMIN) {
            nav.addItem(new SideNavItem(
                    getTranslation("nav.reference"), ReferenceDataView.class, VaadinIcon.MAP_MARKER.create()));
            nav.addItem(
                    new SideNavItem(getTranslation("nav.categories"), CategoriesView.class, VaadinIcon.TAGS.create()));
            nav.addItem(new SideNavItem(
                    getTranslation("nav.marketplaces"), MarketplacesView.class, VaadinIcon.CART.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.weights"), WeightsView.class, VaadinIcon.SCALE.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.users"), UsersView.class, VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), AuditLogView.class, VaadinIcon.RECORDS.create()));
            nav.addItem(new SideNavItem(
                    getTranslation("nav.messages"), MessagesView.class, VaadinIcon.ENVELOPES_O.create()));
            nav.addItem(new SideNavItem(
                    getTranslation("nav.smsTexts"), SmsTextsView.class, VaadinIcon.COMMENT_ELLIPSIS_O.create()));
            nav.addItem(new SideNavItem(
                    getTranslation("nav.operations"), OperationsView.class, VaadinIcon.DATABASE.create()));
        }
        if (role != Role.SHG) {
            nav.addItem(
                    new SideNavItem(getTranslation("nav.myAccount"), MyAccountView.class, VaadinIcon.USER.create()));
        }
        return nav;
    }
}
