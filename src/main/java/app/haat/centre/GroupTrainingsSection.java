package app.haat.centre;

import app.haat.centre.GroupTrainingService.GroupSession;
import app.haat.centre.GroupTrainingService.GroupTrainings;
import app.haat.centre.TrainingRecords.Enrollment;
import app.haat.centre.TrainingRecords.Session;
import app.haat.core.i18n.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.Collectors;

/** A group's trainings: its members' sessions to come (who, and who waits), then the sessions it may join. */
class GroupTrainingsSection extends Div {

    GroupTrainingsSection(GroupTrainings trainings, boolean bengali) {
        setId("group-trainings");
        setWidthFull();
        add(new H3(getTranslation("training.group.enrolled")));
        Div enrolled = new Div();
        enrolled.setId("group-trainings-enrolled");
        if (trainings.enrolled().isEmpty()) {
            enrolled.add(empty("training.group.noneEnrolled"));
        }
        for (GroupSession own : trainings.enrolled()) {
            SessionCard card = new SessionCard(own.session(), bengali, true);
            Div who = new Div(own.members().stream()
                    .map(e -> e.memberName() + waiting(e, bengali))
                    .collect(Collectors.joining(", ")));
            who.addClassName("haat-hint");
            card.add(who);
            enrolled.add(card);
        }
        add(enrolled, new H3(getTranslation("training.group.joinable")));
        Div joinable = new Div();
        joinable.setId("group-trainings-joinable");
        if (trainings.joinable().isEmpty()) {
            joinable.add(empty(trainings.verified() ? "training.group.noneJoinable" : "training.error.unverified"));
        }
        for (Session session : trainings.joinable()) {
            joinable.add(new SessionCard(session, bengali, true));
        }
        add(joinable);
    }

    private String waiting(Enrollment enrollment, boolean bengali) {
        return enrollment.status() == EnrollmentStatus.WAITLISTED
                ? " ("
                        + getTranslation(
                                "training.waitlistPosition",
                                SessionCard.digits(Formats.number(enrollment.waitlistPosition()), bengali))
                        + ")"
                : "";
    }

    private Paragraph empty(String key) {
        Paragraph none = new Paragraph(getTranslation(key));
        none.addClassName("haat-empty");
        return none;
    }
}
