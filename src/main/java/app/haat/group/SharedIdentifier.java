package app.haat.group;

/**
 * Another group that shares an identifier (PAN, GSTIN, BANK or PHONE) with the one an officer looks at. Its name and
 * municipality are given only when it is in the reader's scope; otherwise both are null: the officer learns that the
 * identifier is shared elsewhere, not by whom.
 */
public record SharedIdentifier(String kind, String groupName, String municipalityEn) {

    public boolean outsideScope() {
        return groupName == null;
    }
}
