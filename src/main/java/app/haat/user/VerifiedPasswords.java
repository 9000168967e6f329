package app.haat.user;

import app.haat.core.security.HaatPrincipal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Remembers for a few minutes that a password matched, so API clients that send HTTP Basic with every request do
 * not pay a bcrypt check (~70 ms of CPU) each time. Only a salted SHA-256 of the password is kept, with the bcrypt
 * hash it was checked against and the account's session version. A recalled entry still loads the account: if it
 * was disabled, locked, given a new password, role or municipalities since (each raises the session version), the
 * entry is dropped and the full check runs. Entries live in this process only; the account row they are compared
 * with is shared, so a change made through another portal process is seen too.
 */
final class VerifiedPasswords {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 20_000;

    private record Entry(String digest, String passwordHash, int sessionVersion, long expiresAtNanos) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final byte[] salt = new byte[32];

    VerifiedPasswords() {
        new SecureRandom().nextBytes(salt);
    }

    void remember(String username, String password, HaatPrincipal principal) {
        if (entries.size() >= MAX_ENTRIES) {
            long now = System.nanoTime();
            entries.values().removeIf(e -> e.expiresAtNanos() - now < 0);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(
                username,
                new Entry(
                        digest(username, password),
                        principal.getPassword(),
                        principal.sessionVersion(),
                        System.nanoTime() + TIME_TO_LIVE.toNanos()));
    }

    /** The authentication, if this password matched recently and the account is unchanged and usable; else null. */
    @Nullable
    Authentication recall(String username, String password, SignInService accounts) {
        Entry entry = entries.get(username);
        if (entry == null
                || entry.expiresAtNanos() - System.nanoTime() < 0
                || !MessageDigest.isEqual(
                        entry.digest().getBytes(StandardCharsets.US_ASCII),
                        digest(username, password).getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        HaatPrincipal current;
        try {
            current = accounts.loadUserByUsername(username);
        } catch (RuntimeException e) {
            entries.remove(username);
            return null;
        }
        if (!current.isEnabled()
                || !current.isAccountNonLocked()
                || !entry.passwordHash().equals(current.getPassword())
                || entry.sessionVersion() != current.sessionVersion()) {
            entries.remove(username);
            return null;
        }
        return UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities());
    }

    private String digest(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
