package app.haat.mail;

/**
 * Every kind of message Haat sends. Each has one e-mail template per language
 * ({@code templates/mail/<type>_<lang>.html}, subject in its title), sample data for the admins' preview and, where
 * it goes by SMS, an SMS text per language ({@link SmsTemplates}).
 */
public enum MessageType {
    /** Confirms an e-mail address by a link in that mail: by nature e-mail only. */
    SIGNUP_VERIFICATION(false, false, false),
    GROUP_VERIFIED(false, true, false),
    GROUP_REJECTED(false, true, false),
    APPLICATION_STATUS(false, true, false),
    ASSIGNMENT(true, true, false),
    WAITLIST_PROMOTION(true, true, false),
    /** A seat came free: the first eligible waitlisted group is asked to accept it before a deadline. */
    WAITLIST_OFFER(false, true, false),
    /** A few days before its first day, an assigned group is asked to confirm it will come (if its exhibition asks). */
    ATTENDANCE_CONFIRM(false, true, true),
    /** The exhibition was cancelled, with the officer's reason: to every group still in play. */
    EXHIBITION_CANCELLED(false, true, false),
    /** The exhibition's dates moved: the assigned group's new letter and calendar entry (same UID, higher sequence). */
    EXHIBITION_POSTPONED(true, true, false),
    /** Days of a slot are lost while the exhibition is on (a strike, a flood): to the groups holding a seat in it. */
    SLOT_CLOSED(false, true, false),
    TRAINING_ENROLLMENT(false, true, false),
    REMINDER(false, true, true),
    /** A session the group's members are enrolled in or waiting for was changed: its new time, place or topic. */
    TRAINING_CHANGED(false, true, false),
    /** A session the group's members are enrolled in or waiting for was cancelled, with the reason. */
    TRAINING_CANCELLED(false, true, false),
    /** An officer's or staff member's reset link (long and secret, for their e-mail); groups use a code by SMS. */
    PASSWORD_RESET(false, false, false),
    /** Someone tried to sign up a new group with a number already registered: its group is told, the visitor not. */
    SIGNUP_NUMBER_IN_USE(false, true, false),
    /** Applications are closed: the fingerprint of the lottery's seed and where to check the draw. */
    APPLICATIONS_CLOSED(false, true, false),
    /** An exhibition opened for the group's municipality and categories (announcements the group may turn off). */
    APPLICATIONS_OPEN(false, true, true),
    /** The day before closing, to the groups told of the opening that have not applied. */
    APPLICATIONS_CLOSING(false, true, true),
    /** The group's application was received. */
    APPLICATION_RECEIVED(false, true, false),
    /** To the officers of the applicants' municipalities when applications close: how many wait for their review. */
    REVIEW_WAITING(false, true, false),
    /**
     * A one-time code (sign-up, sign-in, password reset, new number): SMS only, at any hour, to a number that may have
     * no group yet; its outbox row expires with the code, so it is never sent late. The code is masked once sent.
     */
    ONE_TIME_CODE(false, true, false),
    /** A step of the group's case at a centre's registration desk: requested, submitted, obtained, refused… (#23). */
    DESK_CASE(false, true, false),
    /** An appointment at a centre's desk booked, moved or cancelled, or the reminder the day before (#23). */
    DESK_APPOINTMENT(false, true, false);

    private final boolean allotmentLetter;
    private final boolean sms;
    private final boolean waitsOutQuietHours;

    MessageType(boolean allotmentLetter, boolean sms, boolean waitsOutQuietHours) {
        this.allotmentLetter = allotmentLetter;
        this.sms = sms;
        this.waitsOutQuietHours = waitsOutQuietHours;
    }

    /** Whether the e-mail carries the PDF allotment letter and calendar entry (by SMS: a link to the group's page). */
    public boolean hasAllotmentLetter() {
        return allotmentLetter;
    }

    /** Whether this type has an SMS text; those without are sent by e-mail only. */
    public boolean goesBySms() {
        return sms;
    }

    /** Announcements and reminders wait out the night by SMS; results and codes go at any hour. */
    public boolean waitsOutQuietHours() {
        return waitsOutQuietHours;
    }

    public String template(String language) {
        return "mail/" + name().toLowerCase() + "_" + language;
    }
}
