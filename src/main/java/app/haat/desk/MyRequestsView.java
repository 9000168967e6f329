package app.haat.desk;

import app.haat.core.security.Role;
import app.haat.group.GroupService;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The group's own requests at its centre: what to bring for each type, asking, and where each case stands. */
@Route("my-requests")
@RolesAllowed(Role.GROUP)
public class MyRequestsView extends VerticalLayout implements HasDynamicTitle {

    public MyRequestsView(DeskRequestService requests, DeskAppointmentService appointments, GroupService groups) {
        addClassName("haat-view");
        Paragraph help = new Paragraph(getTranslation("desk.group.help"));
        help.addClassName("haat-hint");
        add(
                new H2(getTranslation("desk.group.title")),
                help,
                new GroupDeskPanel(requests, appointments, groups.ownGroupId(), false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("desk.group.title") + " · " + getTranslation("app.name");
    }
}
