package app.haat.exhibition;

import java.util.List;

/**
 * An application: the group (given by officers entering a paper form; a group applies for itself), slot preferences
 * by rank (slot ids, first choice first), the products it will show, its needs, and the declaration that the products
 * are its members' own work.
 */
public record ApplicationForm(Long groupId, List<Long> slotPreferences, List<Long> productIds,
                              boolean needsElectricity, boolean needsFood, boolean declaration) {
}
