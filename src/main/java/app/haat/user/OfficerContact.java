package app.haat.user;

import org.jspecify.annotations.Nullable;

/** A municipal officer as a letter names them for a group to reach: name, and a mobile number or e-mail or both. */
public record OfficerContact(
        String name, @Nullable String mobile, @Nullable String email) {}
