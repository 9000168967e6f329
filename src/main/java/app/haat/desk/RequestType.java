package app.haat.desk;

/**
 * What a group asks its centre to help it get. FSSAI registration is for food groups only; GST registration gives a
 * GSTIN, GST enrolment (Notification 34/2023–Central Tax) an enrolment number for selling within West Bengal.
 */
public enum RequestType {
    PAN,
    BANK_ACCOUNT,
    GST_REGISTRATION,
    GST_ENROLMENT,
    UDYAM,
    FSSAI,
    UPI_ID;

    /** Whether only a group making food may ask for it. */
    public boolean foodOnly() {
        return this == FSSAI;
    }
}
