package app.haat.centre;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Map;

/** A dialog of the centre's calendar and set-up: its title, a form, and a footer with cancel and the action. */
abstract class CentreFormDialog extends Dialog {

    CentreFormDialog(String titleKey) {
        setHeaderTitle(getTranslation(titleKey));
    }

    /** Cancel, and the primary button that runs the action (the caller decides when to close). */
    Button footer(String actionKey, Runnable action) {
        Button primary = new Button(getTranslation(actionKey), e -> action.run());
        primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), primary);
        return primary;
    }

    IntegerField integer(String key, int value, int min, int max, String id) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setValue(value);
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setId(id);
        return field;
    }

    static int orZero(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    /** A choice of the centres, by name. */
    Select<Long> centres(Map<Long, String> centres) {
        Select<Long> centre = new Select<>();
        centre.setLabel(getTranslation("training.centre"));
        centre.setItems(centres.keySet());
        centre.setItemLabelGenerator(id -> id == null ? "" : centres.get(id));
        return centre;
    }
}
