package app.haat.allocation;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.LocalizedName;
import app.haat.core.security.Role;
import app.haat.core.ui.Confirm;
import app.haat.core.ui.ExportButtons;
import app.haat.core.ui.Notifications;
import app.haat.exhibition.Application;
import app.haat.exhibition.ApplicationFilter;
import app.haat.exhibition.ApplicationService;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.Exhibition;
import app.haat.exhibition.ExhibitionService;
import app.haat.exhibition.ExhibitionStatus;
import app.haat.exhibition.ExplanationText;
import app.haat.exhibition.Slot;
import app.haat.venue.FloorPlan;
import app.haat.venue.Kiosk;
import app.haat.venue.Venue;
import app.haat.venue.VenueKind;
import app.haat.venue.VenueService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The allocation of one exhibition: its recorded seed, the run (and a re-draw that needs a reason), kiosks × slots
 * with their groups as a table and on the floor plan, hand changes (move, swap, lock, place from the waitlist) with
 * live checks, the waitlist with each explanation, and the waitlist promotions an officer may undo.
 */
@Route("allocation")
@RolesAllowed({Role.ADMIN, Role.OFFICER, Role.STAFF})
public class AllocationBoardView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AllocationService allocation;
    private final ExhibitionService exhibitions;
    private final ApplicationService applications;
    private final HandChangeService handChanges;
    private final VenueService venues;
    private final AssignmentExport export;
    private final StallCardPrintService stallCards;
    private Exhibition exhibition;
    private Venue venue;
    private List<Kiosk> kiosks;
    private List<Slot> slots;
    private List<AssignmentRow> rows;
    private boolean changeable;
    private final Select<Slot> slotChoice = new Select<>();
    private final Select<Kiosk> kioskChoice = new Select<>();
    private final FloorPlan plan = new FloorPlan();
    private final Div kioskDetails = new Div();
    private final Div tableHolder = new Div();
    private final Div waitlistHolder = new Div();
    private final PromotionList promotionsHolder;
    private final OfferList offersHolder;
    private boolean manages;

    public AllocationBoardView(
            AllocationService allocation,
            ExhibitionService exhibitions,
            ApplicationService applications,
            HandChangeService handChanges,
            VenueService venues,
            AssignmentExport export,
            WaitlistOfferService offers,
            AttendanceConfirmationService confirmations,
            StallCardPrintService stallCards) {
        this.stallCards = stallCards;
        this.export = export;
        this.allocation = allocation;
        this.exhibitions = exhibitions;
        this.applications = applications;
        this.handChanges = handChanges;
        this.venues = venues;
        this.promotionsHolder = new PromotionList(handChanges, this::refresh);
        this.offersHolder = new OfferList(offers, confirmations, this::refresh);
        addClassName("haat-view");
        tableHolder.setWidthFull();
        waitlistHolder.setWidthFull();
        kioskDetails.setWidthFull();
        kioskDetails.setId("board-kiosk");
        promotionsHolder.setId("board-promotions");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        exhibition = exhibitions.get(id);
        boolean manage = exhibitions.canManage(exhibition);
        manages = manage;
        removeAll();
        add(new H2(getTranslation("allocation.board") + " · " + exhibition.title(LocalizedName.bengaliScreen())));
        var locale = getLocale();
        add(
                new DrawCheck(exhibition, manage),
                new ExportButtons(
                        "assignments", "assignments", () -> (format, out) -> export.export(id, format, locale, out)));
        if (manage) {
            add(new StallCardPrintLink(stallCards, id));
        }
        addRunAndPublish(manage);
        venue = venues.get(exhibition.venueId());
        kiosks = venues.kiosks(venue.id());
        slots = exhibitions.slots(exhibition.id());
        changeable = manage
                && EnumSet.of(ExhibitionStatus.ALLOCATED, ExhibitionStatus.PUBLISHED, ExhibitionStatus.RUNNING)
                        .contains(exhibition.status());
        if (changeable && exhibition.status() != ExhibitionStatus.ALLOCATED) {
            Paragraph note = new Paragraph(getTranslation("allocation.afterPublish"));
            note.addClassName("haat-hint");
            add(note);
        }
        add(new H3(getTranslation("allocation.assignments")), tableHolder);
        add(new H3(getTranslation("allocation.handChanges")), placesSection());
        add(new H3(getTranslation("allocation.waitlist")), waitlistHolder, offersHolder, promotionsHolder);
        refresh();
    }

    /** The officers' run and re-draw on a closed or allocated exhibition, and publishing an allocated one. */
    private void addRunAndPublish(boolean manage) {
        boolean runnable =
                exhibition.status() == ExhibitionStatus.CLOSED || exhibition.status() == ExhibitionStatus.ALLOCATED;
        if (manage && runnable) {
            Button run = new Button(
                    getTranslation("allocation.run"),
                    VaadinIcon.PLAY.create(),
                    e -> Confirm.ask(
                            getTranslation("allocation.run"),
                            getTranslation("allocation.runConfirm"),
                            getTranslation("allocation.run"),
                            () -> run(null)));
            run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            run.setId("allocation-run");
            Button redraw = new Button(getTranslation("allocation.redraw"), e -> new RedrawDialog(this::run).open());
            redraw.setId("allocation-redraw");
            add(new HorizontalLayout(run, redraw));
        }
        if (manage && exhibition.status() == ExhibitionStatus.ALLOCATED) {
            Button publish = new Button(
                    getTranslation("allocation.publish"),
                    VaadinIcon.ENVELOPE_O.create(),
                    e -> Confirm.ask(
                            getTranslation("allocation.publish"),
                            getTranslation("exhibition.stepConfirm.PUBLISHED"),
                            getTranslation("allocation.publish"),
                            () -> Notifications.attemptAndGet(() -> allocation.publish(exhibition.id()))
                                    .ifPresent(messages -> {
                                        Notifications.success(
                                                getTranslation("allocation.published", Formats.number(messages)));
                                        UI.getCurrent().refreshCurrentRoute(true);
                                    })));
            publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            publish.setId("allocation-publish");
            add(publish);
        }
    }

    /** Re-reads the placements and redraws everything that shows them, keeping the chosen slot and kiosk. */
    private void refresh() {
        rows = allocation.assignments(exhibition.id());
        tableHolder.removeAll();
        tableHolder.add(AssignmentTable.of(this, rows, slots));
        waitlistHolder.removeAll();
        Grid<Application> waitlist = waitlist();
        long displaced = waitlist.getListDataView()
                .getItems()
                .filter(PostponementEffects::displaced)
                .count();
        if (displaced > 0) {
            // a postponement sent these back: they head the list, for the officer to place by hand
            Paragraph note = new Paragraph(getTranslation("allocation.displaced", Formats.number(displaced)));
            note.addClassName("haat-hint");
            note.setId("allocation-displaced");
            waitlistHolder.add(note);
        }
        waitlistHolder.add(waitlist);
        promotionsHolder.show(exhibition.id(), changeable);
        // the offers name groups and their answers: only for the exhibition's own officers
        offersHolder.setVisible(manages);
        if (manages) {
            offersHolder.show(exhibition.id(), changeable);
        }
        showPlace();
    }

    /** The slot and kiosk choosers, the floor plan coloured by how full each kiosk is, and the chosen kiosk. */
    private VerticalLayout placesSection() {
        slotChoice.setLabel(getTranslation("allocation.planSlot"));
        slotChoice.setItems(slots);
        slotChoice.setItemLabelGenerator(s -> getTranslation(
                "exhibition.slotText", Formats.number(s.seq()), Formats.date(s.startsOn()), Formats.date(s.endsOn())));
        slotChoice.setId("board-slot");
        if (!slots.isEmpty()) {
            slotChoice.setValue(slots.getFirst());
        }
        slotChoice.addValueChangeListener(e -> showPlace());
        kioskChoice.setLabel(getTranslation("allocation.chooseKiosk"));
        kioskChoice.setItems(kiosks);
        kioskChoice.setItemLabelGenerator(k -> k == null ? "—" : k.code());
        kioskChoice.setEmptySelectionAllowed(true);
        kioskChoice.setId("board-kiosk-choice");
        kioskChoice.addValueChangeListener(e -> showPlace());
        HorizontalLayout choosers = new HorizontalLayout(slotChoice, kioskChoice);
        choosers.setWrap(true);
        Paragraph hint = new Paragraph(getTranslation(changeable ? "allocation.handHint" : "venue.planHintReadOnly"));
        hint.addClassName("haat-hint");
        Span free = new Span("■ " + getTranslation("allocation.legend.free"));
        free.addClassName("free");
        Span partly = new Span("■ " + getTranslation("allocation.legend.partly"));
        partly.addClassName("partly");
        Span full = new Span("■ " + getTranslation("allocation.legend.full"));
        full.addClassName("full");
        Div legend = new Div(free, partly, full);
        legend.addClassName("haat-legend");
        plan.setId("board-plan");
        boolean drawn = venue.kind() == VenueKind.MALL && venue.planColumns() > 0 && venue.planRows() > 0;
        legend.setVisible(drawn);
        plan.setVisible(drawn);
        VerticalLayout section = new VerticalLayout(hint, choosers, legend, plan, kioskDetails);
        section.setPadding(false);
        return section;
    }

    private int capacity(Kiosk kiosk) {
        return AllocationService.placesPerSlot(venue, exhibition, kiosk.capacity());
    }

    private List<AssignmentRow> in(Kiosk kiosk, Slot slot) {
        return rows.stream()
                .filter(r -> r.kioskId() == kiosk.id() && r.slotId() == slot.id())
                .toList();
    }

    private void showPlace() {
        Slot slot = slotChoice.getValue();
        Kiosk kiosk = kioskChoice.getValue();
        if (plan.isVisible() && slot != null) {
            int floor = kiosk == null ? 0 : kiosk.floor();
            plan.show(
                    venue,
                    floor,
                    kiosks,
                    kiosk == null ? null : kiosk.id(),
                    k -> {
                        int taken = in(k, slot).size();
                        return taken == 0 ? "free" : taken >= capacity(k) ? "full" : "partly";
                    },
                    k -> kioskChoice.setValue(kiosk != null && kiosk.id() == k.id() ? null : k),
                    (x, y) -> {},
                    getTranslation("venue.cell"));
        }
        kioskDetails.removeAll();
        if (slot == null || kiosk == null) {
            return;
        }
        List<AssignmentRow> here = in(kiosk, slot);
        Paragraph summary = new Paragraph(getTranslation(
                "allocation.kioskInSlot",
                kiosk.code(),
                Formats.number(slot.seq()),
                Formats.number(here.size()),
                Formats.number(capacity(kiosk))));
        summary.setId("board-kiosk-summary");
        kioskDetails.add(summary);
        if (here.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("allocation.noneInKiosk"));
            empty.addClassName("haat-empty");
            kioskDetails.add(empty);
        }
        for (AssignmentRow row : here) {
            kioskDetails.add(placementLine(row));
        }
    }

    /** A group placed in the chosen kiosk and slot, with its hand changes when the board may change. */
    private Div placementLine(AssignmentRow row) {
        Span name = new Span(row.groupName() + (row.locked() ? " 🔒" : ""));
        name.addClassName("name");
        if (row.locked()) {
            name.getElement().setAttribute("title", getTranslation("allocation.lockedMark"));
        }
        Div line = new Div(name);
        line.addClassName("haat-placement");
        line.setId("placement-" + row.id());
        if (!changeable) {
            return line;
        }
        Button move = new Button(
                getTranslation("allocation.move"),
                VaadinIcon.ARROWS.create(),
                e -> TargetDialog.move(row, board()).open());
        move.setId("move-" + row.id());
        Button swap = new Button(
                getTranslation("allocation.swap"),
                VaadinIcon.EXCHANGE.create(),
                e -> new SwapDialog(row, rows, handChanges, this::refresh).open());
        swap.setId("swap-" + row.id());
        Button lock = new Button(
                getTranslation(row.locked() ? "allocation.unlock" : "allocation.lock"),
                (row.locked() ? VaadinIcon.UNLOCK : VaadinIcon.LOCK).create(),
                e -> {
                    if (Notifications.attempt(() -> handChanges.lock(row.id(), !row.locked()))) {
                        Notifications.success(getTranslation(
                                row.locked() ? "allocation.unlockedNote" : "allocation.lockedNote", row.groupName()));
                        refresh();
                    }
                });
        lock.setId("lock-" + row.id());
        for (Button b : List.of(move, swap, lock)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        line.add(move, swap, lock);
        return line;
    }

    /** What the hand-change dialogs choose from, and how they redraw the board. */
    private TargetDialog.Board board() {
        return new TargetDialog.Board(handChanges, kiosks, slots, this::refresh);
    }

    private void run(@Nullable String redrawReason) {
        Notifications.attemptAndGet(() -> allocation.run(exhibition.id(), redrawReason))
                .ifPresent(run -> {
                    long placed = run.result().placements().size();
                    Notifications.success(getTranslation(
                            "allocation.done",
                            Formats.number(placed),
                            Formats.number(run.result().waitlist().size())));
                    UI.getCurrent().refreshCurrentRoute(true);
                });
    }

    private Grid<Application> waitlist() {
        Grid<Application> grid = new Grid<>();
        grid.setId("allocation-waitlist");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(a -> a.waitlistPosition() == null ? "" : Formats.number(a.waitlistPosition()))
                .setHeader("#")
                .setAutoWidth(true);
        grid.addColumn(Application::groupName)
                .setHeader(getTranslation("group.name"))
                .setFlexGrow(2);
        grid.addColumn(a -> ExplanationText.of(this, a))
                .setHeader(getTranslation("application.status.WAITLISTED"))
                .setFlexGrow(3);
        if (changeable && !slots.isEmpty()) {
            grid.addComponentColumn(a -> {
                        Button place = new Button(
                                getTranslation("allocation.place"),
                                e -> TargetDialog.place(exhibition.id(), a, board())
                                        .open());
                        place.addThemeVariants(ButtonVariant.LUMO_SMALL);
                        place.setId("place-" + a.id());
                        return place;
                    })
                    .setAutoWidth(true)
                    .setFlexGrow(0)
                    .setKey("place");
        }
        List<Application> waiting = applications
                .page(
                        exhibition.id(),
                        new ApplicationFilter(ApplicationStatus.WAITLISTED, null, null, null, null),
                        0,
                        2000)
                .stream()
                .sorted(Comparator.comparing((Application a) -> !PostponementEffects.displaced(a))
                        .thenComparing(a -> a.waitlistPosition() == null ? Integer.MAX_VALUE : a.waitlistPosition()))
                .collect(Collectors.toList());
        grid.setItems(waiting);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("—");
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("allocation.board") + " · " + getTranslation("app.name");
    }
}
