package app.haat.mail;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which SMS may go now: only types and languages with a DLT template id, and in quiet hours only the urgent ones. */
final class SmsSendingRules {

    private final SmsTemplates templates;
    private final QuietHours quietHours;

    SmsSendingRules(SmsTemplates templates, QuietHours quietHours) {
        this.templates = templates;
        this.quietHours = quietHours;
    }

    /** Types and languages that have a template id: the only SMS that may go. */
    Map<MessageType, Set<String>> sendable() {
        Map<MessageType, Set<String>> sendable = new EnumMap<>(MessageType.class);
        Set<String> heldPairs = new HashSet<>();
        for (var template : templates.withoutId()) {
            heldPairs.add(template.type() + "/" + template.language());
        }
        for (MessageType type : MessageType.values()) {
            for (String language : List.of("en", "bn")) {
                if (type.goesBySms() && !heldPairs.contains(type + "/" + language)) {
                    sendable.computeIfAbsent(type, t -> new HashSet<>()).add(language);
                }
            }
        }
        return sendable;
    }

    /** In quiet hours (India time), the types that wait for the morning. */
    Set<MessageType> waiting(OffsetDateTime now) {
        if (!quietHours.isQuiet(now)) {
            return Set.of();
        }
        Set<MessageType> waiting = EnumSet.noneOf(MessageType.class);
        for (MessageType type : MessageType.values()) {
            if (type.waitsOutQuietHours()) {
                waiting.add(type);
            }
        }
        return waiting;
    }
}
