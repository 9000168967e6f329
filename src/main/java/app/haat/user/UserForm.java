package app.haat.user;

import app.haat.core.security.Role;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an admin enters for a new or changed account; {@code password} only for new accounts. */
public record UserForm(
        String username,
        String password,
        String displayName,
        String email,
        @Nullable Role role,
        Set<Long> municipalityIds,
        String language) {}
