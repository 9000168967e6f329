package app.haat.exhibition;

import app.haat.core.data.Sha256;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.mail.MailOutbox;
import app.haat.mail.MessageType;
import app.haat.user.UserService;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Applications are closed": every applicant is told, in the closing's transaction, with the fingerprint of the
 * lottery's seed and the address of the draw's public record, so that the commitment is in their hands before any draw.
 */
@Component
class ClosingNotice {

    private final ApplicationRepository applications;
    private final UserService users;
    private final MailOutbox mail;
    private final String baseUrl;

    ClosingNotice(
            ApplicationRepository applications,
            UserService users,
            MailOutbox mail,
            @Value("${haat.base-url}") String baseUrl) {
        this.applications = applications;
        this.users = users;
        this.mail = mail;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void tell(Exhibition exhibition, long seed) {
        String fingerprint = Sha256.hex(Long.toString(seed));
        for (ApplicationRepository.Contact contact : applications.contacts(exhibition.id())) {
            String language = users.languageOfGroupAccount(contact.groupId()).orElse("bn");
            mail.toGroup(
                    MessageType.APPLICATIONS_CLOSED,
                    contact.groupId(),
                    recipient -> Map.of(
                            "exhibitionId",
                            exhibition.id(),
                            "seedShort",
                            fingerprint.substring(0, 16),
                            "name",
                            contact.leader(),
                            "groupName",
                            contact.groupName(),
                            "exhibition",
                            exhibition.localizedTitle().in(Translator.forLanguage(recipient.language())),
                            "seedSha256",
                            fingerprint,
                            "link",
                            baseUrl + "/catalogue/draw/" + exhibition.id() + "?lang=" + language));
        }
        tellOfficers(exhibition);
    }

    /** Each officer of the applicants' municipalities hears how many of their applications wait for review. */
    private void tellOfficers(Exhibition exhibition) {
        Map<Long, Integer> waiting = applications.awaitingReviewByMunicipality(exhibition.id());
        if (waiting.isEmpty()) {
            return;
        }
        Map<Long, Integer> perOfficer = new HashMap<>();
        users.officersOf(waiting.keySet())
                .forEach((officer, municipalities) -> perOfficer.put(
                        officer,
                        municipalities.stream()
                                .mapToInt(m -> waiting.getOrDefault(m, 0))
                                .sum()));
        perOfficer.values().removeIf(count -> count == 0);
        mail.toUsers(MessageType.REVIEW_WAITING, perOfficer.keySet(), officer -> {
            int count = perOfficer.getOrDefault(officer.userId(), 0);
            return Map.of(
                    "name",
                    officer.displayName(),
                    "exhibitionId",
                    exhibition.id(),
                    "exhibition",
                    exhibition.localizedTitle().in(Translator.forLanguage(officer.language())),
                    "count",
                    Formats.number(count, Translator.forLanguage(officer.language())),
                    "link",
                    baseUrl + "/exhibition/" + exhibition.id());
        });
    }
}
