package app.haat.desk;

import app.haat.core.security.CurrentUser;
import app.haat.core.security.Role;
import app.haat.core.ui.Accessible;
import app.haat.region.Centre;
import app.haat.region.CentreDirectoryService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The registration desk for centre staff: the cases at their centre, open ones first or by step, each opened to
 * take its next step; the types the centre handles and the documents to bring; the centre's report (a tab). An admin
 * picks the centre.
 */
@Route("desk")
@RolesAllowed({Role.STAFF, Role.ADMIN})
public class DeskView extends VerticalLayout implements HasDynamicTitle {

    private final DeskRequestService requests;
    private final DeskSetupService setup;
    private final DeskAppointmentService appointments;
    private final ComboBox<Centre> centre = new ComboBox<>();
    private final ComboBox<CaseStatus> step = new ComboBox<>();
    private final VerticalLayout list = new VerticalLayout();
    private final DeskReportService reports;
    private final DeskReportExport export;
    private final VerticalLayout report = new VerticalLayout();
    private final TabSheet tabs = Accessible.tabs(new TabSheet());

    public DeskView(
            DeskRequestService requests,
            DeskSetupService setup,
            DeskReportService reports,
            DeskReportExport export,
            DeskAppointmentService appointments,
            DeskHoursService hours,
            CentreDirectoryService centres,
            CurrentUser currentUser) {
        this.requests = requests;
        this.setup = setup;
        this.reports = reports;
        this.export = export;
        this.appointments = appointments;
        addClassName("haat-view");
        add(new H2(getTranslation("desk.title")));
        centre.setLabel(getTranslation("desk.centre"));
        centre.setItemLabelGenerator(Centre::name);
        centre.setId("desk-centre-pick");
        centre.setWidth("min(100%, 24em)");
        List<Centre> livelihood =
                centres.centres().stream().filter(Centre::livelihood).toList();
        if (currentUser.hasRole(Role.STATE_ADMIN)) {
            centre.setItems(livelihood);
            livelihood.stream().findFirst().ifPresent(centre::setValue);
        } else {
            Centre mine = requests.myCentre();
            centre.setItems(mine);
            centre.setValue(mine);
            centre.setReadOnly(true);
        }
        HorizontalLayout bar = filterBar(setup, hours);
        list.setPadding(false);
        list.setId("desk-cases");
        report.setPadding(false);
        VerticalLayout cases = new VerticalLayout(bar, list);
        cases.setPadding(false);
        tabs.setWidthFull();
        tabs.add(getTranslation("desk.tab.cases"), cases).setId("desk-tab-cases");
        tabs.add(getTranslation("desk.tab.report"), report).setId("desk-tab-report");
        add(centre, tabs);
        tabs.addSelectedChangeListener(e -> refresh());
        centre.addValueChangeListener(e -> refresh());
        step.addValueChangeListener(e -> refresh());
        refresh();
    }

    /** The step filter and the centre's settings: the request types it handles, its opening hours. */
    private HorizontalLayout filterBar(DeskSetupService setup, DeskHoursService hours) {
        step.setLabel(getTranslation("desk.step"));
        step.setItems(CaseStatus.values());
        step.setItemLabelGenerator(s -> getTranslation("desk.status." + s.name()));
        step.setPlaceholder(getTranslation("desk.step.open"));
        step.setClearButtonVisible(true);
        step.setId("desk-step");
        Button types = new Button(getTranslation("desk.types"), e -> {
            if (centre.getValue() != null) {
                new DeskTypesDialog(requests, setup, centre.getValue().id()).open();
            }
        });
        types.setId("desk-types");
        Button opening = new Button(getTranslation("desk.hours.title"), e -> {
            if (centre.getValue() != null) {
                new DeskHoursDialog(hours, centre.getValue().id()).open();
            }
        });
        opening.setId("desk-hours");
        HorizontalLayout bar = new HorizontalLayout(step, types, opening);
        bar.setWrap(true);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void refresh() {
        list.removeAll();
        report.removeAll();
        @Nullable Centre chosen = centre.getValue();
        if (chosen == null) {
            return;
        }
        if (tabs.getSelectedIndex() == 1) {
            report.add(new DeskReportPanel(reports, export, chosen.id()));
            return;
        }
        list.add(new DeskAppointmentsList(appointments, chosen.id()));
        list.add(new H3(getTranslation("desk.cases.title")));
        @Nullable CaseStatus wanted = step.getValue();
        List<DeskCase> cases = requests.casesOf(chosen.id()).stream()
                .filter(c -> wanted == null ? c.status().open() : c.status() == wanted)
                .toList();
        if (cases.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("desk.none"));
            none.setId("desk-none");
            list.add(none);
        }
        for (DeskCase c : cases) {
            Div card = DeskTexts.card(this, c, true);
            Anchor open = new Anchor("desk/case/" + c.id(), getTranslation("desk.open"));
            open.setId("desk-open-" + c.id());
            card.add(open);
            list.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("desk.title") + " · " + getTranslation("app.name");
    }
}
