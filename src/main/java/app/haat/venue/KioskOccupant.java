package app.haat.venue;

import app.haat.core.i18n.LocalizedName;
import org.jspecify.annotations.Nullable;

/** A group standing at a kiosk on a day: the exhibition's title (and Bengali one), the slot's number, the group. */
public record KioskOccupant(String exhibitionEn, @Nullable String exhibitionBn, int slot, String group) {

    public String exhibition(boolean bengali) {
        return LocalizedName.pick(exhibitionEn, exhibitionBn, bengali);
    }
}
