package app.haat.desk;

import app.haat.core.security.Role;
import app.haat.group.GroupService;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;

/**
 * The group's own requests at its centre: what to bring for each type, asking, and where each case stands. The
 * readiness checklist links here with {@code ?ask=<type>}, which opens the form of a new request of that type.
 */
@Route("my-requests")
@RolesAllowed(Role.GROUP)
public class MyRequestsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final GroupDeskPanel panel;

    public MyRequestsView(
            DeskRequestService requests,
            DeskDocumentService documents,
            DeskAppointmentService appointments,
            GroupService groups) {
        addClassName("haat-view");
        Paragraph help = new Paragraph(getTranslation("desk.group.help"));
        help.addClassName("haat-hint");
        panel = new GroupDeskPanel(requests, documents, appointments, groups.ownGroupId(), false);
        add(new H2(getTranslation("desk.group.title")), help, panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("ask", List.of());
        asked.stream()
                .findFirst()
                .flatMap(name -> Arrays.stream(RequestType.values())
                        .filter(t -> t.name().equals(name))
                        .findFirst())
                .ifPresent(panel::offer);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("desk.group.title") + " · " + getTranslation("app.name");
    }
}
