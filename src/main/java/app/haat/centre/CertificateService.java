package app.haat.centre;

import app.haat.centre.TrainingRecords.Topic;
import app.haat.centre.TrainingRecords.TrainedMember;
import app.haat.core.api.NotFoundException;
import app.haat.core.i18n.Formats;
import app.haat.core.i18n.Translator;
import app.haat.core.security.HaatPrincipal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training certificates: the PDF lists the topics the member attended and carries a random reference (stored with
 * the member, 80 bits, so nobody guesses another's), and a QR code of {@code /certificates/{reference}}, the public
 * page that shows who was certified for what and when.
 */
@Service
public class CertificateService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final CertificateRepository repository;
    private final EnrollmentRepository enrollments;
    private final CentreAccess access;
    private final TrainingCertificate pdf;
    private final Clock clock;
    private final String baseUrl;

    CertificateService(
            CertificateRepository repository,
            EnrollmentRepository enrollments,
            CentreAccess access,
            TrainingCertificate pdf,
            Clock clock,
            @Value("${haat.base-url}") String baseUrl) {
        this.repository = repository;
        this.enrollments = enrollments;
        this.access = access;
        this.pdf = pdf;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** What the public page shows: the member, the group, the topics attended, the day the training was completed. */
    public record PublicCertificate(
            String reference, String member, String group, List<Topic> topics, LocalDate trainedOn) {}

    /**
     * The certificate (PDF) of a member who completed the e-retail topics, for staff or the member's own group, in
     * the language asked for; its reference is made on the first download and kept.
     */
    @Transactional
    public byte[] certificate(long memberId, Locale locale) {
        HaatPrincipal me = access.requireSignedIn();
        TrainedMember member = enrollments
                .trainedMember(memberId)
                .orElseThrow(() -> new NotFoundException("training.error.notTrained"));
        access.requireStaffOrGroup(me, member.groupId(), "training.error.notYourMember");
        boolean bengali = Translator.BENGALI.getLanguage().equals(locale.getLanguage());
        String reference = repository.reference(memberId).orElseGet(() -> {
            repository.insertReference(memberId, newReference(), OffsetDateTime.now(clock));
            return repository.reference(memberId).orElseThrow();
        });
        return pdf.render(
                member.name(),
                member.groupName(),
                repository.attendedTopics(memberId).stream()
                        .map(t -> t.name(bengali))
                        .toList(),
                Formats.date(trainedOn(member), locale),
                reference,
                url(reference),
                locale);
    }

    /** The public record of a certificate, for anyone holding its reference (no sign-in). */
    @Transactional(readOnly = true)
    public Optional<PublicCertificate> find(String reference) {
        if (!reference.matches("[A-Z0-9-]{1,40}")) {
            return Optional.empty();
        }
        return repository
                .memberOf(reference)
                .flatMap(member -> enrollments
                        .trainedMember(member)
                        .map(trained -> new PublicCertificate(
                                reference,
                                trained.name(),
                                trained.groupName(),
                                repository.attendedTopics(member),
                                trainedOn(trained))));
    }

    /** The certificate's public address, the one its QR code opens. */
    public String url(String reference) {
        return baseUrl + "/certificates/" + reference;
    }

    private static LocalDate trainedOn(TrainedMember member) {
        return member.trainedAt().atZoneSameInstant(Formats.INDIA).toLocalDate();
    }

    /** TRN- and 20 hex digits (80 random bits), in capitals so it reads aloud and types alike. */
    static String newReference() {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
        return "TRN-" + HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
