package app.haat.group;

import app.haat.search.ReadinessItems;
import java.util.LinkedHashMap;
import java.util.Map;

/** How ready a group is to sell online: each item done or not, in the order the checklist shows them. */
public record Readiness(Map<String, Boolean> items) {

    /** PAN, GSTIN, bank account, three photos, e-retail training. */
    public static final int ITEMS = ReadinessItems.ITEMS;

    static final int PHOTOS_NEEDED = ReadinessItems.PHOTOS_NEEDED;

    static Readiness of(Group group, int photos) {
        Map<String, Boolean> items = new LinkedHashMap<>();
        items.put("pan", group.pan() != null);
        items.put("gstin", group.gstin() != null);
        items.put("bank", group.bankAccount() != null && group.ifsc() != null);
        items.put("photos", photos >= PHOTOS_NEEDED);
        items.put("training", group.eretailTrained());
        return new Readiness(items);
    }

    public int done() {
        return (int) items.values().stream().filter(Boolean::booleanValue).count();
    }

    public double share() {
        return items.isEmpty() ? 0 : (double) done() / items.size();
    }
}
