package app.haat.otp;

import app.haat.core.api.ValidationException;
import app.haat.core.i18n.Formats;
import app.haat.core.security.SignedTickets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The store of one-time codes, whatever they are for: issuing within the limits, checking with its tries, using once.
 * <p>
 * A code is 6 Latin digits from {@link SecureRandom}, stored as an HMAC ({@link SignedTickets#hash}) bound to its
 * number and purpose, valid {@code haat.otp.code-lifetime} (10 minutes), dead after {@code haat.otp.max-tries} (5)
 * wrong tries; a number gets a new code for a purpose only {@code haat.otp.resend-after} (60 s) after the last, at
 * most {@code haat.otp.per-number-per-day} (5) in 24 hours, and one client address asks for at most
 * {@code haat.otp.per-address-per-hour} in an hour. A code that is not to be sent is stored all the same (with a hash
 * no code matches), so its checks fail like a wrong code and the limits count alike. These limits are the code
 * path's own: wrong codes never touch the password lock-out.
 */
@Component
class OneTimeCodes {

    private static final Logger log = LoggerFactory.getLogger(OneTimeCodes.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The limits (application.properties, {@code haat.otp.*}). */
    record Settings(
            Duration codeLifetime,
            int maxTries,
            Duration resendAfter,
            int perNumberPerDay,
            int perAddressPerHour,
            Duration ticketLifetime) {}

    /** A code issued to be sent, and when it expires (the SMS expires with it). */
    record Issued(String code, OffsetDateTime expiresAt) {}

    private final OtpRepository repository;
    private final SignedTickets tickets;
    private final Clock clock;
    private final Settings settings;

    OneTimeCodes(
            OtpRepository repository,
            SignedTickets tickets,
            Clock clock,
            @Value("${haat.otp.code-lifetime:PT10M}") Duration codeLifetime,
            @Value("${haat.otp.max-tries:5}") int maxTries,
            @Value("${haat.otp.resend-after:PT60S}") Duration resendAfter,
            @Value("${haat.otp.per-number-per-day:5}") int perNumberPerDay,
            @Value("${haat.otp.per-address-per-hour:30}") int perAddressPerHour,
            @Value("${haat.otp.ticket-lifetime:PT30M}") Duration ticketLifetime) {
        this.repository = repository;
        this.tickets = tickets;
        this.clock = clock;
        this.settings =
                new Settings(codeLifetime, maxTries, resendAfter, perNumberPerDay, perAddressPerHour, ticketLifetime);
    }

    Settings settings() {
        return settings;
    }

    /** Whether a new code may be issued for this number and purpose now, from this address (no limit reached). */
    boolean mayIssue(String mobile, OtpPurpose purpose, String clientAddress) {
        OffsetDateTime now = now();
        String address = address(clientAddress);
        if (repository.countForAddressSince(address, now.minusHours(1)) >= settings.perAddressPerHour()) {
            log.info("One-time code refused: {} asked for {} codes in an hour", address, settings.perAddressPerHour());
            return false;
        }
        if (repository.countForNumberSince(mobile, now.minusDays(1)) >= settings.perNumberPerDay()) {
            return false;
        }
        Optional<OtpRepository.StoredCode> last = repository.latest(mobile, purpose);
        return last.isEmpty()
                || !last.get()
                        .expiresAt()
                        .minus(settings.codeLifetime())
                        .plus(settings.resendAfter())
                        .isAfter(now);
    }

    /**
     * Stores a new code (call {@link #mayIssue} first). {@code deliver}: the code will be sent, and is answered;
     * otherwise a code that nobody can type is stored, and nothing is answered.
     */
    Optional<Issued> store(
            String mobile, OtpPurpose purpose, String clientAddress, @Nullable Long userId, boolean deliver) {
        OffsetDateTime now = now();
        String code = newCode();
        OffsetDateTime expiresAt = now.plus(settings.codeLifetime());
        repository.insert(
                mobile,
                purpose,
                tickets.hash(hashInput(mobile, purpose, deliver ? code : newCode() + "x")),
                now,
                expiresAt,
                address(clientAddress),
                userId);
        return deliver ? Optional.of(new Issued(code, expiresAt)) : Optional.empty();
    }

    /**
     * The newest code of the number and purpose, if the code given is it: one try is counted before comparing.
     * Refusals: {@code otp.error.noCode} (none asked for), {@code otp.error.used}, {@code otp.error.expired},
     * {@code otp.error.tooManyTries} (the fifth wrong try killed it), {@code otp.error.wrongCode}. Bengali digits are
     * read as Latin ones; spaces are ignored.
     */
    OtpRepository.StoredCode check(String mobile, OtpPurpose purpose, @Nullable String code) {
        OffsetDateTime now = now();
        OtpRepository.StoredCode stored =
                repository.latest(mobile, purpose).orElseThrow(() -> new ValidationException("otp.error.noCode"));
        if (stored.usedAt() != null) {
            throw new ValidationException("otp.error.used");
        }
        if (!stored.expiresAt().isAfter(now)) {
            throw new ValidationException("otp.error.expired");
        }
        if (stored.tries() >= settings.maxTries() || !repository.claimTry(stored.id(), settings.maxTries(), now)) {
            throw new ValidationException("otp.error.tooManyTries");
        }
        String typed = latinDigits(code);
        if (!typed.matches("[0-9]{6}") || !tickets.matches(hashInput(mobile, purpose, typed), stored.codeHash())) {
            if (stored.tries() + 1 >= settings.maxTries()) {
                throw new ValidationException("otp.error.tooManyTries"); // that was the last try
            }
            throw new ValidationException("otp.error.wrongCode");
        }
        return stored;
    }

    /** The right code did not count as a try (the person must pick a group first). */
    void giveBackTry(OtpRepository.StoredCode stored) {
        repository.giveBackTry(stored.id());
    }

    /** Uses the code; a code used meanwhile (two tabs at once) is refused. */
    void use(OtpRepository.StoredCode stored) {
        if (!repository.markUsed(stored.id(), now())) {
            throw new ValidationException("otp.error.used");
        }
    }

    /** What is hashed: the code bound to its number and purpose. */
    private static String hashInput(String mobile, OtpPurpose purpose, String code) {
        return purpose + ":" + mobile + ":" + code;
    }

    /** 6 digits, Latin (phones read them from the SMS), leading zeros kept. */
    static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    /** Bengali digits (০-৯) as Latin ones, without spaces; null as empty. */
    static String latinDigits(@Nullable String code) {
        return code == null ? "" : Formats.latinDigits(code).replaceAll("\\s", "");
    }

    private static String address(@Nullable String clientAddress) {
        if (clientAddress == null || clientAddress.isBlank()) {
            return "unknown";
        }
        String stripped = clientAddress.strip();
        return stripped.length() > 64 ? stripped.substring(0, 64) : stripped;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
