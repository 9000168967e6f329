package app.haat.group;

import app.haat.search.ReadinessItems;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How ready a group is to sell online: each item done or not, in the order the checklist shows them, and where it may
 * sell (#23, Notification 34/2023–Central Tax): anywhere in India with a GSTIN, within West Bengal with a GST
 * enrolment number only. {@link ReadinessItems} says the same in SQL. {@code udyam}: whether the group has its Udyam
 * registration, which the checklist suggests without counting it (it is not needed to sell online).
 */
public record Readiness(Map<String, Boolean> items, Reach reach, boolean food, boolean udyam) {

    /** Where the group may sell online through an e-commerce operator. */
    public enum Reach {
        NONE,
        WEST_BENGAL,
        INDIA
    }

    /** PAN, GST, FSSAI (food groups; done for the others), a way to be paid online, three photos, training. */
    public static final int ITEMS = ReadinessItems.ITEMS;

    static final int PHOTOS_NEEDED = ReadinessItems.PHOTOS_NEEDED;

    static Readiness of(Group group, int photos) {
        boolean food = group.categories().contains(ReadinessItems.FOOD);
        Registrations registered = group.registrations();
        Map<String, Boolean> items = new LinkedHashMap<>();
        items.put("pan", group.pan() != null);
        items.put("gstin", group.gstin() != null || registered.gstEnrolment() != null);
        items.put("fssai", !food || registered.fssai() != null);
        items.put("bank", payment(group));
        items.put("photos", photos >= PHOTOS_NEEDED);
        items.put("training", group.eretailTrained());
        Reach reach = group.gstin() != null
                ? Reach.INDIA
                : registered.gstEnrolment() != null ? Reach.WEST_BENGAL : Reach.NONE;
        return new Readiness(items, reach, food, registered.udyam() != null);
    }

    /** A way to be paid online: a bank account with its IFSC, or a UPI ID (as {@link ReadinessItems} counts it). */
    static boolean payment(Group group) {
        return group.bankAccount() != null && group.ifsc() != null || group.upiId() != null;
    }

    public int done() {
        return (int) items.values().stream().filter(Boolean::booleanValue).count();
    }

    public double share() {
        return items.isEmpty() ? 0 : (double) done() / items.size();
    }
}
