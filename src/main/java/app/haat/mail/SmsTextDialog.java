package app.haat.mail;

import app.haat.core.i18n.Formats;
import app.haat.core.ui.Confirm;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.WarningBox;
import app.haat.sms.SmsEncoding;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Objects;

/**
 * Changes one SMS text and its DLT template id through {@link SmsTemplates#save}. Says before and when saving that a
 * changed text loses its id (the operator's registration is for the old text), and asks first.
 */
class SmsTextDialog extends FormDialog {

    private final SmsTemplates templates;
    private final SmsTemplates.SmsTemplate template;
    private final boolean bengali;
    private final Runnable onSaved;
    private final TextArea body = new TextArea();
    private final TextField templateId = new TextField();
    private final Paragraph size = new Paragraph();
    private final Paragraph errors = new Paragraph();

    SmsTextDialog(
            SmsTemplates templates,
            SmsTemplates.SmsTemplate template,
            String variables,
            boolean bengali,
            Runnable onSaved) {
        this.templates = templates;
        this.template = template;
        this.bengali = bengali;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("mail.type." + template.type().name()) + " ("
                + getTranslation("messages.language." + template.language()) + ")");
        setId("sms-text-dialog");
        setWidth("min(40rem, 96vw)");

        Paragraph values = new Paragraph(getTranslation("smsTexts.values", SmsTemplates.PLACEHOLDER, variables));
        values.addClassName("haat-hint");
        body.setLabel(getTranslation("smsTexts.text"));
        body.setValue(template.body());
        body.setMaxLength(1000);
        body.setWidthFull();
        body.setMinHeight("8em");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.setId("sms-text-body");
        body.addValueChangeListener(e -> showSize());
        size.setId("sms-text-size");
        size.addClassName("haat-hint");
        templateId.setLabel(getTranslation("smsTexts.templateId"));
        String saved = template.savedId();
        templateId.setValue(saved == null ? "" : saved);
        templateId.setMaxLength(30);
        templateId.setWidthFull();
        templateId.getElement().setAttribute("inputmode", "numeric");
        templateId.setHelperText(getTranslation("smsTexts.templateId.help"));
        templateId.setId("sms-text-id");
        errors.addClassName("haat-error");
        errors.setId("sms-text-errors");

        VerticalLayout form = new VerticalLayout(values, body, size, warning("smsTexts.clearsId"), templateId);
        if (template.idFromSettings()) {
            form.add(warning("smsTexts.settingsWin", Objects.requireNonNullElse(template.templateId(), "")));
        }
        form.add(errors);
        form.setPadding(false);
        add(form);
        showSize();
        save("sms-text-save", this::askThenSave);
    }

    private Div warning(String key, Object... params) {
        return WarningBox.of(key.replace('.', '-'), VaadinIcon.INFO_CIRCLE, getTranslation(key, params));
    }

    /** Segments the text takes filled with the longest values (at most 2 are allowed). */
    private void showSize() {
        String text = body.getValue().strip();
        if (text.isEmpty()
                || SmsTemplates.placeholders(text) != template.variables().size()) {
            size.setText("");
            return;
        }
        int segments = templates.worstCaseSegments(text, template.variables());
        String encoding = SmsEncoding.isGsm(text)
                ? getTranslation("messages.encoding.gsm")
                : getTranslation("messages.encoding.ucs2");
        size.setText(getTranslation(
                "smsTexts.size", digits(Formats.number(text.length())), digits(Formats.number(segments)), encoding));
    }

    /** A changed text is saved only after the admin confirms what happens to its id. */
    private void askThenSave() {
        String text = body.getValue().strip();
        if (text.equals(template.body())) {
            store();
            return;
        }
        String id = Formats.latinDigits(templateId.getValue().strip());
        String saved = template.savedId();
        String question = id.isEmpty() || id.equals(saved)
                ? getTranslation("smsTexts.confirm.clears")
                : getTranslation("smsTexts.confirm.newId", id);
        Confirm.ask(getTranslation("smsTexts.confirm"), question, getTranslation("action.save"), this::store)
                .setId("sms-text-confirm");
    }

    private void store() {
        try {
            templates.save(template.type(), template.language(), body.getValue(), templateId.getValue());
        } catch (RuntimeException e) {
            String message = Notifications.describe(e);
            if (message == null) {
                throw e;
            }
            errors.setText(digits(message));
            return;
        }
        close();
        onSaved.run();
        Notifications.success(getTranslation("action.saved"));
    }

    private String digits(String text) {
        return SmsTextsView.digits(bengali, text);
    }
}
