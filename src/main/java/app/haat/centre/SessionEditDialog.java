package app.haat.centre;

import app.haat.centre.TrainingRecords.Session;
import app.haat.centre.TrainingRecords.SessionChange;
import app.haat.centre.TrainingRecords.Topic;
import app.haat.core.ui.FormDialog;
import app.haat.core.ui.Notifications;
import app.haat.core.ui.TypedField;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Staff change a session's title, topic, seats (never below those enrolled: the service refuses with the count) and
 * language, for this session or every later one of its series.
 */
class SessionEditDialog extends FormDialog {

    SessionEditDialog(
            SessionChangeService changes, CentreSetupService setup, Session session, boolean bengali, Runnable done) {
        setHeaderTitle(getTranslation("training.editTitle"));
        setWidth("min(560px, 96vw)");
        TextField title = new TextField(getTranslation("training.sessionTitle"));
        title.setValue(session.title() == null ? "" : session.title());
        title.setMaxLength(SessionChangeService.MAX_TITLE);
        title.setId("edit-title");
        Select<Topic> topic = new Select<>();
        topic.setLabel(getTranslation("training.topic"));
        topic.setItems(setup.topics());
        topic.setItemLabelGenerator(t -> t == null ? "" : t.name(bengali));
        setup.topics().stream()
                .filter(t -> t.id() == session.topicId())
                .findFirst()
                .ifPresent(topic::setValue);
        topic.setId("edit-topic");
        TypedField<Integer> seats = TypedField.wholeNumber(getTranslation("training.capacity"))
                .required()
                .range(1, CentreSetupService.ROOM_SEATS)
                .show(session.capacity());
        seats.setId("edit-capacity");
        Select<String> language = SessionDialogs.language(session.language());
        Checkbox following = SessionDialogs.following(changes, session, "edit-following");
        FormLayout form = new FormLayout(title, topic, seats, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        add(form);
        if (following.isVisible()) {
            add(following);
        }
        save("edit-save", () -> {
            if (!TypedField.valid(seats) || topic.isEmpty()) {
                return;
            }
            SessionChange change = new SessionChange(
                    title.getValue(),
                    topic.getValue().id(),
                    seats.value(),
                    language.getValue(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    following.getValue(),
                    session.version());
            if (Notifications.attempt(() -> changes.change(session.id(), change))) {
                close();
                Notifications.success(getTranslation("training.changed"));
                done.run();
            }
        });
    }
}
