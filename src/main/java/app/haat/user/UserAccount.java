package app.haat.user;

import app.haat.core.security.Role;
import java.time.OffsetDateTime;
import java.util.Set;

/** A user as the admin screens show it (never the password hash). */
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
        int version) {}
