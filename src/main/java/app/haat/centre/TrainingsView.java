package app.haat.centre;

import app.haat.centre.TrainingRecords.Room;
import app.haat.centre.TrainingRecords.SeriesForm;
import app.haat.centre.TrainingRecords.Session;
import app.haat.centre.TrainingRecords.Topic;
import app.haat.centre.TrainingRecords.Trainer;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import app.haat.core.ui.DateFields;
import app.haat.core.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
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

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final TrainingService trainings;
    private final boolean staff;
    private final boolean bengali;
    private final DatePicker from = new DatePicker();
    private final Select<String> span = new Select<>();
    private final Select<Object> focus = new Select<>();
    private final Div calendar = new Div();
    private final Paragraph feed = new Paragraph();

    private final app.haat.region.RegionService regions;

    public TrainingsView(TrainingService trainings, CurrentUser currentUser, app.haat.region.RegionService regions) {
        this.trainings = trainings;
        this.regions = regions;
        this.staff = currentUser.hasRole(app.haat.core.security.Role.CENTRE_STAFF)
                || currentUser.hasRole(app.haat.core.security.Role.STATE_ADMIN);
        this.bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        addClassName("haat-view");
        from.setLabel(getTranslation("training.from"));
        from.setValue(LocalDate.now(Formats.INDIA).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        from.setId("trainings-from");
        DateFields.apply(from);
        span.setLabel(getTranslation("training.span"));
        span.setItems("WEEK", "MONTH");
        span.setItemLabelGenerator(s -> getTranslation("training.span." + s));
        span.setValue("WEEK");
        span.setId("trainings-span");
        focus.setLabel(getTranslation("training.focus"));
        focus.setEmptySelectionAllowed(true);
        focus.setEmptySelectionCaption(getTranslation("training.allRooms"));
        focus.setItemLabelGenerator(o -> o instanceof Room r ? getTranslation("training.room") + ": " + r.name()
                : o instanceof Trainer t ? getTranslation("training.trainer") + ": " + t.name() : "");
        focus.setId("trainings-focus");
        List<Object> choices = new java.util.ArrayList<>(trainings.rooms());
        if (staff) {
            choices.addAll(trainings.trainers());
        }
        focus.setItems(choices);
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> move(-1));
        previous.getElement().setAttribute("aria-label", getTranslation("training.previous"));
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> move(1));
        next.getElement().setAttribute("aria-label", getTranslation("training.next"));
        previous.setId("trainings-previous");
        next.setId("trainings-next");
        from.addValueChangeListener(e -> show());
        span.addValueChangeListener(e -> show());
        focus.addValueChangeListener(e -> show());
        HorizontalLayout controls = new HorizontalLayout(previous, from, next, span, focus);
        controls.setWrap(true);
        controls.setAlignItems(Alignment.BASELINE);
        calendar.setId("trainings-calendar");
        calendar.setWidthFull();
        feed.addClassName("haat-hint");
        add(new H2(getTranslation("training.title")));
        if (staff) {
            Button series = new Button(getTranslation("training.newSeries"), VaadinIcon.PLUS.create(),
                    e -> openSeries());
            series.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            series.setId("trainings-new-series");
            Button room = new Button(getTranslation("training.addRoom"), e -> openRoom());
            room.setId("trainings-add-room");
            Button trainer = new Button(getTranslation("training.addTrainer"), e -> openTrainer());
            trainer.setId("trainings-add-trainer");
            Button topic = new Button(getTranslation("training.addTopic"), e -> openTopic());
            topic.setId("trainings-add-topic");
            Button hours = new Button(getTranslation("training.hours"), e -> openHours());
            hours.setId("trainings-hours");
            HorizontalLayout actions = new HorizontalLayout(series, room, trainer, topic, hours);
            actions.setWrap(true);
            add(actions);
        }
        if (!currentUser.hasRole(app.haat.core.security.Role.SHG)) {
            var locale = getLocale();
            controls.add(new app.haat.core.ui.ExportButtons("trainings", "trainings", () -> {
                LocalDate start = start();
                LocalDate end = end(start);
                Object chosen = focus.getValue();
                Long room = chosen instanceof Room r ? r.id() : null;
                Long trainer = chosen instanceof Trainer t ? t.id() : null;
                return (format, out) -> trainings.export(start, end, room, trainer, format, locale, out);
            }));
            com.vaadin.flow.router.RouterLink report = new com.vaadin.flow.router.RouterLink(
                    getTranslation("report.link"), TrainingReportView.class);
            report.setId("trainings-report");
            add(report);
        }
        add(controls, feed, calendar);
        show();
    }

    private void move(int steps) {
        LocalDate start = from.getValue() == null ? LocalDate.now(Formats.INDIA) : from.getValue();
        from.setValue("MONTH".equals(span.getValue()) ? start.plusMonths(steps) : start.plusWeeks(steps));
    }

    private LocalDate start() {
        return from.getValue() == null ? LocalDate.now(Formats.INDIA) : from.getValue();
    }

    private LocalDate end(LocalDate start) {
        return "MONTH".equals(span.getValue()) ? start.plusMonths(1).minusDays(1) : start.plusDays(6);
    }

    private void show() {
        calendar.removeAll();
        LocalDate start = start();
        LocalDate end = end(start);
        Object chosen = focus.getValue();
        List<Session> sessions = trainings.sessions(start, end).stream()
                .filter(s -> chosen == null || (chosen instanceof Room r ? s.roomId() == r.id()
                        : chosen instanceof Trainer t && s.trainerId() == t.id())).toList();
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
        Map<LocalDate, List<Session>> byDay = sessions.stream().collect(Collectors.groupingBy(
                s -> s.startsAt().atZoneSameInstant(Formats.INDIA).toLocalDate(), TreeMap::new, Collectors.toList()));
        byDay.forEach((day, list) -> {
            Div column = new Div(new H4(getTranslation("training.day." + day.getDayOfWeek().name()) + " "
                    + Formats.date(day)));
            column.addClassName("haat-day");
            for (Session session : list) {
                column.add(card(session));
            }
            calendar.add(column);
        });
    }

    private Div card(Session session) {
        Div card = new Div();
        card.addClassName("haat-search-hit");
        card.setId("session-" + session.id());
        card.getElement().setAttribute("role", "button");
        card.getElement().setAttribute("tabindex", "0");
        String when = TIME.format(session.startsAt().atZoneSameInstant(Formats.INDIA)) + "–"
                + TIME.format(session.endsAt().atZoneSameInstant(Formats.INDIA));
        Div title = new Div(when + " · " + session.topic(bengali));
        title.addClassName("name");
        Div detail = new Div(session.roomName() + " · " + session.trainerName() + " · " + getTranslation(
                "training.seats", Formats.number(session.enrolled()), Formats.number(session.capacity()))
                + (session.waitlisted() > 0 ? " · " + getTranslation("training.waiting",
                Formats.number(session.waitlisted())) : ""));
        detail.addClassName("haat-hint");
        card.add(title, detail);
        card.addClickListener(e -> UI.getCurrent().navigate(TrainingSessionView.class, session.id()));
        card.getElement().addEventListener("keydown", e -> UI.getCurrent().navigate(TrainingSessionView.class,
                session.id())).setFilter("event.key === 'Enter'");
        return card;
    }

    private void openSeries() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("training.newSeries"));
        dialog.setWidth("min(640px, 96vw)");
        Select<Topic> topic = new Select<>();
        topic.setLabel(getTranslation("training.topic"));
        topic.setItems(trainings.topics());
        topic.setItemLabelGenerator(t -> t == null ? "" : t.name(bengali));
        topic.setId("series-topic");
        Select<Room> room = new Select<>();
        room.setLabel(getTranslation("training.room"));
        room.setItems(trainings.rooms());
        room.setItemLabelGenerator(r -> r == null ? "" : r.name() + " (" + Formats.number(r.capacity()) + ")");
        room.setId("series-room");
        Select<Trainer> trainer = new Select<>();
        trainer.setLabel(getTranslation("training.trainer"));
        trainer.setItems(trainings.trainers());
        trainer.setItemLabelGenerator(t -> t == null ? "" : t.name());
        trainer.setId("series-trainer");
        DatePicker first = new DatePicker(getTranslation("training.firstDay"));
        DateFields.apply(first);
        first.setMin(LocalDate.now(Formats.INDIA));
        first.setId("series-first");
        TimePicker time = new TimePicker(getTranslation("training.time"), LocalTime.of(11, 0));
        time.setId("series-time");
        IntegerField minutes = integer("training.minutes", 120, 15, 480, "series-minutes");
        IntegerField weeks = integer("training.weeks", 6, 1, TrainingService.MAX_WEEKS, "series-weeks");
        IntegerField seats = integer("training.capacity", 20, 1, 500, "series-capacity");
        room.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                seats.setMax(e.getValue().capacity());
                seats.setValue(Math.min(seats.getValue() == null ? 20 : seats.getValue(), e.getValue().capacity()));
            }
        });
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("training.language"));
        language.setItems("bn", "en");
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        language.setValue("bn");
        Select<app.haat.region.Zone> zone = new Select<>();
        zone.setLabel(getTranslation("training.audience"));
        zone.setItems(regions.zones());
        zone.setEmptySelectionAllowed(true);
        zone.setEmptySelectionCaption(getTranslation("training.everyone"));
        zone.setItemLabelGenerator(z -> z == null ? getTranslation("training.everyone")
                : bengali ? z.nameBn() : z.nameEn());
        zone.setId("series-zone");
        Select<Topic> prerequisite = new Select<>();
        prerequisite.setLabel(getTranslation("training.prerequisite"));
        prerequisite.setItems(trainings.topics());
        prerequisite.setEmptySelectionAllowed(true);
        prerequisite.setEmptySelectionCaption(getTranslation("training.noPrerequisite"));
        prerequisite.setItemLabelGenerator(t -> t == null ? getTranslation("training.noPrerequisite")
                : t.name(bengali));
        prerequisite.setId("series-prerequisite");
        FormLayout form = new FormLayout(topic, room, trainer, first, time, minutes, weeks, seats, language, zone,
                prerequisite);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        Button create = new Button(getTranslation("training.create"), e -> {
            if (topic.isEmpty() || room.isEmpty() || trainer.isEmpty()) {
                Notifications.error(getTranslation("training.error.noTrainerOrTopic"));
                return;
            }
            java.util.Set<Long> audience = zone.getValue() == null ? java.util.Set.of()
                    : regions.municipalitiesOfZone(zone.getValue().id()).stream().map(m -> m.id())
                    .collect(Collectors.toSet());
            SeriesForm series = new SeriesForm(topic.getValue().id(), room.getValue().id(), trainer.getValue().id(),
                    first.getValue(), time.getValue(), orZero(minutes), orZero(weeks), orZero(seats),
                    language.getValue(), prerequisite.getValue() == null ? null : prerequisite.getValue().id(),
                    audience);
            Notifications.attemptAndGet(() -> trainings.createSeries(series)).ifPresent(result -> {
                dialog.close();
                Notifications.success(getTranslation("training.created", Formats.number(result.sessionIds()
                        .size())) + (result.skipped().isEmpty() ? "" : " " + getTranslation("training.skipped",
                        String.join("; ", result.skipped()))));
                from.setValue(first.getValue().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
                show();
            });
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("series-create");
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), create);
        dialog.open();
    }

    private IntegerField integer(String key, int value, int min, int max, String id) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setValue(value);
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setId(id);
        return field;
    }

    private static int orZero(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private void openRoom() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("training.addRoom"));
        Select<Long> centre = new Select<>();
        centre.setLabel(getTranslation("training.centre"));
        Map<Long, String> centres = trainings.centres();
        centre.setItems(centres.keySet());
        centre.setItemLabelGenerator(id -> id == null ? "" : centres.get(id));
        centres.keySet().stream().findFirst().ifPresent(centre::setValue);
        TextField name = new TextField(getTranslation("training.roomName"));
        name.setMaxLength(120);
        IntegerField capacity = integer("training.capacity", 30, 1, 500, "room-capacity");
        TextField equipment = new TextField(getTranslation("training.equipment"));
        equipment.setMaxLength(300);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (centre.isEmpty()) {
                Notifications.error(getTranslation("training.error.notCentre"));
                return;
            }
            if (Notifications.attempt(() -> trainings.addRoom(centre.getValue(), name.getValue(), orZero(capacity),
                    equipment.getValue()))) {
                dialog.close();
                UI.getCurrent().refreshCurrentRoute(false);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(centre, name, capacity, equipment));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openTrainer() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("training.addTrainer"));
        TextField name = new TextField(getTranslation("training.trainerName"));
        name.setMaxLength(120);
        TextField topics = new TextField(getTranslation("training.trainerTopics"));
        TextField languages = new TextField(getTranslation("training.trainerLanguages"), "bn, en", "");
        Button save = new Button(getTranslation("action.save"), e -> {
            if (Notifications.attempt(() -> trainings.addTrainer(name.getValue(), topics.getValue(),
                    languages.getValue()))) {
                dialog.close();
                UI.getCurrent().refreshCurrentRoute(false);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, topics, languages));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openTopic() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("training.addTopic"));
        TextField code = new TextField(getTranslation("training.topicCode"));
        code.setMaxLength(30);
        code.setId("topic-code");
        TextField english = new TextField(getTranslation("training.topicEn"));
        english.setMaxLength(120);
        english.setId("topic-en");
        TextField bengaliName = new TextField(getTranslation("training.topicBn"));
        bengaliName.setMaxLength(120);
        bengaliName.setId("topic-bn");
        com.vaadin.flow.component.checkbox.Checkbox eretail = new com.vaadin.flow.component.checkbox.Checkbox(
                getTranslation("training.topicEretail"));
        Button save = new Button(getTranslation("action.save"), e -> {
            if (Notifications.attempt(() -> trainings.addTopic(code.getValue(), english.getValue(),
                    bengaliName.getValue(), eretail.getValue()))) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("topic-save");
        dialog.add(new VerticalLayout(code, english, bengaliName, eretail));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openHours() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("training.hours"));
        Select<Long> centre = new Select<>();
        centre.setLabel(getTranslation("training.centre"));
        Map<Long, String> centres = trainings.centres();
        centre.setItems(centres.keySet());
        centre.setItemLabelGenerator(id -> id == null ? "" : centres.get(id));
        TimePicker opens = new TimePicker(getTranslation("training.opens"));
        TimePicker closes = new TimePicker(getTranslation("training.closes"));
        Select<DayOfWeek> closed = new Select<>();
        closed.setLabel(getTranslation("training.closedDay"));
        closed.setItems(DayOfWeek.values());
        closed.setEmptySelectionAllowed(true);
        closed.setEmptySelectionCaption(getTranslation("training.noClosedDay"));
        closed.setItemLabelGenerator(d -> d == null ? getTranslation("training.noClosedDay")
                : getTranslation("training.day." + d.name()));
        centre.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                var hours = trainings.hours(e.getValue());
                opens.setValue(hours.opens());
                closes.setValue(hours.closes());
                closed.setValue(hours.closedWeekday() == null ? null : DayOfWeek.of(hours.closedWeekday()));
            }
        });
        centres.keySet().stream().findFirst().ifPresent(centre::setValue);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (centre.isEmpty()) {
                Notifications.error(getTranslation("training.error.notCentre"));
                return;
            }
            if (Notifications.attempt(() -> trainings.setHours(centre.getValue(), opens.getValue(),
                    closes.getValue(), closed.getValue()))) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(centre, opens, closes, closed));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.title") + " · " + getTranslation("app.name");
    }
}
