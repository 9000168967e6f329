package app.haat.exhibition;

/** How many active applications came from one municipality, district or category (names in both scripts). */
public record ApplicationCount(String nameEn, String nameBn, int count) {}
