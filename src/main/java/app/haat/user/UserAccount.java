package app.haat.user;

import app.haat.core.security.Role;
import java.time.OffsetDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A user as the admin screens show it (never the password hash), with how the user is told of things and whether its
 * sign-in asks for a code after the password.
 */
public record UserAccount(
        long id,
        String username,
        String displayName,
        String email,
        Role role,
        String language,
        boolean enabled,
        OffsetDateTime lockedUntil,
        Set<Long> municipalityIds,
        int version,
        @Nullable String mobile,
        boolean bySms,
        boolean byEmail,
        boolean secondFactor,
        @Nullable Long centreId) {}
