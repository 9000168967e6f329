package app.haat.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haat.core.i18n.Translator;
import app.haat.mail.Channel;
import app.haat.mail.MessageType;
import app.haat.mail.MessagesService;
import app.haat.mail.OutboxRows;
import app.haat.mail.OutboxStatus;
import app.haat.mail.SmsTemplates;
import app.haat.region.RegionService;
import app.haat.support.ViewTest;
import app.haat.user.UserService;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ShellViewTest extends ViewTest {

    @Autowired
    RegionService regions;

    @Autowired
    UserService users;

    @Autowired
    app.haat.group.GroupService groups;

    @Autowired
    MessagesService messages;

    @Autowired
    SmsTemplates templates;

    @Autowired
    DSLContext dsl;

    @Test
    void anonymousVisitorsDoNotSeeAnyView() {
        // the router sends them to the server-rendered sign-in page (SignInPageTest), which is no view
        navigate("");
        assertThat(_find(HomeView.class)).isEmpty();
        navigate("admin/users");
        assertThat(_find(app.haat.user.UsersView.class)).isEmpty();
    }

    @Test
    void adminHomeShowsFiguresFromTheDatabaseAndTheFullMenu() {
        signInAs(accounts.admin());
        navigate("");
        Div figures = _get(Div.class, s -> s.withId("home-figures"));
        String text = figures.getElement().getTextRecursively();
        assertThat(text)
                .contains("127")
                .contains("Municipalities")
                .contains("23")
                .contains("Districts");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel))
                .containsExactly(
                        "Home",
                        "Dashboard",
                        "Groups",
                        "Readiness",
                        "Exhibitions",
                        "Venues",
                        "Registration desk",
                        "Trainings",
                        "Municipalities",
                        "Categories",
                        "Online marketplaces",
                        "Allocation weights",
                        "Users",
                        "Audit log",
                        "Messages",
                        "SMS texts",
                        "Backups",
                        "My account");
    }

    @Test
    void adminHomeShowsTheMonthsSmsSegmentsByTypeAndTheHeldTexts() {
        String admin = accounts.admin();
        MessageType type = MessageType.WAITLIST_PROMOTION;
        int before = accounts.as(admin, () -> messages.segmentsThisMonth()).getOrDefault(type, 0);
        String mobile = app.haat.group.GroupRegistryTest.newMobile();
        OutboxRows.insert(dsl, type, Channel.SMS, null, mobile, OutboxStatus.SENT, r -> r.setSegments(2));
        OutboxRows.insert(dsl, type, Channel.SMS, null, mobile, OutboxStatus.SENT, r -> r.setSegments(1));
        SmsTemplates.SmsTemplate reminder = accounts.as(
                admin, () -> templates.find(MessageType.REMINDER, "bn").orElseThrow());
        accounts.as(admin, () -> templates.save(MessageType.REMINDER, "bn", reminder.body(), null));
        try {
            signInAs(admin);
            navigate("");
            assertThat(_get(Div.class, s -> s.withId("home-sms-held"))
                            .getElement()
                            .getTextRecursively())
                    .contains("held for want of a DLT template id")
                    .contains("Reminder (Bengali)");
        } finally {
            accounts.as(admin, () -> templates.save(MessageType.REMINDER, "bn", reminder.body(), reminder.savedId()));
        }
        assertThat(_get(Div.class, s -> s.withId("home-sms-segments"))
                        .getElement()
                        .getTextRecursively())
                .contains("All SMS")
                .contains(app.haat.core.i18n.Formats.number(before + 3) + "Promoted from the waiting list");

        useLanguage(Translator.BENGALI);
        assertThat(_get(Div.class, s -> s.withId("home-sms-segments"))
                        .getElement()
                        .getTextRecursively())
                .contains(app.haat.core.i18n.Formats.bengaliDigits(app.haat.core.i18n.Formats.number(before + 3))
                        + "অপেক্ষমাণ তালিকা থেকে স্টল");
    }

    @Test
    void officerHomeListsOnlyTheirMunicipalitiesAndHidesAdminMenus() {
        long bally = municipalityNamed("Bally");
        String officer = accounts.officer(Set.of(bally));
        signInAs(officer);
        navigate("");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).containsExactly("Bally (Howrah)");
        String expectedPending = app.haat.core.i18n.Formats.number(accounts.as(
                officer,
                () -> groups.count(
                        new app.haat.group.GroupFilter(app.haat.group.GroupStatus.PENDING, null, null, null))));
        assertThat(_get(Div.class, s -> s.withId("home-figures")).getElement().getTextRecursively())
                .contains(expectedPending + "Groups waiting for verification");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel))
                .containsExactly(
                        "Home",
                        "Dashboard",
                        "Groups",
                        "Readiness",
                        "Exhibitions",
                        "Venues",
                        "Audit log",
                        "Messages",
                        "Trainings",
                        "My account");
        assertThatThrownBy(() -> navigate("admin/users")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void languageSwitchIsRememberedForTheUser() {
        String staff = accounts.staff();
        signInAs(staff);
        navigate("");
        assertThat(_get(H2.class).getText()).startsWith("Welcome");
        _click(_get(Button.class, s -> s.withId("language-switch")));
        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("bn");
        assertThat(accounts.as(staff, () -> users.ownLanguage())).isEqualTo("bn");

        UI.getCurrent().refreshCurrentRoute(true); // what the page reload does in a browser
        assertThat(_get(H2.class).getText()).startsWith("স্বাগতম");
        assertThat(_find(SideNavItem.class).get(0).getLabel()).isEqualTo("হোম");
    }
}
