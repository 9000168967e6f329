package app.haat.centre;

import app.haat.core.ui.TypedField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
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

    /** A required whole number in either digits, from min to max, starting at value. */
    TypedField<Integer> integer(String key, int value, int min, int max, String id) {
        TypedField<Integer> field = TypedField.wholeNumber(getTranslation(key))
                .required()
                .range(min, max)
                .show(value);
        field.setId(id);
        return field;
    }

    static int orZero(TypedField<Integer> field) {
        Integer value = field.typed();
        return value == null ? 0 : value;
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
