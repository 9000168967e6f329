package app.haat.allocation;

/** One group in one kiosk for one slot, as the allocation board and the API show it. */
public record AssignmentRow(
        long id,
        long applicationId,
        String groupName,
        long kioskId,
        String kioskCode,
        long slotId,
        int slot,
        boolean locked,
        int version) {}
