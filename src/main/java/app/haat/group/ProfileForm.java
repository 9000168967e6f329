package app.haat.group;

/** The identity details a group (or its officer) fills in after sign-up; blanks clear a value. */
public record ProfileForm(String registrationNo, String pan, String gstin, String bankAccount, String ifsc) {}
