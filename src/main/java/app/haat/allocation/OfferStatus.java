package app.haat.allocation;

/**
 * Where a waitlist offer stands. OPEN waits for the group's answer until its deadline; ACCEPTED seated the group;
 * DECLINED and EXPIRED passed the seat to the next group (neither counts against the group); VOID was withdrawn by
 * the system (a re-run of the draw, the seat taken by hand, the group withdrawn).
 */
public enum OfferStatus {
    OPEN,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    VOID
}
