package app.haat.region;

import app.haat.core.i18n.LocalizedName;
import org.jspecify.annotations.Nullable;

/** A centre: the Salt Lake training centre (no zone) or a City Livelihood Centre serving one zone. */
public record Centre(
        long id,
        String nameEn,
        String nameBn,
        CentreKind kind,
        @Nullable Long zoneId,
        @Nullable String phone,
        @Nullable String address) {

    /** The name in the current screen's language. */
    public String name() {
        return LocalizedName.pick(nameEn, nameBn, LocalizedName.bengaliScreen());
    }

    public boolean livelihood() {
        return kind == CentreKind.LIVELIHOOD;
    }
}
