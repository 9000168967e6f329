package app.haat.user;

import app.haat.core.security.Role;
import java.time.OffsetDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A user as the admin screens show it (never the password hash), with how the user is told of things. */
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
        boolean byEmail) {}
