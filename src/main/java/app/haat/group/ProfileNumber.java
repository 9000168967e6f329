package app.haat.group;

/** A number a centre's case obtains for a group and writes into its profile (#23). */
public enum ProfileNumber {
    PAN,
    GSTIN,
    GST_ENROLMENT,
    UDYAM,
    FSSAI,
    /** A bank account, with its IFSC. */
    BANK_ACCOUNT,
    UPI_ID
}
