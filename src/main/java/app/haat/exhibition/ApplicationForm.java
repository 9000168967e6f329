package app.haat.exhibition;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An application: the group (given by officers entering a paper form; a group applies for itself), slot preferences
 * by rank (slot ids, first choice first), the products it will show, its needs, and the declaration that the products
 * are its members' own work.
 */
public record ApplicationForm(
        @Nullable Long groupId,
        List<Long> slotPreferences,
        List<Long> productIds,
        Boolean needsElectricity,
        Boolean needsFood,
        Boolean declaration) {

    /** Left out means "no", so API clients send only what applies. */
    public ApplicationForm {
        needsElectricity = Boolean.TRUE.equals(needsElectricity);
        needsFood = Boolean.TRUE.equals(needsFood);
        declaration = Boolean.TRUE.equals(declaration);
    }
}
