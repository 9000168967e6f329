package app.haat.allocation.engine;

import app.haat.allocation.engine.AllocationInput.Applicant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How fair an allocation is: the share of first-timers placed, the Gini coefficient of the placement rate across
 * municipalities (0 = every municipality's applicants placed at the same rate), and the share of placed applicants
 * who got their first preference.
 */
public record FairnessReport(
        double firstTimersPlaced, double municipalityGini, double firstPreferencesMet, int placed, int applicants) {

    public static FairnessReport of(AllocationInput input, AllocationResult result) {
        Map<Long, Long> slotOf = new HashMap<>();
        result.placements().forEach(p -> slotOf.putIfAbsent(p.applicationId(), p.slotId()));
        int firstTimers = 0;
        int firstTimersPlaced = 0;
        int firstPreference = 0;
        Map<Long, int[]> byMunicipality = new HashMap<>(); // {applicants, placed}
        Set<Long> counted = new HashSet<>();
        for (Applicant applicant : input.applicants()) {
            boolean placed = slotOf.containsKey(applicant.applicationId());
            if (applicant.firstTimer()) {
                firstTimers++;
                firstTimersPlaced += placed ? 1 : 0;
            }
            if (placed
                    && !applicant.preferences().isEmpty()
                    && applicant.preferences().getFirst().equals(slotOf.get(applicant.applicationId()))) {
                firstPreference++;
            }
            int[] counts = byMunicipality.computeIfAbsent(applicant.municipalityId(), m -> new int[2]);
            counts[0]++;
            counts[1] += placed ? 1 : 0;
            if (placed) {
                counted.add(applicant.applicationId());
            }
        }
        double[] rates = byMunicipality.values().stream()
                .mapToDouble(c -> (double) c[1] / c[0])
                .toArray();
        return new FairnessReport(
                firstTimers == 0 ? 1 : (double) firstTimersPlaced / firstTimers,
                gini(rates),
                counted.isEmpty() ? 1 : (double) firstPreference / counted.size(),
                counted.size(),
                input.applicants().size());
    }

    static double gini(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = Arrays.stream(sorted).sum();
        if (sum == 0) {
            return 0;
        }
        double weighted = 0;
        for (int i = 0; i < sorted.length; i++) {
            weighted += (i + 1) * sorted[i];
        }
        int n = sorted.length;
        return (2 * weighted) / (n * sum) - (n + 1.0) / n;
    }
}
