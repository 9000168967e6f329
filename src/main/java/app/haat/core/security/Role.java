package app.haat.core.security;

/** What a signed-in user may do. Spring authorities carry these as ROLE_&lt;name&gt;. */
public enum Role {
    STATE_ADMIN,
    MUNICIPAL_OFFICER,
    CENTRE_STAFF,
    SHG;

    public static final String ADMIN = "STATE_ADMIN";
    public static final String OFFICER = "MUNICIPAL_OFFICER";
    public static final String STAFF = "CENTRE_STAFF";
    public static final String GROUP = "SHG";

    public String authority() {
        return "ROLE_" + name();
    }
}
