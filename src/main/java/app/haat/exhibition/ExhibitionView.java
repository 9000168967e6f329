package app.haat.exhibition;

import app.haat.core.data.Sha256;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.Role;
import app.haat.core.ui.Confirm;
import app.haat.core.ui.Notifications;
import app.haat.group.GroupService;
import app.haat.group.ProductService;
import app.haat.region.RegionService;
import app.haat.search.SearchService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** One exhibition: its facts and lifecycle step, and the review of its applications (filters, bulk, counts). */
@Route("exhibition")
@RolesAllowed({Role.ADMIN, Role.OFFICER, Role.STAFF})
public class ExhibitionView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ExhibitionService exhibitions;
    private final ApplicationService applications;
    private final RegionService regions;
    private final GroupService groups;
    private final ProductService products;
    private final boolean bengali;
    private final SearchService finder;
    private final ApplicationExport export;
    private final ExhibitionCancellation cancellation;
    private final ExhibitionPostponement postponement;
    private final ExhibitionEditing editing;
    private Exhibition exhibition;

    public ExhibitionView(
            ExhibitionService exhibitions,
            ApplicationService applications,
            RegionService regions,
            GroupService groups,
            ProductService products,
            SearchService finder,
            ApplicationExport export,
            ExhibitionCancellation cancellation,
            ExhibitionPostponement postponement,
            ExhibitionEditing editing) {
        this.editing = editing;
        this.export = export;
        this.cancellation = cancellation;
        this.postponement = postponement;
        this.finder = finder;
        this.products = products;
        this.exhibitions = exhibitions;
        this.applications = applications;
        this.regions = regions;
        this.groups = groups;
        this.bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        addClassName("haat-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        exhibition = exhibitions.get(id);
        boolean manage = exhibitions.canManage(exhibition);
        removeAll();
        add(new H2(exhibition.title(bengali)));
        addFacts(id);
        addSteps(id, manage);
        add(
                new H3(getTranslation("exhibition.slots")),
                new Paragraph(exhibitions.slots(id).stream()
                        .map(s -> getTranslation(
                                "exhibition.slotText",
                                Formats.number(s.seq()),
                                Formats.date(s.startsOn()),
                                Formats.date(s.endsOn())))
                        .collect(Collectors.joining(" · "))));
        add(
                new H3(getTranslation("exhibition.applications")),
                new ApplicationReview(
                        exhibition,
                        manage,
                        bengali,
                        applications,
                        regions,
                        groups,
                        finder,
                        export,
                        refresh -> new PaperApplicationDialog(
                                        exhibition,
                                        exhibitions.slots(id),
                                        applications,
                                        groups,
                                        products,
                                        bengali,
                                        refresh)
                                .open()));
    }

    /** Venue, dates, slots and places; the draw's commitment once there is a seed; window, catchment, status. */
    private void addFacts(long id) {
        Paragraph facts = new Paragraph(exhibition.venueName(bengali) + " · " + Formats.date(exhibition.startsOn())
                + " – "
                + Formats.date(exhibition.endsOn()) + " · "
                + getTranslation("exhibition.slot." + exhibition.slotLength().name()) + " · "
                + getTranslation("exhibition.perKioskText", Formats.number(exhibition.groupsPerKioskSlot())));
        if (exhibition.lotterySeed() != null) {
            // commit, then reveal: the seed's fingerprint is public from closing, with the draw's public record
            Anchor record = new Anchor(
                    "catalogue/draw/" + id + "?lang=" + (bengali ? "bn" : "en"),
                    getTranslation("exhibition.drawRecord"));
            record.setId("exhibition-draw-record");
            Paragraph commitment = new Paragraph(
                    getTranslation("exhibition.seedHash", Sha256.hex(Long.toString(exhibition.lotterySeed()))));
            commitment.setId("exhibition-seed-hash");
            commitment.addClassName("haat-break");
            add(commitment, record);
        }
        Paragraph window = new Paragraph(getTranslation(
                "exhibition.windowText",
                Formats.dateTime(exhibition.applicationsOpenAt()),
                Formats.dateTime(exhibition.applicationsCloseAt())));
        List<String> allowed = exhibitions.categories(id);
        Paragraph who = new Paragraph(CatchmentText.of(exhibition.catchmentLabel(), regions, bengali, this) + " · "
                + (allowed.isEmpty()
                        ? getTranslation("exhibition.allCategories")
                        : groups.categories().stream()
                                .filter(c -> allowed.contains(c.code()))
                                .map(c -> bengali ? c.nameBn() : c.nameEn())
                                .collect(Collectors.joining(", "))));
        Paragraph state = new Paragraph(getTranslation(
                "exhibition.statusText",
                getTranslation("exhibition.status." + exhibition.status().name())));
        state.setId("exhibition-status");
        add(facts, window, who, state);
        cancellation.reason(id).ifPresent(reason -> {
            Paragraph why = new Paragraph(getTranslation("exhibition.cancelledBecause", reason));
            why.setId("exhibition-cancel-reason");
            add(why);
        });
    }

    /** The officers' next lifecycle step, and the links to the allocation board and the sales overview. */
    private void addSteps(long id, boolean manage) {
        ExhibitionStatus next = exhibition.status().next();
        // allocating and publishing happen on the allocation board
        if (manage && next != null && next != ExhibitionStatus.ALLOCATED && next != ExhibitionStatus.PUBLISHED) {
            Button step = new Button(
                    getTranslation("exhibition.step." + next.name()),
                    VaadinIcon.ARROW_RIGHT.create(),
                    e -> Confirm.ask(
                            getTranslation("exhibition.step." + next.name()),
                            getTranslation("exhibition.stepConfirm." + next.name()),
                            getTranslation("exhibition.step." + next.name()),
                            () -> {
                                if (Notifications.attempt(() -> exhibitions.advance(id, exhibition.version(), next))) {
                                    UI.getCurrent().refreshCurrentRoute(true);
                                }
                            }));
            step.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            step.setId("exhibition-step");
            add(step);
        }
        if (manage) {
            addPlanChanges();
        }
        if (exhibition.status().ordinal() >= ExhibitionStatus.CLOSED.ordinal()
                && exhibition.status() != ExhibitionStatus.CANCELLED) {
            // the board lives in the allocation feature, which builds on this one: linked by its address
            Button board = new Button(
                    getTranslation("allocation.board"),
                    VaadinIcon.GRID_BIG.create(),
                    e -> UI.getCurrent().navigate("allocation/" + id));
            board.setId("exhibition-board");
            add(board);
        }
        if (manage && exhibition.status().ordinal() >= ExhibitionStatus.PUBLISHED.ordinal()) {
            // sales and check-ins live in the sales feature, which builds on this one: linked by its address
            Button sales = new Button(
                    getTranslation("sales.overview.title"),
                    VaadinIcon.MONEY.create(),
                    e -> UI.getCurrent().navigate("sales-overview/" + id));
            sales.setId("exhibition-sales");
            add(sales);
        }
    }

    /** Editing the details, moving the dates (before the start) and calling it off (apart, below, as a destructive action). */
    private void addPlanChanges() {
        if (ExhibitionEditing.EDITABLE.contains(exhibition.status())) {
            Button edit = new Button(
                    getTranslation("exhibition.edit"),
                    VaadinIcon.EDIT.create(),
                    e -> new EditExhibitionDialog(
                                    exhibition,
                                    exhibitions,
                                    editing,
                                    regions,
                                    groups,
                                    bengali,
                                    () -> UI.getCurrent().refreshCurrentRoute(true))
                            .open());
            edit.setId("exhibition-edit");
            add(edit);
        }
        if (ExhibitionPostponement.POSTPONABLE.contains(exhibition.status())
                && LocalDate.now(Formats.INDIA).isBefore(exhibition.startsOn())) {
            Button move = new Button(
                    getTranslation("exhibition.postpone"),
                    VaadinIcon.CALENDAR.create(),
                    e -> new PostponeDialog(
                                    exhibition,
                                    postponement,
                                    () -> UI.getCurrent().refreshCurrentRoute(true))
                            .open());
            move.setId("exhibition-postpone");
            add(move);
        }
        if (exhibition.status().cancellable()) {
            // destructive: apart, below the other steps, and its dialog says what it gives up
            Button cancel = new Button(
                    getTranslation("exhibition.cancel"),
                    VaadinIcon.BAN.create(),
                    e -> new CancelExhibitionDialog(
                                    exhibition,
                                    cancellation,
                                    () -> UI.getCurrent().refreshCurrentRoute(true))
                            .open());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.setId("exhibition-cancel");
            Div apart = new Div(cancel);
            apart.addClassName("haat-danger-zone");
            add(apart);
        }
    }

    @Override
    public String getPageTitle() {
        return (exhibition == null ? getTranslation("exhibition.list") : exhibition.title(bengali)) + " · "
                + getTranslation("app.name");
    }
}
