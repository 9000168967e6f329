package app.haat.listing;

import app.haat.core.i18n.LocalizedName;

/** An online marketplace groups sell on (GeM, an ONDC seller app, …); a retired one stays for its listings. */
public record Marketplace(long id, String name, String nameBn, boolean active, int sortOrder) {

    /** The name in the reader's language. */
    public String name(boolean bengali) {
        return LocalizedName.pick(name, nameBn, bengali);
    }
}
