package app.haat.centre;

import app.haat.centre.TrainingRecords.Room;
import app.haat.centre.TrainingRecords.Session;
import app.haat.centre.TrainingRecords.Trainer;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import app.haat.core.ui.ExportButtons;
import app.haat.core.ui.TypedField;
import app.haat.region.RegionService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The centre's calendar: the sessions of a week or a month, day by day, for all rooms or one room or one trainer,
 * with each one's seats taken. Staff create weekly series and keep rooms, trainers and closures; everyone opens a
 * session to enroll or to see its roster.
 */
@Route("trainings")
@RolesAllowed({Role.ADMIN, Role.STAFF, Role.OFFICER, Role.GROUP})
public class TrainingsView extends VerticalLayout implements HasDynamicTitle {

    private final CentreSetupService setup;
    private final TrainingScheduleService schedule;
    private final RegionService regions;
    private final boolean staff;
    private final boolean bengali;
    private final TypedField<LocalDate> from = TypedField.date("");
    private final Select<String> span = new Select<>();
    private final Select<Object> focus = new Select<>();
    private final Div calendar = new Div();
    private final Paragraph feed = new Paragraph();

    public TrainingsView(
            CentreSetupService setup,
            TrainingScheduleService schedule,
            TrainingExport export,
            GroupTrainingService groupTrainings,
            CurrentUser currentUser,
            RegionService regions) {
        this.setup = setup;
        this.schedule = schedule;
        this.regions = regions;
        this.staff = setup.mayManage();
        this.bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        addClassName("haat-view");
        filters();
        HorizontalLayout controls = controls();
        calendar.setId("trainings-calendar");
        calendar.setWidthFull();
        feed.addClassName("haat-hint");
        add(new H2(getTranslation("training.title")));
        if (staff) {
            add(staffActions());
        }
        if (staff || currentUser.hasRole(Role.MUNICIPAL_OFFICER)) {
            var locale = getLocale();
            controls.add(new ExportButtons("trainings", "trainings", () -> {
                LocalDate start = start();
                LocalDate end = end(start);
                Object chosen = focus.getValue();
                Long room = chosen instanceof Room r ? r.id() : null;
                Long trainer = chosen instanceof Trainer t ? t.id() : null;
                return (format, out) -> export.export(start, end, room, trainer, format, locale, out);
            }));
            RouterLink report = new RouterLink(getTranslation("report.link"), TrainingReportView.class);
            report.setId("trainings-report");
            add(report);
        }
        if (currentUser.hasRole(Role.SHG)) {
            // a group's own sessions first, then those it may join; the centre's calendar after them
            add(new GroupTrainingsSection(groupTrainings.mine(), bengali));
            add(new H3(getTranslation("training.calendar")));
        }
        add(controls, feed, calendar);
        show();
    }

    /** The week or month from a day, for all rooms, one room or (staff) one trainer. */
    private void filters() {
        from.setLabel(getTranslation("training.from"));
        from.show(LocalDate.now(Formats.INDIA).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        from.setId("trainings-from");
        span.setLabel(getTranslation("training.span"));
        span.setItems("WEEK", "MONTH");
        span.setItemLabelGenerator(s -> getTranslation("training.span." + s));
        span.setValue("WEEK");
        span.setId("trainings-span");
        focus.setLabel(getTranslation("training.focus"));
        focus.setEmptySelectionAllowed(true);
        focus.setEmptySelectionCaption(getTranslation("training.allRooms"));
        focus.setItemLabelGenerator(o -> o instanceof Room r
                ? getTranslation("training.room") + ": " + r.name(bengali)
                : o instanceof Trainer t ? getTranslation("training.trainer") + ": " + t.name() : "");
        focus.setId("trainings-focus");
        List<Object> choices = new ArrayList<>(setup.rooms());
        if (staff) {
            choices.addAll(setup.trainers());
        }
        focus.setItems(choices);
    }

    /** Previous, the filters, next; any change shows the calendar again. */
    private HorizontalLayout controls() {
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> move(-1));
        previous.getElement().setAttribute("aria-label", getTranslation("training.previous"));
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> move(1));
        next.getElement().setAttribute("aria-label", getTranslation("training.next"));
        previous.setId("trainings-previous");
        next.setId("trainings-next");
        from.addValueChangeListener(e -> {
            if (from.check().isEmpty() && from.typed() != null) {
                show();
            }
        });
        span.addValueChangeListener(e -> show());
        focus.addValueChangeListener(e -> show());
        HorizontalLayout controls = new HorizontalLayout(previous, from, next, span, focus);
        controls.setWrap(true);
        controls.setAlignItems(Alignment.BASELINE);
        return controls;
    }

    /** Staff: a new series, and the centre's rooms, trainers, topics and hours. */
    private HorizontalLayout staffActions() {
        Button series = new Button(
                getTranslation("training.newSeries"),
                VaadinIcon.PLUS.create(),
                e -> new SeriesDialog(setup, schedule, regions, bengali, first -> {
                            from.show(first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
                            show();
                        })
                        .open());
        series.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        series.setId("trainings-new-series");
        Button room = new Button(getTranslation("training.addRoom"), e -> new RoomDialog(setup).open());
        room.setId("trainings-add-room");
        Button trainer = new Button(getTranslation("training.addTrainer"), e -> new TrainerDialog(setup).open());
        trainer.setId("trainings-add-trainer");
        Button topic = new Button(getTranslation("training.addTopic"), e -> new TopicDialog(setup).open());
        topic.setId("trainings-add-topic");
        Button hours = new Button(getTranslation("training.hours"), e -> new HoursDialog(setup).open());
        hours.setId("trainings-hours");
        Button resources = new Button(
                getTranslation("training.resources"), e -> UI.getCurrent().navigate(CentreResourcesView.class));
        resources.setId("trainings-resources");
        HorizontalLayout actions = new HorizontalLayout(series, room, trainer, topic, hours, resources);
        actions.setWrap(true);
        return actions;
    }

    private void move(int steps) {
        LocalDate start = start();
        from.show("MONTH".equals(span.getValue()) ? start.plusMonths(steps) : start.plusWeeks(steps));
    }

    private LocalDate start() {
        LocalDate typed = from.typed();
        return typed == null ? LocalDate.now(Formats.INDIA) : typed;
    }

    private LocalDate end(LocalDate start) {
        return "MONTH".equals(span.getValue()) ? start.plusMonths(1).minusDays(1) : start.plusDays(6);
    }

    private void show() {
        calendar.removeAll();
        LocalDate start = start();
        LocalDate end = end(start);
        Object chosen = focus.getValue();
        List<Session> sessions = schedule.sessions(start, end).stream()
                .filter(s -> chosen == null
                        || (chosen instanceof Room r
                                ? s.roomId() == r.id()
                                : chosen instanceof Trainer t && s.trainerId() == t.id()))
                .toList();
        feed.setVisible(chosen != null);
        if (chosen != null) {
            String path = chosen instanceof Room r ? "room/" + r.id() : "trainer/" + ((Trainer) chosen).id();
            feed.removeAll();
            Anchor link = new Anchor("/calendar/" + path + ".ics", getTranslation("training.feed"));
            link.setId("trainings-feed");
            feed.add(link);
        }
        if (sessions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("training.none"));
            none.addClassName("haat-empty");
            calendar.add(none);
            return;
        }
        Map<LocalDate, List<Session>> byDay = sessions.stream()
                .collect(Collectors.groupingBy(
                        s -> s.startsAt().atZoneSameInstant(Formats.INDIA).toLocalDate(),
                        TreeMap::new,
                        Collectors.toList()));
        byDay.forEach((day, list) -> {
            Div column = new Div(
                    new H4(getTranslation("training.day." + day.getDayOfWeek().name()) + " "
                            + SessionCard.digits(Formats.date(day), bengali)));
            column.addClassName("haat-day");
            for (Session session : list) {
                column.add(new SessionCard(session, bengali, false));
            }
            calendar.add(column);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.title") + " · " + getTranslation("app.name");
    }
}
