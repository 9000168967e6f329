package app.haat.allocation;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.exhibition.ApplicationStatus;
import app.haat.exhibition.Exhibition;
import app.haat.exhibition.StallCalendar;
import app.haat.mail.MailOutbox;
import app.haat.mail.MessageType;
import app.haat.user.UserService;
import app.haat.venue.MapLocation;
import app.haat.venue.Venue;
import app.haat.venue.VenueService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Tells a group its outcome in its language: the assignment with its .ics and PDF letter, or its waitlist position
 * or rejection. Used when publishing and again after a hand change to a published allocation.
 */
@Component
class AllocationMessages {

    private final UserService users;
    private final MailOutbox mail;
    private final Translator translator;
    private final Clock clock;

    AllocationMessages(UserService users, MailOutbox mail, Translator translator, Clock clock) {
        this.users = users;
        this.mail = mail;
        this.translator = translator;
        this.clock = clock;
    }

    /** Queues the group's message by each of its channels; answers whether any channel could take it. */
    boolean send(Exhibition exhibition, VenueService.PublicVenue venue, AllocationRepository.Outcome outcome) {
        return send(MessageType.ASSIGNMENT, exhibition, venue, outcome);
    }

    /** As {@link #send}; an assignment goes as {@code assignmentType} (ASSIGNMENT, or WAITLIST_PROMOTION). */
    boolean send(
            MessageType assignmentType,
            Exhibition exhibition,
            VenueService.PublicVenue venue,
            AllocationRepository.Outcome outcome) {
        String language = users.languageOfGroupAccount(outcome.groupId()).orElse("bn");
        if (outcome.status() == ApplicationStatus.ASSIGNED && outcome.assignmentId() != null) {
            return !mail.toGroup(assignmentType, outcome.groupId(), letterModel(exhibition, venue, outcome, language))
                    .isEmpty();
        } else {
            Map<String, Object> model = greeting(exhibition, outcome, "bn".equals(language));
            model.put("status", outcome.status().name());
            model.put(
                    "position",
                    outcome.position() == null
                            ? ""
                            : Formats.number(outcome.position(), Translator.forLanguage(language)));
            // an officer's rejection carries its reason; a run's ineligibility its explanation, in the group's words
            String reason = outcome.reason() != null
                    ? outcome.reason()
                    : outcome.status() == ApplicationStatus.INELIGIBLE && outcome.explanationCode() != null
                            ? translator.getTranslation(
                                    "explanation." + outcome.explanationCode(), Translator.forLanguage(language))
                            : "";
            model.put("reason", reason);
            model.put("outcome", outcomeInWords(outcome, reason, Translator.forLanguage(language)));
            return !mail.toGroup(MessageType.APPLICATION_STATUS, outcome.groupId(), model)
                    .isEmpty();
        }
    }

    /** The outcome in a few words for the SMS: "waitlist position 3", "not selected: <reason>". */
    private String outcomeInWords(AllocationRepository.Outcome outcome, String reason, Locale locale) {
        String words = outcome.status() == ApplicationStatus.WAITLISTED && outcome.position() != null
                ? translator.getTranslation("allocation.sms.waitlisted", locale, outcome.position())
                : translator.getTranslation(
                        "allocation.sms." + outcome.status().name().toLowerCase(), locale);
        return reason.isBlank() ? words : words + ": " + reason;
    }

    /** What the assignment message and its letter say: venue, kiosk, floor plan snippet, dates and reference. */
    Map<String, Object> letterModel(
            Exhibition exhibition,
            VenueService.PublicVenue place,
            AllocationRepository.Outcome outcome,
            String language) {
        Locale locale = Translator.forLanguage(language);
        Venue venue = place.venue();
        boolean bengali = "bn".equals(language);
        Map<String, Object> model = greeting(exhibition, outcome, bengali);
        model.put("venue", venue.name(bengali));
        model.put("address", StallCalendar.place(venue, bengali));
        String location = MapLocation.coordinates(venue);
        model.put("location", bengali ? Formats.bengaliDigits(location) : location);
        model.put("kiosk", outcome.kioskCode());
        model.put("floor", translator.getTranslation(Venue.floorKey(outcome.floor()), locale, outcome.floor()));
        model.put("dateFrom", Formats.date(outcome.from(), locale));
        model.put("dateTo", Formats.date(outcome.to(), locale));
        // a reference is copied into forms and quoted on the phone: it keeps its Latin digits, like a code
        model.put("reference", "HAAT/" + outcome.from().getYear() + "/" + outcome.assignmentId());
        model.put("issuedOn", Formats.date(LocalDate.now(clock.withZone(Formats.INDIA)), locale));
        model.put("municipality", venue.municipality("bn".equals(language)));
        model.put("contacts", contacts(venue, locale));
        model.put("whatToBring", translator.getTranslation("allocation.mail.whatToBring", locale));
        model.put("mapLink", venue.mapLink());
        model.put(
                "floorPlan",
                place.kiosks().stream()
                        .filter(k -> k.floor() == outcome.floor())
                        .map(k -> Map.<String, Object>of(
                                "code", k.code(), "x", k.x() * 4, "y", k.y() * 3, "w", 3, "h", 2))
                        .toList());
        // a calendar replaces an entry of the same UID only when its sequence is higher: each change of the dates
        // raises the exhibition's version
        model.putAll(StallCalendar.entry(
                Objects.requireNonNull(outcome.assignmentId()),
                outcome.kioskCode(),
                venue,
                bengali,
                outcome.from(),
                outcome.to(),
                exhibition.version(),
                false));
        return model;
    }

    /** Whom to call: the venue's municipal officers with their numbers, or the municipality's office. */
    private List<String> contacts(Venue venue, Locale locale) {
        List<String> lines = users.officerContacts(venue.municipalityId()).stream()
                .limit(2)
                .map(c -> Stream.of(c.name(), c.mobile() == null ? null : Formats.digits(c.mobile(), locale), c.email())
                        .filter(part -> part != null && !part.isBlank())
                        .collect(Collectors.joining(" · ")))
                .toList();
        return lines.isEmpty()
                ? List.of(translator.getTranslation(
                        "letter.office", locale, venue.municipality(Translator.BENGALI.equals(locale))))
                : lines;
    }

    /** The greeting's names, the exhibition's title in the group's language. */
    private static Map<String, Object> greeting(
            Exhibition exhibition, AllocationRepository.Outcome outcome, boolean bengali) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", outcome.leader());
        model.put("groupName", outcome.groupName());
        model.put("exhibition", exhibition.title(bengali));
        return model;
    }
}
