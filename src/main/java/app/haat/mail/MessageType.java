package app.haat.mail;

/**
 * Every kind of message Haat sends. Each has one template per language ({@code templates/mail/<type>_<lang>.html},
 * subject in its title) and sample data for the admins' preview.
 */
public enum MessageType {
    SIGNUP_VERIFICATION(false),
    GROUP_VERIFIED(false),
    GROUP_REJECTED(false),
    APPLICATION_STATUS(false),
    ASSIGNMENT(true),
    WAITLIST_PROMOTION(false),
    TRAINING_ENROLLMENT(false),
    REMINDER(false),
    PASSWORD_RESET(false),
    /** Someone tried to sign up a new group with a number already registered: its group is told, the visitor not. */
    SIGNUP_NUMBER_IN_USE(false),
    /** Applications are closed: the fingerprint of the lottery's seed and where to check the draw. */
    APPLICATIONS_CLOSED(false);

    private final boolean allotmentLetter;

    MessageType(boolean allotmentLetter) {
        this.allotmentLetter = allotmentLetter;
    }

    /** Whether the message carries the PDF allotment letter. */
    public boolean hasAllotmentLetter() {
        return allotmentLetter;
    }

    public String template(String language) {
        return "mail/" + name().toLowerCase() + "_" + language;
    }
}
