package app.haat.desk;

import app.haat.core.ui.Confirm;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Optional;

/**
 * A centre's request types: pick one, write the documents to bring in English and Bengali (one per line) and save;
 * or stop handling it (confirmed). Types not handled yet are added the same way.
 */
class DeskTypesDialog extends FormDialog {

    private final DeskRequestService requests;
    private final DeskSetupService setup;
    private final long centreId;
    private final ComboBox<RequestType> type = new ComboBox<>();
    private final TextArea english = new TextArea();
    private final TextArea bengali = new TextArea();
    private final Button remove = new Button();

    DeskTypesDialog(DeskRequestService requests, DeskSetupService setup, long centreId) {
        this.requests = requests;
        this.setup = setup;
        this.centreId = centreId;
        setHeaderTitle(getTranslation("desk.types"));
        setWidth("min(640px, 95vw)");
        type.setLabel(getTranslation("desk.types.type"));
        type.setItems(RequestType.values());
        type.setItemLabelGenerator(this::label);
        type.setId("desk-types-type");
        english.setLabel(getTranslation("desk.types.en"));
        bengali.setLabel(getTranslation("desk.types.bn"));
        for (TextArea area : List.of(english, bengali)) {
            area.setWidthFull();
            area.setMaxLength(DeskSetupService.MAX_DOCUMENTS);
            area.setHelperText(getTranslation("desk.types.help"));
        }
        english.setId("desk-types-en");
        bengali.setId("desk-types-bn");
        remove.setText(getTranslation("desk.types.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setId("desk-types-remove");
        remove.addClickListener(e -> confirmRemove());
        type.addValueChangeListener(e -> show());
        add(new VerticalLayout(type, english, bengali, remove));
        save("desk-types-save", this::saveType);
        type.setValue(RequestType.PAN);
    }

    private String label(RequestType t) {
        boolean handled = handled(t).isPresent();
        return getTranslation("desk.type." + t.name())
                + (handled ? "" : " · " + getTranslation("desk.types.notHandled"));
    }

    private Optional<DeskType> handled(RequestType t) {
        return requests.types(centreId).stream().filter(d -> d.type() == t).findFirst();
    }

    private void show() {
        Optional<DeskType> current = type.getValue() == null ? Optional.empty() : handled(type.getValue());
        english.setValue(current.map(DeskType::documentsEn).orElse("").replace("; ", "\n"));
        bengali.setValue(current.map(DeskType::documentsBn).orElse("").replace("; ", "\n"));
        remove.setVisible(current.isPresent());
    }

    private void saveType() {
        RequestType chosen = type.getValue();
        if (chosen != null
                && Notifications.attempt(
                        () -> setup.saveType(centreId, chosen, english.getValue(), bengali.getValue()))) {
            Notifications.success(getTranslation("action.saved"));
            type.getDataProvider().refreshAll();
            show();
        }
    }

    private void confirmRemove() {
        RequestType chosen = type.getValue();
        if (chosen == null) {
            return;
        }
        Confirm.ask(
                getTranslation("desk.types.remove"),
                getTranslation("desk.types.removeText", getTranslation("desk.type." + chosen.name())),
                getTranslation("desk.types.remove"),
                () -> {
                    if (Notifications.attempt(() -> setup.removeType(centreId, chosen))) {
                        type.getDataProvider().refreshAll();
                        show();
                    }
                });
    }
}
