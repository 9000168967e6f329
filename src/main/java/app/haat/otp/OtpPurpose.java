package app.haat.otp;

/** What a one-time code is for; a code of one purpose is never accepted for another. */
public enum OtpPurpose {
    /** A new group's number, before the group is created: grants a "verified number" ticket for the sign-up. */
    SIGNUP,
    /** Sign in as the group (or one of the groups) holding the number. */
    SIGNIN,
    /** Set a new password for a group's account. */
    RESET,
    /** The signed-in group moves to a new number: the code goes to the new number. */
    CHANGE_NUMBER,
    /** An admin's second factor after the password (not wired yet: needs the account's mobile, see V27). */
    SECOND_FACTOR
}
