package app.haat.centre;

import app.haat.core.ui.Notifications;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** Staff add a topic: a code, its names in English and Bengali, and whether it is one of the e-retail topics. */
class TopicDialog extends CentreFormDialog {

    TopicDialog(CentreSetupService setup) {
        super("training.addTopic");
        TextField code = field("training.topicCode", CentreSetupService.CODE_LENGTH, "topic-code");
        TextField english = field("training.topicEn", CentreSetupService.NAME_LENGTH, "topic-en");
        TextField bengali = field("training.topicBn", CentreSetupService.NAME_LENGTH, "topic-bn");
        Checkbox eretail = new Checkbox(getTranslation("training.topicEretail"));
        footer("action.save", () -> {
                    if (Notifications.attempt(() -> setup.addTopic(
                            code.getValue(), english.getValue(), bengali.getValue(), eretail.getValue()))) {
                        close();
                    }
                })
                .setId("topic-save");
        add(new VerticalLayout(code, english, bengali, eretail));
    }

    private TextField field(String key, int maxLength, String id) {
        TextField field = new TextField(getTranslation(key));
        field.setMaxLength(maxLength);
        field.setId(id);
        return field;
    }
}
