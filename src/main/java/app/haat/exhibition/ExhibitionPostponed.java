package app.haat.exhibition;

import java.util.ArrayList;
import java.util.List;

/**
 * An exhibition's dates moved. Published twice in the postponement's transaction: first with the slots that disappear
 * ({@code removedSlotIds}, still in the database), so that the allocation feature puts their placements back on the
 * waitlist and adds those applications to {@code displaced}; then, with the new dates in place, with
 * {@code datesMoved} set, so that groups now standing elsewhere on the new dates go back on the waitlist (added to
 * {@code displaced}) and the assigned groups get their new letter and calendar entry.
 */
public record ExhibitionPostponed(
        long exhibitionId, List<Long> removedSlotIds, boolean datesMoved, List<Long> displaced) {

    public static ExhibitionPostponed slotsGoing(long exhibitionId, List<Long> removedSlotIds) {
        return new ExhibitionPostponed(exhibitionId, List.copyOf(removedSlotIds), false, new ArrayList<>());
    }

    public static ExhibitionPostponed moved(long exhibitionId) {
        return new ExhibitionPostponed(exhibitionId, List.of(), true, new ArrayList<>());
    }
}
