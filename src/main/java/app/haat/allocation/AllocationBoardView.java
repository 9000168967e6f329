package app.haat.allocation;

import app.haat.allocation.engine.AllocationResult;
import app.haat.core.i18n.Formats;
import app.haat.core.security.Role;
import app.haat.core.ui.Confirm;
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
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The allocation of one exhibition: its recorded seed, the run (and a re-draw that needs a reason), kiosks × slots
 * with their groups, and the waitlist with each explanation.
 */
@Route("allocation")
@RolesAllowed({Role.ADMIN, Role.OFFICER, Role.STAFF})
public class AllocationBoardView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AllocationService allocation;
    private final ExhibitionService exhibitions;
    private final ApplicationService applications;
    private Exhibition exhibition;

    public AllocationBoardView(AllocationService allocation, ExhibitionService exhibitions,
                               ApplicationService applications) {
        this.allocation = allocation;
        this.exhibitions = exhibitions;
        this.applications = applications;
        addClassName("haat-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        exhibition = exhibitions.get(id);
        boolean manage = exhibitions.canManage(exhibition);
        removeAll();
        add(new H2(getTranslation("allocation.board") + " · " + exhibition.title()));
        Paragraph seed = new Paragraph(exhibition.lotterySeed() == null ? getTranslation("allocation.none")
                : getTranslation("allocation.seed", String.valueOf(exhibition.lotterySeed())));
        seed.setId("allocation-seed");
        add(seed);
        boolean runnable = exhibition.status() == ExhibitionStatus.CLOSED
                || exhibition.status() == ExhibitionStatus.ALLOCATED;
        if (manage && runnable) {
            Button run = new Button(getTranslation("allocation.run"), VaadinIcon.PLAY.create(),
                    e -> Confirm.ask(getTranslation("allocation.run"), getTranslation("allocation.runConfirm"),
                            getTranslation("allocation.run"), () -> run(null, null)));
            run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            run.setId("allocation-run");
            Button redraw = new Button(getTranslation("allocation.redraw"), e -> openRedraw());
            redraw.setId("allocation-redraw");
            add(new HorizontalLayout(run, redraw));
        }
        if (manage && exhibition.status() == ExhibitionStatus.ALLOCATED) {
            Button publish = new Button(getTranslation("allocation.publish"), VaadinIcon.ENVELOPE_O.create(),
                    e -> Confirm.ask(getTranslation("allocation.publish"),
                            getTranslation("exhibition.stepConfirm.PUBLISHED"), getTranslation("allocation.publish"),
                            () -> {
                                int[] messages = new int[1];
                                if (Notifications.attempt(() -> messages[0] = allocation.publish(exhibition.id()))) {
                                    Notifications.success(getTranslation("allocation.published",
                                            Formats.number(messages[0])));
                                    UI.getCurrent().refreshCurrentRoute(true);
                                }
                            }));
            publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            publish.setId("allocation-publish");
            add(publish);
        }
        add(new H3(getTranslation("allocation.assignments")), table());
        add(new H3(getTranslation("allocation.waitlist")), waitlist());
    }

    private void run(Long seed, String reason) {
        AllocationResult[] result = new AllocationResult[1];
        if (Notifications.attempt(() -> result[0] = allocation.run(exhibition.id(), seed, reason))) {
            long placed = result[0].placements().size();
            Notifications.success(getTranslation("allocation.done", Formats.number(placed),
                    Formats.number(result[0].waitlist().size())));
            UI.getCurrent().refreshCurrentRoute(true);
        }
    }

    private void openRedraw() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("allocation.redraw"));
        TextField seed = new TextField(getTranslation("allocation.newSeed"));
        seed.setAllowedCharPattern("[0-9]");
        seed.setMaxLength(18);
        seed.setId("allocation-new-seed");
        TextArea reason = new TextArea(getTranslation("allocation.reason"));
        reason.setMaxLength(1000);
        reason.setWidth("min(480px, 85vw)");
        reason.setId("allocation-reason");
        Button go = new Button(getTranslation("allocation.run"), e -> {
            Long value = seed.getValue().isBlank() ? null : Long.valueOf(seed.getValue());
            dialog.close();
            run(value, reason.getValue());
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("allocation-redraw-run");
        dialog.add(new VerticalLayout(seed, reason));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), go);
        dialog.open();
    }

    /** Kiosks down, slots across, the groups in each cell. */
    private Grid<Map.Entry<String, Map<Integer, String>>> table() {
        List<AssignmentRow> rows = allocation.assignments(exhibition.id());
        Map<String, Map<Integer, String>> byKiosk = new TreeMap<>();
        for (AssignmentRow row : rows) {
            byKiosk.computeIfAbsent(row.kioskCode(), k -> new LinkedHashMap<>())
                    .merge(row.slot(), row.groupName() + (row.locked() ? " 🔒" : ""), (a, b) -> a + "; " + b);
        }
        Grid<Map.Entry<String, Map<Integer, String>>> grid = new Grid<>();
        grid.setId("allocation-table");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(Map.Entry::getKey).setHeader(getTranslation("allocation.kiosk")).setAutoWidth(true)
                .setFrozen(true);
        for (Slot slot : exhibitions.slots(exhibition.id())) {
            grid.addColumn(e -> e.getValue().getOrDefault(slot.seq(), "—"))
                    .setHeader(getTranslation("allocation.slotHeader", Formats.number(slot.seq())))
                    .setWidth("16em").setKey("slot-" + slot.seq());
        }
        grid.setItems(byKiosk.entrySet().stream().toList());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("allocation.none"));
        return grid;
    }

    private Grid<Application> waitlist() {
        Grid<Application> grid = new Grid<>();
        grid.setId("allocation-waitlist");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(a -> a.waitlistPosition() == null ? "" : Formats.number(a.waitlistPosition()))
                .setHeader("#").setAutoWidth(true);
        grid.addColumn(Application::groupName).setHeader(getTranslation("group.name")).setFlexGrow(2);
        grid.addColumn(a -> ExplanationText.of(this, a)).setHeader(getTranslation("application.status.WAITLISTED"))
                .setFlexGrow(3);
        List<Application> waiting = applications.page(exhibition.id(), new ApplicationFilter(
                ApplicationStatus.WAITLISTED, null, null, null, null), 0, 2000).stream()
                .sorted(java.util.Comparator.comparing(a -> a.waitlistPosition() == null ? Integer.MAX_VALUE
                        : a.waitlistPosition())).collect(Collectors.toList());
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
