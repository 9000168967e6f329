package app.haat.centre;

import app.haat.centre.TrainingRecords.Enrollment;
import app.haat.centre.TrainingRecords.GroupContact;
import app.haat.centre.TrainingRecords.Session;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.mail.MailOutbox;
import app.haat.mail.MessageType;
import app.haat.user.UserService;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The centre's messages to a group about a session (an enrollment, a seat freed, the day-before reminder), in the
 * group account's language, with the session as a calendar event; and the event itself, which the feeds use too.
 */
@Component
class TrainingMessages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final EnrollmentRepository repository;
    private final UserService users;
    private final MailOutbox mail;

    TrainingMessages(EnrollmentRepository repository, UserService users, MailOutbox mail) {
        this.repository = repository;
        this.users = users;
        this.mail = mail;
    }

    /** Queues the message to the group about its members in the session, by each of its channels. */
    boolean tell(MessageType type, long groupId, String memberName, Session session) {
        return tell(type, groupId, memberName, session, Map.of());
    }

    /**
     * Tells every group with members enrolled in the session or waiting for it (one message per group, naming its
     * members), with {@code extra} values for the message (a cancellation's reason); answers how many were queued.
     */
    int tellEveryone(MessageType type, Session session, Map<String, Object> extra) {
        Map<Long, List<String>> byGroup = new LinkedHashMap<>();
        for (Enrollment e : repository.enrollments(session.id())) {
            if (e.status() != EnrollmentStatus.CANCELLED) {
                byGroup.computeIfAbsent(e.groupId(), g -> new ArrayList<>()).add(e.memberName());
            }
        }
        int queued = 0;
        for (var group : byGroup.entrySet()) {
            if (tell(type, group.getKey(), String.join(", ", group.getValue()), session, extra)) {
                queued++;
            }
        }
        return queued;
    }

    private boolean tell(
            MessageType type, long groupId, String memberName, Session session, Map<String, Object> extra) {
        Optional<GroupContact> contact = repository.groupContact(groupId);
        if (contact.isEmpty()) {
            return false;
        }
        String language = users.languageOfGroupAccount(groupId).orElse("bn");
        boolean bn = "bn".equals(language);
        Map<String, Object> model = new HashMap<>();
        model.put("name", contact.get().leaderName());
        model.put("groupName", contact.get().groupName());
        model.put("memberName", memberName);
        model.put("topic", session.heading(bn));
        model.put(
                "date",
                Formats.date(
                        session.startsAt().atZoneSameInstant(Formats.INDIA).toLocalDate(),
                        Translator.forLanguage(language)));
        model.put(
                "time",
                Formats.digits(
                        TIME.format(session.startsAt().atZoneSameInstant(Formats.INDIA)),
                        Translator.forLanguage(language)));
        model.put("place", session.place(bn));
        model.putAll(event(session, bn, "training-" + session.id() + "-" + groupId + "@haat"));
        model.putAll(extra);
        return !mail.toGroup(type, groupId, model).isEmpty();
    }

    /** A session as a calendar event (the keys {@code CalendarAttachment} reads). */
    static Map<String, Object> event(Session session, boolean bengali, String uid) {
        Map<String, Object> event = new HashMap<>();
        event.put("eventUid", uid);
        event.put(
                "eventStart",
                session.startsAt()
                        .atZoneSameInstant(Formats.INDIA)
                        .toLocalDateTime()
                        .toString());
        event.put(
                "eventEnd",
                session.endsAt()
                        .atZoneSameInstant(Formats.INDIA)
                        .toLocalDateTime()
                        .toString());
        event.put("eventSummary", session.heading(bengali) + " (" + session.trainerName() + ")");
        event.put("eventLocation", session.place(bengali));
        event.put("eventSequence", session.calendarSequence());
        event.put("eventCancelled", session.cancelled());
        return event;
    }
}
