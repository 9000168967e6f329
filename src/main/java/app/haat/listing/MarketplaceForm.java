package app.haat.listing;

import org.jspecify.annotations.Nullable;

/** A marketplace's names as the admin types them (English and Bengali, both required). */
public record MarketplaceForm(
        @Nullable String name, @Nullable String nameBn) {}
