package app.haat.desk;

import app.haat.region.Centre;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A centre's report (#23): per request type the cases open at each step, the outcomes with the median days from
 * request to outcome, the appointments kept and missed; then the verified groups of the centre's zone ready to sell
 * online, anywhere in India (GSTIN) or within West Bengal (GST enrolment number).
 */
public record CentreReport(Centre centre, List<TypeLine> lines, TypeLine total, ReadyGroups ready) {

    /** The steps a case is open in, in the order they come: the grid's columns. */
    public static final List<CaseStatus> OPEN_STEPS = List.of(
            CaseStatus.FORWARDED,
            CaseStatus.REQUESTED,
            CaseStatus.APPOINTMENT,
            CaseStatus.DOCUMENTS_COMPLETE,
            CaseStatus.SUBMITTED);

    /**
     * One request type's figures (the total line has no type): open cases per step, obtained and refused, the median
     * days from request to outcome over those closed (null when none is), appointments kept and missed.
     */
    public record TypeLine(
            @Nullable RequestType type,
            Map<CaseStatus, Integer> open,
            int obtained,
            int refused,
            @Nullable Double medianDays,
            int appointmentsKept,
            int appointmentsMissed) {

        public int open(CaseStatus step) {
            return open.getOrDefault(step, 0);
        }

        public int openTotal() {
            return open.values().stream().mapToInt(Integer::intValue).sum();
        }

        static Map<CaseStatus, Integer> steps() {
            return new EnumMap<>(CaseStatus.class);
        }
    }

    /**
     * The verified groups of the centre's zone and those with every readiness item done, by where they may sell: with
     * a GSTIN anywhere in India, with a GST enrolment number only within West Bengal (Notification 34/2023–Central
     * Tax). All zero for a centre without a zone.
     */
    public record ReadyGroups(int verified, int readyIndia, int readyWestBengal) {}

    /** Days as the report shows them: whole, or with one decimal for the half of an even count's median. */
    public static String days(double days) {
        return days == Math.rint(days)
                ? Long.toString((long) days)
                : String.format(java.util.Locale.ROOT, "%.1f", days);
    }
}
