package app.haat.desk;

import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Formats;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import app.haat.region.Centre;
import app.haat.region.NearbyCentre;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A group's requests at its centre, for the group itself and its officer: the types the centre of its zone handles
 * with the documents to bring and a button to ask, and its cases; a group of no zone sees the help line and the City
 * Livelihood Centres, and an officer forwards its request to one of them.
 */
class GroupDeskPanel extends VerticalLayout {

    private final DeskRequestService requests;
    private final DeskDocumentService documents;
    private final DeskAppointmentService appointments;
    private final long groupId;
    private final boolean mayForward;

    /** {@code mayForward} for its officer (who may not declare a masked Aadhaar copy), not for the group itself. */
    GroupDeskPanel(
            DeskRequestService requests,
            DeskDocumentService documents,
            DeskAppointmentService appointments,
            long groupId,
            boolean mayForward) {
        this.requests = requests;
        this.documents = documents;
        this.appointments = appointments;
        this.groupId = groupId;
        this.mayForward = mayForward;
        setPadding(false);
        setId("group-desk");
        refresh();
    }

    /**
     * Opens the form of a new request of this type at the group's centre (a readiness item's link), when the centre
     * handles it and none is open yet; otherwise the page shows where things stand, and nothing opens.
     */
    void offer(RequestType type) {
        DeskHome home = requests.home(groupId);
        Centre centre = home.centre();
        boolean open = home.cases().stream()
                .anyMatch(c -> c.type() == type && c.status().open());
        boolean handled = home.types().stream().anyMatch(t -> t.type() == type);
        if (centre != null && handled && !open && (!type.foodOnly() || home.food())) {
            askDialog(type, centre);
        }
    }

    private void refresh() {
        removeAll();
        DeskHome home = requests.home(groupId);
        Set<RequestType> open = home.cases().stream()
                .filter(c -> c.status().open())
                .map(DeskCase::type)
                .collect(Collectors.toSet());
        if (home.centre() != null) {
            Paragraph centre = new Paragraph(
                    getTranslation("desk.yourCentre", home.centre().name()));
            centre.setId("desk-centre");
            add(centre);
            home.types().stream()
                    .filter(t -> !t.type().foodOnly() || home.food())
                    .forEach(t -> add(typeCard(t, open.contains(t.type()), home.centre())));
        } else {
            noCentre(home, open);
        }
        add(new H3(getTranslation("desk.yourCases")));
        if (home.cases().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("desk.noCases"));
            none.setId("desk-no-cases");
            add(none);
        }
        for (DeskCase c : home.cases()) {
            Div card = DeskTexts.card(this, c, false);
            if (c.status().open()) {
                card.add(new AppointmentSection(appointments, c, false, this::refresh));
            }
            card.add(new DocumentsSection(documents, c, !mayForward));
            add(card);
        }
    }

    private Div typeCard(DeskType type, boolean open, Centre centre) {
        Div card = new Div();
        card.addClassName("haat-card");
        card.setId("desk-type-" + type.type().name());
        Span title = new Span(DeskTexts.type(this, type.type()));
        title.getStyle().set("font-weight", "600");
        UnorderedList documents = new UnorderedList();
        type.documents().forEach(d -> documents.add(new ListItem(d)));
        card.add(title, new Paragraph(getTranslation("desk.bring")), documents);
        if (open) {
            card.add(new Paragraph(getTranslation("desk.alreadyAsked")));
        } else {
            Button ask = new Button(getTranslation("desk.ask"), e -> askDialog(type.type(), centre));
            ask.setId("desk-ask-" + type.type().name());
            card.add(ask);
        }
        return card;
    }

    private void noCentre(DeskHome home, Set<RequestType> open) {
        Paragraph none = new Paragraph(
                home.helpLine() == null
                        ? getTranslation("desk.noCentre")
                        : getTranslation("desk.noCentre.helpLine", home.helpLine()));
        none.setId("desk-no-centre");
        add(none);
        H3 nearest = new H3(getTranslation("desk.nearest.title"));
        nearest.setId("desk-nearest");
        add(nearest);
        UnorderedList centres = new UnorderedList();
        home.otherCentres().forEach(near -> {
            Centre c = near.centre();
            Long km = near.roundKm();
            ListItem item = new ListItem(c.name()
                    + (c.address() == null ? "" : ", " + c.address())
                    + (c.phone() == null ? "" : " · " + c.phone())
                    + (km == null ? "" : " · " + getTranslation("desk.nearest.km", Formats.number(km))));
            item.setId("desk-centre-" + c.id());
            centres.add(item);
        });
        centres.setId("desk-centres");
        add(centres);
        if (mayForward && !home.otherCentres().isEmpty()) {
            Button forward = new Button(getTranslation("desk.forward"), e -> forwardDialog(home, open));
            forward.setId("desk-forward");
            add(forward);
        } else if (!mayForward) {
            add(new Paragraph(getTranslation("desk.askOfficer")));
        }
    }

    private void askDialog(RequestType type, Centre centre) {
        FormDialog dialog = new FormDialog(DeskTexts.type(this, type));
        TextArea note = note();
        dialog.add(new Paragraph(getTranslation("desk.ask.explain", centre.name())), note);
        dialog.action(getTranslation("desk.ask.send"), "desk-send", () -> {
            if (Notifications.attempt(() -> requests.request(centre.id(), groupId, type, note.getValue()))) {
                dialog.close();
                Notifications.success(getTranslation("desk.ask.sent"));
                refresh();
            }
        });
        dialog.open();
    }

    private void forwardDialog(DeskHome home, Set<RequestType> open) {
        FormDialog dialog = new FormDialog(getTranslation("desk.forward"));
        ComboBox<Centre> centre = new ComboBox<>(getTranslation("desk.forward.centre"));
        centre.setItems(home.otherCentres().stream().map(NearbyCentre::centre).toList());
        centre.setItemLabelGenerator(Centre::name);
        centre.setId("desk-forward-centre");
        ComboBox<RequestType> type = new ComboBox<>(getTranslation("desk.forward.type"));
        type.setItems(Arrays.stream(RequestType.values())
                .filter(t -> !open.contains(t) && (!t.foodOnly() || home.food()))
                .toList());
        type.setItemLabelGenerator(t -> DeskTexts.type(this, t));
        type.setId("desk-forward-type");
        TextArea note = note();
        centre.setWidthFull();
        type.setWidthFull();
        dialog.add(new VerticalLayout(centre, type, note));
        dialog.action(getTranslation("desk.ask.send"), "desk-send", () -> {
            @Nullable Centre chosen = centre.getValue();
            @Nullable RequestType chosenType = type.getValue();
            if (Notifications.attempt(() -> {
                if (chosen == null || chosenType == null) {
                    throw new ValidationException("desk.error.forwardChoose");
                }
                requests.request(chosen.id(), groupId, chosenType, note.getValue());
            })) {
                dialog.close();
                Notifications.success(getTranslation("desk.forward.sent"));
                refresh();
            }
        });
        dialog.open();
    }

    private TextArea note() {
        TextArea note = new TextArea(getTranslation("desk.note"));
        note.setMaxLength(DeskRequestService.MAX_NOTE);
        note.setWidthFull();
        note.setId("desk-note");
        return note;
    }
}
