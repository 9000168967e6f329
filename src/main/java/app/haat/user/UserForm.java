package app.haat.user;

import app.haat.core.security.Role;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an admin enters for a new or changed account; {@code password} only for new accounts. The mobile number and
 * the channels are optional: a null choice means the default (SMS when there is a mobile, e-mail when an address).
 * {@code secondFactor}: an admin account's sign-in asks for a code by SMS after the password (null: no).
 * {@code centreId}: the centre a staff member belongs to (null: the Salt Lake centre); staff only.
 */
public record UserForm(
        String username,
        String password,
        String displayName,
        String email,
        @Nullable Role role,
        Set<Long> municipalityIds,
        String language,
        @Nullable String mobile,
        @Nullable Boolean bySms,
        @Nullable Boolean byEmail,
        @Nullable Boolean secondFactor,
        @Nullable Long centreId) {

    /** An account with its reach, staff bound to the Salt Lake centre (the default). */
    public UserForm(
            String username,
            String password,
            String displayName,
            String email,
            @Nullable Role role,
            Set<Long> municipalityIds,
            String language,
            @Nullable String mobile,
            @Nullable Boolean bySms,
            @Nullable Boolean byEmail,
            @Nullable Boolean secondFactor) {
        this(
                username,
                password,
                displayName,
                email,
                role,
                municipalityIds,
                language,
                mobile,
                bySms,
                byEmail,
                secondFactor,
                null);
    }

    /** An account without a mobile number, told by e-mail. */
    public UserForm(
            String username,
            String password,
            String displayName,
            String email,
            @Nullable Role role,
            Set<Long> municipalityIds,
            String language) {
        this(username, password, displayName, email, role, municipalityIds, language, null, null, null, null, null);
    }
}
