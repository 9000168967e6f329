package app.haat.allocation.engine;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Exactly what the engine saw in one run, as it is published: no names, phones or other personal data, only the
 * numbers the formula uses. The application id is the number the lottery mixes with the seed.
 */
public record DrawInput(
        List<AllocationInput.SlotSpec> slots,
        List<AllocationInput.KioskSpec> kiosks,
        List<Entry> applications,
        List<Placement> locked,
        Weights weights,
        int maxPlacementsPerGroup) {

    /** One application: origin, first category, needs, ranked slots, rotation inputs and the slots it is busy in. */
    public record Entry(
            long applicationId,
            long municipalityId,
            @Nullable String category,
            boolean needsElectricity,
            boolean needsFood,
            List<Long> preferences,
            int pastPlacements,
            int penalty,
            Set<Long> busySlots) {}

    public static DrawInput of(AllocationInput input) {
        return new DrawInput(
                input.slots(),
                input.kiosks(),
                input.applicants().stream()
                        .map(a -> new Entry(
                                a.applicationId(),
                                a.municipalityId(),
                                a.category(),
                                a.needsElectricity(),
                                a.needsFood(),
                                a.preferences(),
                                a.pastPlacements(),
                                a.penalty(),
                                new TreeSet<>(a.busySlots())))
                        .toList(),
                input.locked(),
                input.weights(),
                input.maxPlacementsPerGroup());
    }

    /** The engine's input for this seed; what the engine does not use (group, district, order) is left at zero. */
    public AllocationInput toInput(long seed) {
        return new AllocationInput(
                slots,
                kiosks,
                applications.stream()
                        .map(e -> new AllocationInput.Applicant(
                                e.applicationId(),
                                0,
                                e.municipalityId(),
                                0,
                                e.category(),
                                e.needsElectricity(),
                                e.needsFood(),
                                e.preferences(),
                                e.pastPlacements(),
                                e.penalty(),
                                e.busySlots(),
                                0))
                        .toList(),
                locked,
                seed,
                weights,
                maxPlacementsPerGroup);
    }
}
