package app.haat.group;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.Role;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The group's own page: its details and every status, with the reason when it was rejected. */
@Route("my-group")
@RolesAllowed(Role.GROUP)
public class MyGroupView extends VerticalLayout implements HasDynamicTitle {

    public MyGroupView(GroupService groups) {
        addClassName("haat-view");
        Group group = groups.mine();
        boolean bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        add(new H2(group.name()));
        Paragraph status = new Paragraph(getTranslation("group.yourStatus." + group.status().name()));
        status.setId("my-group-status");
        add(status);
        if (group.statusReason() != null) {
            Paragraph reason = new Paragraph(getTranslation("group.reason", group.statusReason()));
            reason.setId("my-group-reason");
            add(reason);
        }
        add(new Paragraph(getTranslation("group.municipality") + ": "
                + (bengali ? group.municipalityBn() : group.municipalityEn())));
        add(new Paragraph(getTranslation("group.ward") + ": " + group.ward()));
        add(new Paragraph(getTranslation("group.members") + ": " + Formats.number(group.memberCount())));
        add(new Paragraph(getTranslation("group.leader") + ": " + group.leaderName()));
        add(new Paragraph(getTranslation("group.mobile") + ": " + group.phone()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("group.mine") + " · " + getTranslation("app.name");
    }
}
