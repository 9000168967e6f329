package app.haat.core.security;

/** Whether a signed-in principal still stands for its account as it is now (implemented by the user feature). */
public interface AccountVersions {

    /** True if the account exists, is enabled and has the principal's session version: one read of one row by id. */
    boolean isCurrent(HaatPrincipal principal);
}
