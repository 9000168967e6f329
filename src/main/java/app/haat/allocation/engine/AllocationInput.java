package app.haat.allocation.engine;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything one allocation run needs, in plain values: the slots, the kiosks, the applicants, the assignments an
 * officer locked, the seed of the lottery, the weights of the fairness formula, and how many places one group may
 * get in this exhibition.
 */
public record AllocationInput(
        List<SlotSpec> slots,
        List<KioskSpec> kiosks,
        List<Applicant> applicants,
        List<Placement> locked,
        long seed,
        Weights weights,
        int maxPlacementsPerGroup) {

    /** A slot, numbered from 1 in the order of its dates. */
    public record SlotSpec(long id, int seq) {}

    /** A kiosk with the number of groups it takes in each slot and what it offers. */
    public record KioskSpec(long id, String code, int capacity, boolean electricity, boolean foodAllowed) {}

    /**
     * An application: the group and where it comes from, its category, needs and ranked slot preferences, its past
     * placements in the last 12 months and its no-show penalty, the slots in which it is busy elsewhere, and the
     * order of submission (for the first-come-first-served comparison only).
     */
    public record Applicant(
            long applicationId,
            long groupId,
            long municipalityId,
            long districtId,
            @Nullable String category,
            boolean needsElectricity,
            boolean needsFood,
            List<Long> preferences,
            int pastPlacements,
            int penalty,
            Set<Long> busySlots,
            long submittedOrder) {

        public boolean firstTimer() {
            return pastPlacements == 0;
        }
    }
}
