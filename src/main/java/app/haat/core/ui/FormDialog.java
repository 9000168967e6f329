package app.haat.core.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * A dialog holding a form: its title, the form, and the footer every form dialog has, Cancel and then one primary
 * action. The action's id is what the view tests and the browser tests press.
 */
public class FormDialog extends Dialog {

    private final Button action = new Button();

    public FormDialog(String title) {
        this();
        setHeaderTitle(title);
    }

    /** For a dialog class whose title needs its own translations: it sets the title with setHeaderTitle. */
    protected FormDialog() {
        action.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), action);
    }

    /** Names the primary action and says what it does; answers its button (to disable it, or mark it). */
    public Button action(String text, String id, Runnable onClick) {
        action.setText(text);
        action.setId(id);
        action.addClickListener(e -> onClick.run());
        return action;
    }

    /** The usual primary action: Save. */
    public Button save(String id, Runnable onClick) {
        return action(getTranslation("action.save"), id, onClick);
    }
}
