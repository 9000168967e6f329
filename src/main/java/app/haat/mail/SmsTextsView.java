package app.haat.mail;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/**
 * The SMS text of every message type and language as registered with DLT, its values and its template id (from the
 * page or from the settings), each editable in a dialog. A text without an id holds its SMS back.
 */
@Route("admin/sms-texts")
@RolesAllowed(Role.ADMIN)
public class SmsTextsView extends VerticalLayout implements HasDynamicTitle {

    private final SmsTemplates templates;
    private final boolean bengali;
    private final Grid<SmsTemplates.SmsTemplate> grid = new Grid<>();

    public SmsTextsView(SmsTemplates templates) {
        this.templates = templates;
        this.bengali = Translator.BENGALI.equals(Translator.supported(getLocale()));
        addClassName("haat-view");
        setSizeFull();
        add(new H2(getTranslation("smsTexts.title")));
        Paragraph explain = new Paragraph(getTranslation("smsTexts.explain", SmsTemplates.PLACEHOLDER));
        explain.addClassName("haat-hint");
        add(explain);
        configureGrid();
        refresh();
        add(grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.setId("sms-texts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::editButton)
                .setKey("edit")
                .setWidth("3.5em")
                .setFlexGrow(0);
        // one column that wraps: a phone shows the whole text, its id and its values without a sideways swipe
        grid.addComponentColumn(this::textCell)
                .setHeader(getTranslation("smsTexts.text"))
                .setFlexGrow(1)
                .setKey("text");
        grid.setHeight("70vh");
    }

    /** The type and language, the text as registered, its template id (or that it has none) and its values. */
    private Component textCell(SmsTemplates.SmsTemplate template) {
        Div what = new Div(getTranslation("mail.type." + template.type().name()) + " · "
                + getTranslation("messages.language." + template.language()));
        what.getStyle().set("font-weight", "600");
        Div text = new Div(template.body());
        text.getStyle().set("white-space", "pre-wrap");
        Div values = new Div(getTranslation("smsTexts.variables") + ": " + variables(template));
        values.addClassName("haat-hint");
        return new Div(what, text, idLine(template), values);
    }

    /** The values' names in the reader's language, in the order of the placeholders. */
    String variables(SmsTemplates.SmsTemplate template) {
        return template.variables().stream().map(this::variable).collect(Collectors.joining(", "));
    }

    private String variable(String name) {
        String text = getTranslation("smsTexts.var." + name);
        return text.startsWith("!") ? name : text;
    }

    private Component editButton(SmsTemplates.SmsTemplate template) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> open(template));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        String label = getTranslation("action.edit") + ": "
                + getTranslation("mail.type." + template.type().name()) + " ("
                + getTranslation("messages.language." + template.language()) + ")";
        edit.setTooltipText(label);
        edit.getElement().setAttribute("aria-label", label);
        edit.setId("sms-text-edit-" + template.type().name() + "-" + template.language());
        return edit;
    }

    /** The id in use, marked when it comes from the settings; "none: held" when there is none. */
    private Component idLine(SmsTemplates.SmsTemplate template) {
        String id = template.templateId();
        Div line = new Div();
        line.addClassName("haat-hint");
        if (id == null) {
            Span none = new Span(getTranslation("smsTexts.noId"));
            none.addClassName("haat-error");
            line.add(new Span(getTranslation("smsTexts.templateId") + ": "), none);
        } else {
            line.setText(getTranslation("smsTexts.templateId") + ": " + id
                    + (template.idFromSettings() ? " (" + getTranslation("smsTexts.fromSettings") + ")" : ""));
        }
        return line;
    }

    void open(SmsTemplates.SmsTemplate template) {
        new SmsTextDialog(templates, template, variables(template), bengali, this::refresh).open();
    }

    private void refresh() {
        grid.setItems(templates.all());
    }

    /** Numbers in the reader's digits. */
    static String digits(boolean bengali, String text) {
        return bengali ? Formats.bengaliDigits(text) : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("smsTexts.title") + " · " + getTranslation("app.name");
    }
}
