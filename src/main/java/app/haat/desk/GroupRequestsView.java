package app.haat.desk;

import app.haat.core.security.Role;
import app.haat.group.GroupService;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** An officer's (or admin's) view of a group's requests: asked on its behalf, or forwarded when it has no centre. */
@Route("group-requests")
@RolesAllowed({Role.OFFICER, Role.ADMIN})
public class GroupRequestsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final DeskRequestService requests;
    private final DeskDocumentService documents;
    private final DeskAppointmentService appointments;
    private final GroupService groups;

    public GroupRequestsView(
            DeskRequestService requests,
            DeskDocumentService documents,
            DeskAppointmentService appointments,
            GroupService groups) {
        this.requests = requests;
        this.documents = documents;
        this.appointments = appointments;
        this.groups = groups;
        addClassName("haat-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long groupId) {
        removeAll();
        String name = groups.get(groupId).name();
        add(
                new H2(getTranslation("desk.officer.title", name)),
                new GroupDeskPanel(requests, documents, appointments, groupId, true));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("desk.group.title") + " · " + getTranslation("app.name");
    }
}
