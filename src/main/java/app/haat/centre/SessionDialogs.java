package app.haat.centre;

import app.haat.centre.TrainingRecords.Session;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;

/** The fields the session's edit, move and cancel dialogs share. */
final class SessionDialogs {

    private SessionDialogs() {}

    /** The session's language, Bengali or English. */
    static Select<String> language(String value) {
        Select<String> language = new Select<>();
        language.setLabel(text("training.language"));
        language.setItems("bn", "en");
        language.setItemLabelGenerator(l -> text("language." + l));
        language.setValue(value);
        language.setId("edit-language");
        return language;
    }

    /** "Also every later session of this series": shown only when the series has a later session still scheduled. */
    static Checkbox following(SessionChangeService changes, Session session, String id) {
        Checkbox following = new Checkbox(text("training.following"), false);
        following.setId(id);
        following.setVisible(changes.hasFollowing(session));
        return following;
    }

    private static String text(String key) {
        return UI.getCurrent() == null ? key : UI.getCurrent().getTranslation(key);
    }
}
