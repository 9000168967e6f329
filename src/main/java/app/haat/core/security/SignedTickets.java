package app.haat.core.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * HMAC-SHA-256 with the server's secret ({@code haat.otp.secret}; when blank, a random key per process, so tickets
 * and codes do not survive a restart and are not shared between processes). Two uses: the hash of a one-time code
 * (what the database keeps instead of the code), and short-lived signed tickets ({@code kind.subject.expiry.mac},
 * URL-safe) that prove a step done earlier, e.g. that a mobile number was verified with a code.
 */
@Component
public class SignedTickets {

    /** The kind of ticket that proves a mobile number was verified with a one-time code (its subject: the number). */
    public static final String VERIFIED_MOBILE = "mobile";

    private static final Logger log = LoggerFactory.getLogger(SignedTickets.class);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Clock clock;

    public SignedTickets(@Value("${haat.otp.secret:}") String secret, Clock clock) {
        byte[] bytes;
        if (secret.isBlank()) {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            log.info("haat.otp.secret is not set: codes and tickets are signed with a key of this process only");
        } else {
            bytes = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
        this.clock = clock;
    }

    /** The HMAC of a text, hex (64 characters): the stored form of a one-time code. */
    public String hash(String text) {
        return HexFormat.of().formatHex(mac(text));
    }

    /** Compares in constant time. */
    public boolean matches(String text, String storedHash) {
        return MessageDigest.isEqual(
                hash(text).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** A ticket of this kind for this subject (no dots in either), valid for the given time. */
    public String issue(String kind, String subject, Duration lifetime) {
        long expiry = Instant.now(clock).plus(lifetime).getEpochSecond();
        String body = kind + "." + B64.encodeToString(subject.getBytes(StandardCharsets.UTF_8)) + "." + expiry;
        return body + "." + B64.encodeToString(mac(body));
    }

    /** The subject of a valid, unexpired ticket of this kind; empty for anything else. */
    public Optional<String> subject(String kind, @Nullable String ticket) {
        if (ticket == null || ticket.length() > 500) {
            return Optional.empty();
        }
        String[] parts = ticket.strip().split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals(kind)) {
            return Optional.empty();
        }
        String body = parts[0] + "." + parts[1] + "." + parts[2];
        try {
            if (!MessageDigest.isEqual(mac(body), B64D.decode(parts[3]))
                    || Long.parseLong(parts[2]) <= Instant.now(clock).getEpochSecond()) {
                return Optional.empty();
            }
            return Optional.of(new String(B64D.decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
