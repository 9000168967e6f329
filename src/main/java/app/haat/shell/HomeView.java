package app.haat.shell;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.group.GroupFilter;
import app.haat.group.GroupService;
import app.haat.group.GroupStatus;
import app.haat.region.Municipality;
import app.haat.region.RegionCounts;
import app.haat.region.RegionService;
import app.haat.user.UserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The first screen after sign-in: figures from the database for the user's role. */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser, RegionService regions, UserService users, GroupService groups) {
        addClassName("haat-view");
        HaatPrincipal me = currentUser.require();
        boolean bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        add(new H2(getTranslation("home.welcome", me.username())));
        add(new Paragraph(getTranslation("home.role." + me.role().name())));

        Div cards = new Div();
        cards.addClassName("haat-cards");
        cards.setId("home-figures");
        if (me.role() == Role.STATE_ADMIN) {
            RegionCounts counts = regions.counts();
            cards.add(
                    card("home.figure.groupsPending", pending(groups)),
                    card("home.figure.groupsVerified", verified(groups)),
                    card("home.figure.municipalities", counts.municipalities()),
                    card("home.figure.districts", counts.districts()),
                    card("home.figure.zones", counts.zones()),
                    card("home.figure.users", users.count()),
                    card("home.figure.officers", users.countByRole(Role.MUNICIPAL_OFFICER)));
            add(cards);
        } else {
            List<Municipality> mine = regions.municipalities(users.scopeOfCurrentUser());
            if (me.role() == Role.MUNICIPAL_OFFICER) {
                cards.add(
                        card("home.figure.groupsPending", pending(groups)),
                        card("home.figure.groupsVerified", verified(groups)),
                        card("home.figure.myMunicipalities", mine.size()));
                add(cards, new H3(getTranslation("home.myMunicipalities")));
                UnorderedList list = new UnorderedList();
                list.setId("my-municipalities");
                mine.forEach(m -> list.add(
                        new ListItem(m.name(bengali) + " (" + (bengali ? m.districtBn() : m.districtEn()) + ")")));
                add(list);
            } else {
                cards.add(card("home.figure.municipalities", regions.counts().municipalities()));
                add(cards);
            }
        }
    }

    private static int pending(GroupService groups) {
        return groups.count(new GroupFilter(GroupStatus.PENDING, null, null, null));
    }

    private static int verified(GroupService groups) {
        return groups.count(new GroupFilter(GroupStatus.VERIFIED, null, null, null));
    }

    private Component card(String labelKey, long figure) {
        Div value = new Div(Formats.number(figure));
        value.addClassName("haat-figure");
        Div label = new Div(getTranslation(labelKey));
        label.addClassName("haat-label");
        Div card = new Div(value, label);
        card.addClassName("haat-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · " + getTranslation("app.name");
    }
}
