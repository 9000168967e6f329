package app.haat.group;

/**
 * How a group is told of things, as it chose: by SMS to its mobile, by e-mail (only with an address), and whether it
 * hears of new exhibitions at all. With neither channel on, SMS is used anyway: every group has a mobile number.
 */
public record ContactChoices(boolean sms, boolean email, boolean announcements) {}
