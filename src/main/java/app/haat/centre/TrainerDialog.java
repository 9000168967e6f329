package app.haat.centre;

import app.haat.core.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** Staff add a trainer: the name, the topics taught and the languages spoken. */
class TrainerDialog extends CentreFormDialog {

    TrainerDialog(CentreSetupService setup) {
        super("training.addTrainer");
        TextField name = new TextField(getTranslation("training.trainerName"));
        name.setMaxLength(CentreSetupService.NAME_LENGTH);
        TextField topics = new TextField(getTranslation("training.trainerTopics"));
        TextField languages = new TextField(getTranslation("training.trainerLanguages"), "bn, en", "");
        footer("action.save", () -> {
            if (Notifications.attempt(
                    () -> setup.addTrainer(name.getValue(), topics.getValue(), languages.getValue()))) {
                close();
                UI.getCurrent().refreshCurrentRoute(false);
            }
        });
        add(new VerticalLayout(name, topics, languages));
    }
}
