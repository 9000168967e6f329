package app.haat.shell;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.LocalizedName;
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
import com.vaadin.flow.component.html.Anchor;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The first screen after sign-in: what needs the user today (a group's to-do list, an officer's groups and
 * applications waiting, staff's sessions of the day), then figures for the officer's and the admin's role.
 */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final boolean bengali;

    public HomeView(
            CurrentUser currentUser,
            RegionService regions,
            UserService users,
            GroupService groups,
            MessagesService messages,
            HomeTodoService todos) {
        addClassName("haat-view");
        HaatPrincipal me = currentUser.require();
        bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        // a group is greeted by its name, not by the number it signs in with
        String name = me.role() == Role.SHG ? groups.mine().name() : me.username();
        add(new H2(getTranslation("home.welcome", name)));
        add(new Paragraph(getTranslation("home.role." + me.role().name())));
        // what needs them today leads the page, each one tap away
        add(todoList(todos.today(), me.role()));

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
        } else if (me.role() == Role.MUNICIPAL_OFFICER) {
            List<Municipality> mine = regions.municipalities(users.scopeOfCurrentUser());
            cards.add(
                    card("home.figure.groupsPending", pending(groups)),
                    card("home.figure.groupsVerified", verified(groups)),
                    card("home.figure.myMunicipalities", mine.size()));
            add(cards, new H3(getTranslation("home.myMunicipalities")));
            UnorderedList list = new UnorderedList();
            list.setId("my-municipalities");
            mine.forEach(m ->
                    list.add(new ListItem(m.name(bengali) + " (" + (bengali ? m.districtBn() : m.districtEn()) + ")")));
            add(list);
        }
    }

    /** The to-do list: each item a link to the page that deals with it, or a line saying nothing waits. */
    private Div todoList(List<Todo> todos, Role role) {
        Div list = new Div();
        list.setId("home-todo");
        list.addClassName("haat-todo-list");
        list.add(new H3(getTranslation(role == Role.CENTRE_STAFF ? "home.todo.titleToday" : "home.todo.title")));
        if (todos.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("home.todo.none." + role.name()));
            none.addClassName("haat-empty");
            none.setId("home-todo-none");
            list.add(none);
        }
        for (Todo todo : todos) {
            Anchor item = new Anchor(
                    todo.route(),
                    getTranslation(
                            todo.key(), todo.values().stream().map(this::shown).toArray()));
            item.addClassNames("haat-todo", "haat-tap");
            list.add(item);
        }
        return list;
    }

    /** A value in the reader's language and digits. */
    private Object shown(Object value) {
        String text = switch (value) {
            case LocalDate day -> Formats.date(day);
            case OffsetDateTime time -> Formats.dateTime(time);
            case LocalTime time -> TIME.format(time);
            case Number number -> Formats.number(number.longValue());
            case LocalizedName name -> name.in(bengali);
            default -> String.valueOf(value);
        };
        // names and texts are shown as written (a title's digits are part of it); numbers, dates, times in the reader's
        return bengali && !(value instanceof String) && !(value instanceof LocalizedName)
                ? Formats.bengaliDigits(text)
                : text;
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
