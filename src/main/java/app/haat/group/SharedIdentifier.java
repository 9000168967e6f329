package app.haat.group;

import org.jspecify.annotations.Nullable;

/**
 * Another group that shares an identifier (PAN, GSTIN, BANK or PHONE) with the one an officer looks at. Its name and
 * municipality are given only when it is in the reader's scope; otherwise both are null: the officer learns that the
 * identifier is shared elsewhere, not by whom.
 */
public record SharedIdentifier(
        String kind, @Nullable String groupName, @Nullable String municipalityEn) {

    public boolean outsideScope() {
        return groupName == null;
    }
}
