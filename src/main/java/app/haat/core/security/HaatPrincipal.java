package app.haat.core.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security holds it. Scope (municipalities) is read fresh from the database;
 * {@code sessionVersion} is the account's sign-in generation when this principal was loaded, which every request
 * compares with the database's (see {@link SessionVersionFilter}). {@code secondFactor}: an admin account whose
 * password is not enough; a code by SMS must follow (see {@link SecondFactorGate}).
 */
public record HaatPrincipal(
        long userId,
        String username,
        String passwordHash,
        Role role,
        boolean enabled,
        boolean locked,
        int sessionVersion,
        boolean secondFactor)
        implements UserDetails, Serializable {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Keeps the password hash out of logs and of the serialized session. */
    @Override
    public String toString() {
        return "HaatPrincipal[" + username + ", " + role + "]";
    }
}
