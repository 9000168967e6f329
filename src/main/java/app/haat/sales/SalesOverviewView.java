package app.haat.sales;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.LocalizedName;
import app.haat.core.i18n.Translator;
import app.haat.core.security.Role;
import app.haat.core.ui.ExportButtons;
import app.haat.exhibition.Exhibition;
import app.haat.exhibition.ExhibitionService;
import app.haat.exhibition.SlotClosure;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * An exhibition's stands with their sales so far, the ones with late reports first, for the officers who chase
 * them; a row opens the stand's days (to enter figures or check the group in). Exports every stand's every day.
 */
@Route("sales-overview")
@RolesAllowed({Role.OFFICER, Role.ADMIN, Role.STAFF})
public class SalesOverviewView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SalesService sales;
    private final ExhibitionService exhibitions;
    private final SlotClosure closure;
    private final boolean bengali;

    public SalesOverviewView(SalesService sales, ExhibitionService exhibitions, SlotClosure closure) {
        this.sales = sales;
        this.exhibitions = exhibitions;
        this.closure = closure;
        this.bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        addClassName("haat-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(id);
    }

    private void show(long id) {
        removeAll();
        List<SalesService.StandSummary> stands = sales.overview(id);
        Exhibition exhibition = exhibitions.get(id);
        add(new H2(getTranslation("sales.overview.title") + " · " + exhibition.title(LocalizedName.bengaliScreen())));
        long late = stands.stream().mapToLong(SalesService.StandSummary::late).sum();
        long amount =
                stands.stream().mapToLong(SalesService.StandSummary::amount).sum();
        Paragraph summary = new Paragraph(getTranslation(
                "sales.overview.summary",
                Formats.number(stands.size()),
                "₹" + Formats.number(amount),
                Formats.number(late)));
        summary.setId("sales-overview-summary");
        var locale = getLocale();
        add(summary, new ExportButtons("sales", "sales", () -> (format, out) -> sales.export(id, format, locale, out)));
        addClosures(id);
        Grid<SalesService.StandSummary> grid = grid(stands);
        add(grid);
        setFlexGrow(1, grid);
        setSizeFull();
    }

    /** The stands, the late ones first; a row opens the stand's days. */
    private Grid<SalesService.StandSummary> grid(List<SalesService.StandSummary> stands) {
        Grid<SalesService.StandSummary> grid = new Grid<>();
        grid.setId("sales-overview-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(SalesService.StandSummary::kiosks)
                .setHeader(getTranslation("export.col.kiosk"))
                .setAutoWidth(true);
        grid.addColumn(SalesService.StandSummary::groupName)
                .setHeader(getTranslation("export.col.group"))
                .setWidth("9em")
                .setFlexGrow(3);
        grid.addColumn(s -> Formats.number(s.reported()) + "/" + Formats.number(s.daysDue()))
                .setHeader(getTranslation("sales.overview.reported"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.late() == 0 ? "" : getTranslation("sales.overview.lateDays", Formats.number(s.late())))
                .setHeader(getTranslation("sales.overview.late"))
                .setAutoWidth(true)
                .setPartNameGenerator(s -> s.late() > 0 ? "haat-late" : null);
        grid.addColumn(s -> "₹" + Formats.number(s.amount()))
                .setHeader(getTranslation("export.col.amount"))
                .setAutoWidth(true);
        // cash and UPI add up the days reported apart; days with a total only are in the sales column alone
        grid.addColumn(s -> s.reported() == s.totalOnly() ? "" : "₹" + Formats.number(s.cash()))
                .setHeader(getTranslation("export.col.cash"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.reported() == s.totalOnly() ? "" : "₹" + Formats.number(s.upi()))
                .setHeader(getTranslation("export.col.upi"))
                .setAutoWidth(true);
        grid.addColumn(s -> Formats.number(s.items()))
                .setHeader(getTranslation("export.col.items"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.absences() == 0 ? "" : Formats.number(s.absences()))
                .setHeader(getTranslation("export.col.absent"))
                .setAutoWidth(true);
        // the municipality last: on a phone the first columns show who is late
        grid.addColumn(s -> bengali ? s.municipalityBn() : s.municipalityEn())
                .setHeader(getTranslation("export.col.municipality"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("sales.overview.none"));
        grid.setItems(stands);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                UI.getCurrent().navigate(SalesView.class, e.getValue().applicationId());
            }
        });
        return grid;
    }

    /** The slots' lost days, and the action that closes more of them while the exhibition is on. */
    private void addClosures(long id) {
        for (SlotClosure.SlotDays slot : closure.slots(id)) {
            if (slot.closedFrom() != null) {
                Paragraph lost = new Paragraph(getTranslation(
                        "exhibition.slotClose.closed",
                        Formats.number(slot.seq()),
                        Formats.date(slot.closedFrom()),
                        Formats.date(slot.endsOn()),
                        slot.closedReason()));
                lost.addClassName("haat-slot-closed");
                add(lost);
            }
        }
        List<SlotClosure.SlotDays> closable = closure.closable(id);
        if (!closable.isEmpty()) {
            Button close = new Button(
                    getTranslation("exhibition.slotClose"),
                    e -> new CloseSlotDialog(id, closable, closure, () -> show(id)).open());
            close.setId("sales-close-slot");
            add(close);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sales.overview.title") + " · " + getTranslation("app.name");
    }
}
