package app.haat.desk;

import app.haat.core.security.Role;
import app.haat.core.ui.Confirm;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * One case for the staff of its centre: where it stands and the steps that may follow, each a button; the final ones
 * (declined, obtained, refused) are asked for once more before they are taken.
 */
@Route("desk/case")
@RolesAllowed({Role.STAFF, Role.ADMIN})
public class DeskCaseView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final DeskRequestService requests;
    private final DeskStepService steps;
    private final DeskDocumentService documents;
    private final DeskAppointmentService appointments;
    private long caseId;

    public DeskCaseView(
            DeskRequestService requests,
            DeskStepService steps,
            DeskDocumentService documents,
            DeskAppointmentService appointments) {
        this.requests = requests;
        this.steps = steps;
        this.documents = documents;
        this.appointments = appointments;
        addClassName("haat-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        caseId = id;
        refresh();
    }

    private void refresh() {
        removeAll();
        DeskCase c = requests.get(caseId);
        add(new Anchor("desk", getTranslation("desk.back")));
        add(new H2(DeskTexts.type(this, c.type()) + " · " + c.groupName()));
        add(DeskTexts.card(this, c, true));
        if (c.note() != null) {
            add(new Paragraph(getTranslation("desk.noteShown", c.note())));
        }
        if (c.status().open()) {
            add(new AppointmentSection(appointments, c, true, this::refresh));
        }
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        buttons.setId("desk-steps");
        for (CaseStatus next : c.status().next()) {
            if (next != CaseStatus.APPOINTMENT) {
                buttons.add(stepButton(c, next));
            }
        }
        if (buttons.getComponentCount() == 0) {
            add(new Paragraph(getTranslation("desk.closed")));
        }
        add(buttons);
        add(new DocumentsSection(documents, c, true));
    }

    private Button stepButton(DeskCase c, CaseStatus next) {
        Button button = new Button(getTranslation("desk.step." + next.name()));
        button.setId("desk-step-" + next.name());
        if (next == CaseStatus.REFUSED || next == CaseStatus.DECLINED) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        } else {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.addClickListener(e -> {
            switch (next) {
                case REQUESTED -> act(() -> steps.accept(caseId));
                case DOCUMENTS_COMPLETE -> act(() -> steps.documentsComplete(caseId));
                case SUBMITTED -> referenceDialog();
                case OBTAINED -> numberDialog(c);
                case REFUSED -> refuseDialog();
                case DECLINED -> declineDialog();
                default -> {}
            }
        });
        return button;
    }

    private void act(Runnable step) {
        if (Notifications.attempt(step)) {
            Notifications.success(getTranslation("action.saved"));
            refresh();
        }
    }

    private void referenceDialog() {
        FormDialog dialog = new FormDialog(getTranslation("desk.step.SUBMITTED"));
        TextField reference = new TextField(getTranslation("desk.reference.label"));
        reference.setMaxLength(DeskStepService.MAX_REFERENCE);
        reference.setWidthFull();
        reference.setId("desk-reference");
        dialog.add(reference);
        dialog.save(
                "desk-reference-save", () -> closeWith(dialog, () -> steps.submitted(caseId, reference.getValue())));
        dialog.open();
    }

    /** The number obtained (and a bank's IFSC); recording it is asked for once more, as it closes the case. */
    private void numberDialog(DeskCase c) {
        FormDialog dialog = new FormDialog(getTranslation("desk.step.OBTAINED"));
        TextField number =
                new TextField(getTranslation("desk.number.label." + c.type().name()));
        number.setWidthFull();
        number.setId("desk-number");
        TextField ifsc = new TextField(getTranslation("desk.ifsc"));
        ifsc.setId("desk-ifsc");
        ifsc.setVisible(c.type() == RequestType.BANK_ACCOUNT);
        dialog.add(new VerticalLayout(number, ifsc));
        dialog.action(
                getTranslation("desk.number.record"),
                "desk-number-save",
                () -> Confirm.ask(
                        getTranslation("desk.step.OBTAINED"),
                        getTranslation("desk.number.confirm", number.getValue()),
                        getTranslation("desk.number.record"),
                        () -> {
                            if (Notifications.attempt(
                                    () -> steps.obtained(caseId, number.getValue(), ifsc.getValue()))) {
                                dialog.close();
                                refresh();
                            }
                        }));
        dialog.open();
    }

    /** The authority refused: its reason, asked for once more (the case closes). */
    private void refuseDialog() {
        FormDialog dialog = new FormDialog(getTranslation("desk.step.REFUSED"));
        TextArea reason = reasonField(dialog);
        dialog.action(
                getTranslation("desk.step.REFUSED"),
                "desk-reason-save",
                () -> Confirm.ask(
                        getTranslation("desk.step.REFUSED"),
                        getTranslation("desk.final.confirm"),
                        getTranslation("desk.step.REFUSED"),
                        () -> closeWith(dialog, () -> steps.refused(caseId, reason.getValue()))));
        dialog.open();
    }

    /** The centre declines a forwarded request: its reason, asked for once more (the case closes). */
    private void declineDialog() {
        FormDialog dialog = new FormDialog(getTranslation("desk.step.DECLINED"));
        TextArea reason = reasonField(dialog);
        dialog.action(
                getTranslation("desk.step.DECLINED"),
                "desk-reason-save",
                () -> Confirm.ask(
                        getTranslation("desk.step.DECLINED"),
                        getTranslation("desk.final.confirm"),
                        getTranslation("desk.step.DECLINED"),
                        () -> closeWith(dialog, () -> steps.decline(caseId, reason.getValue()))));
        dialog.open();
    }

    private TextArea reasonField(FormDialog dialog) {
        TextArea reason = new TextArea(getTranslation("desk.reason.label"));
        reason.setMaxLength(DeskStepService.MAX_REASON);
        reason.setWidthFull();
        reason.setId("desk-reason");
        dialog.add(reason);
        return reason;
    }

    private void closeWith(FormDialog dialog, Runnable step) {
        if (Notifications.attempt(step)) {
            dialog.close();
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("desk.title") + " · " + getTranslation("app.name");
    }
}
