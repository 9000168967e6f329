package app.haat.shell;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.HaatPrincipal;
import app.haat.core.security.Role;
import app.haat.group.GroupFilter;
import app.haat.group.GroupService;
import app.haat.group.GroupStatus;
import app.haat.mail.MessageType;
import app.haat.mail.MessagesService;
import app.haat.mail.SmsHeldWarning;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The first screen after sign-in: figures from the database for the user's role. */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private final boolean bengali;

    public HomeView(
            CurrentUser currentUser,
            RegionService regions,
            UserService users,
            GroupService groups,
            MessagesService messages) {
        addClassName("haat-view");
        HaatPrincipal me = currentUser.require();
        bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
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
            addSms(messages);
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

    /**
     * The admin's SMS: a warning when texts are held for want of a DLT template id, and the segments sent this month
     * by message type (the state pays per segment).
     */
    private void addSms(MessagesService messages) {
        MessagesService.SmsOverview sms = messages.smsOverview();
        if (!sms.held().isEmpty()) {
            SmsHeldWarning held = new SmsHeldWarning(sms, true);
            held.setId("home-sms-held");
            add(held);
        }
        Map<MessageType, Integer> segments = messages.segmentsThisMonth();
        add(new H3(getTranslation("home.smsSegments")));
        Div cards = new Div();
        cards.addClassName("haat-cards");
        cards.setId("home-sms-segments");
        int total = segments.values().stream().mapToInt(Integer::intValue).sum();
        cards.add(card("home.smsSegments.total", total));
        segments.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<MessageType, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> cards.add(
                        figureCard(getTranslation("mail.type." + e.getKey().name()), e.getValue())));
        add(cards);
    }

    private static int pending(GroupService groups) {
        return groups.count(new GroupFilter(GroupStatus.PENDING, null, null, null));
    }

    private static int verified(GroupService groups) {
        return groups.count(new GroupFilter(GroupStatus.VERIFIED, null, null, null));
    }

    private Component card(String labelKey, long figure) {
        return figureCard(getTranslation(labelKey), figure);
    }

    /** A figure in the reader's digits (Bengali ones on the Bengali page) over its label. */
    private Component figureCard(String labelText, long figure) {
        String number = Formats.number(figure);
        Div value = new Div(bengali ? Formats.bengaliDigits(number) : number);
        value.addClassName("haat-figure");
        Div label = new Div(labelText);
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
