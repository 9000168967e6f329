package app.haat.exhibition;

import app.haat.core.i18n.Formats;
import app.haat.core.i18n.LocalizedName;
import app.haat.core.i18n.Translator;
import app.haat.mail.GroupContact;
import app.haat.mail.MailOutbox;
import app.haat.mail.MessageType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What groups hear of an exhibition's applications, each in the caller's transaction: the opening, told to every
 * group the exhibition is for (verified, in its catchment, of its categories) that has not turned announcements off;
 * the day before closing, the same groups that have not applied; and a group's own application, received.
 */
@Component
class Announcements {

    private final ApplicationRepository applications;
    private final MailOutbox mail;
    private final String baseUrl;

    Announcements(ApplicationRepository applications, MailOutbox mail, @Value("${haat.base-url}") String baseUrl) {
        this.applications = applications;
        this.mail = mail;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The exhibition opened for applications; answers the messages queued (one per group and channel). */
    int opened(Exhibition exhibition) {
        return announce(exhibition, MessageType.APPLICATIONS_OPEN, false);
    }

    /** The groups an open exhibition is announced to under its terms now. */
    List<Long> audience(long exhibitionId) {
        return applications.announcedTo(exhibitionId, false);
    }

    /**
     * An open exhibition's terms changed: the groups they now cover that the old terms did not ({@code before}) and
     * that have not applied hear of it as of an opening. Answers the messages queued.
     */
    int widened(Exhibition exhibition, Collection<Long> before) {
        Set<Long> told = Set.copyOf(before);
        List<Long> newcomers = applications.announcedTo(exhibition.id(), true).stream()
                .filter(group -> !told.contains(group))
                .toList();
        LocalDate closesOn = closesOn(exhibition);
        return mail.toGroups(
                MessageType.APPLICATIONS_OPEN,
                newcomers,
                true,
                contact -> model(exhibition.id(), exhibition.localizedTitle(), closesOn, contact));
    }

    /** Applications close tomorrow: the groups told of the opening that have not applied. */
    int closing(Exhibition exhibition) {
        return announce(exhibition, MessageType.APPLICATIONS_CLOSING, true);
    }

    /** An announcement to the groups the exhibition is for (those that turned announcements off are left out). */
    private int announce(Exhibition exhibition, MessageType type, boolean notAppliedOnly) {
        LocalDate closesOn = closesOn(exhibition);
        return mail.toGroups(
                type,
                applications.announcedTo(exhibition.id(), notAppliedOnly),
                true,
                contact -> model(exhibition.id(), exhibition.localizedTitle(), closesOn, contact));
    }

    /** The group's application was received (entered by the group or, from a paper form, by its officer). */
    void received(long exhibitionId, LocalizedName title, LocalDate closesOn, long groupId) {
        mail.toGroup(
                MessageType.APPLICATION_RECEIVED, groupId, contact -> model(exhibitionId, title, closesOn, contact));
    }

    /** The last day of applications, as the group's pages show it. */
    static LocalDate closesOn(Exhibition exhibition) {
        return exhibition.applicationsCloseAt().atZoneSameInstant(Formats.INDIA).toLocalDate();
    }

    private Map<String, Object> model(
            long exhibitionId, LocalizedName title, LocalDate closesOn, GroupContact contact) {
        Locale reader = Translator.forLanguage(contact.language());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("exhibitionId", exhibitionId);
        model.put("name", contact.leaderName());
        model.put("groupName", contact.groupName());
        model.put("exhibition", title.in(reader));
        model.put("closesOn", Formats.date(closesOn, reader));
        model.put("link", baseUrl + "/my-stalls");
        return model;
    }
}
