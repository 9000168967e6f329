package app.haat.exhibition;

import app.haat.core.i18n.Formats;
import app.haat.core.security.Role;
import app.haat.core.ui.Confirm;
import app.haat.core.ui.Notifications;
import app.haat.group.Group;
import app.haat.group.GroupService;
import app.haat.group.GroupStatus;
import app.haat.group.ProductService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

/** A group's stalls on its phone: exhibitions it can apply to, and every application with its status. */
@Route("my-stalls")
@RolesAllowed(Role.GROUP)
public class MyStallsView extends VerticalLayout implements HasDynamicTitle {

    private final ApplicationService applications;
    private final ExhibitionService exhibitions;
    private final ProductService products;
    private final AllotmentLetters letters;
    private final Group group;
    private final VerticalLayout open = new VerticalLayout();
    private final VerticalLayout mine = new VerticalLayout();

    public MyStallsView(
            ApplicationService applications,
            ExhibitionService exhibitions,
            ProductService products,
            GroupService groups,
            AllotmentLetters letters) {
        this.applications = applications;
        this.letters = letters;
        this.exhibitions = exhibitions;
        this.products = products;
        this.group = groups.mine();
        addClassName("haat-view");
        open.setPadding(false);
        open.setId("stalls-open");
        mine.setPadding(false);
        mine.setId("stalls-mine");
        add(
                new H2(getTranslation("stalls.title")),
                new H3(getTranslation("stalls.mine")),
                mine,
                new H3(getTranslation("stalls.open")),
                open);
        refresh();
    }

    private void refresh() {
        mine.removeAll();
        List<Application> list = applications.mine();
        if (list.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("stalls.noneMine"));
            empty.addClassName("haat-empty");
            mine.add(empty);
        }
        for (Application application : list) {
            mine.add(card(application));
        }
        open.removeAll();
        List<Exhibition> available = applications.openForMe();
        if (available.isEmpty()) {
            Paragraph empty = new Paragraph(
                    getTranslation(group.status() == GroupStatus.VERIFIED ? "stalls.noneOpen" : "stalls.verifyFirst"));
            empty.addClassName("haat-empty");
            open.add(empty);
        }
        for (Exhibition exhibition : available) {
            Div card = new Div();
            card.addClassName("haat-card");
            Button apply = new Button(
                    getTranslation("stalls.apply"),
                    e -> new ApplyDialog(
                                    exhibition,
                                    exhibitions.slots(exhibition.id()),
                                    products.products(group.id()),
                                    applications,
                                    this::refresh)
                            .open());
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            apply.setId("apply-" + exhibition.id());
            card.add(
                    new H4(exhibition.title()),
                    new Paragraph(exhibition.venueName() + " · " + Formats.date(exhibition.startsOn()) + " – "
                            + Formats.date(exhibition.endsOn())),
                    new Paragraph(getTranslation("stalls.closes", Formats.dateTime(exhibition.applicationsCloseAt()))),
                    apply);
            open.add(card);
        }
    }

    private Div card(Application application) {
        Div card = new Div();
        card.addClassName("haat-card");
        card.setId("application-" + application.id());
        Paragraph status = new Paragraph(
                getTranslation("application.status." + application.status().name())
                        + (application.reason() == null ? "" : ": " + application.reason()));
        status.addClassName("application-status");
        Paragraph explanation = new Paragraph(ExplanationText.of(this, application));
        explanation.addClassName("haat-hint");
        explanation.setVisible(application.explanationCode() != null);
        Anchor map = new Anchor(exhibitions.mapLink(application.exhibitionId()), getTranslation("stalls.map"));
        map.setId("map-link-" + application.id());
        map.setTarget("_blank");
        card.add(
                new H4(application.exhibitionTitle()),
                new Paragraph(application.venueName() + " · " + Formats.date(application.startsOn()) + " – "
                        + Formats.date(application.endsOn())),
                status,
                explanation);
        HorizontalLayout actions = new HorizontalLayout(map);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setSpacing(true);
        actions.setWrap(true);
        if (application.status() == ApplicationStatus.ASSIGNED
                && exhibitions.find(application.exhibitionId()).status().compareTo(ExhibitionStatus.PUBLISHED) >= 0) {
            actions.add(letter(application));
            // the sales page belongs to the sales feature, which builds on this one: linked by its address
            Anchor report = new Anchor("sales/" + application.id(), getTranslation("stalls.sales"));
            report.setId("sales-link-" + application.id());
            actions.add(report);
        }
        card.add(actions);
        boolean withdrawable =
                application.status().inPlay() && LocalDate.now(Formats.INDIA).isBefore(application.startsOn());
        if (withdrawable) {
            actions.add(withdraw(application));
        }
        return card;
    }

    /** The allotment letter as a PDF, written when it is downloaded. */
    private Anchor letter(Application application) {
        String file = "haat-letter-" + application.id() + ".pdf";
        Anchor letter = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] pdf = letters.allotmentLetter(application.id());
                    return new DownloadResponse(new ByteArrayInputStream(pdf), file, "application/pdf", pdf.length);
                }),
                getTranslation("stalls.letter"));
        letter.getElement().setAttribute("download", true);
        letter.setId("letter-" + application.id());
        return letter;
    }

    private Button withdraw(Application application) {
        Button withdraw = new Button(
                getTranslation("stalls.withdraw"),
                e -> Confirm.ask(
                        getTranslation("stalls.withdraw"),
                        getTranslation("stalls.withdrawConfirm", application.exhibitionTitle()),
                        getTranslation("stalls.withdraw"),
                        () -> {
                            if (Notifications.attempt(() -> applications.withdraw(application.id()))) {
                                refresh();
                            }
                        }));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        withdraw.setId("withdraw-" + application.id());
        return withdraw;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stalls.title") + " · " + getTranslation("app.name");
    }
}
