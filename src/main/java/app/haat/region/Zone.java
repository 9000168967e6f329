package app.haat.region;

public record Zone(long id, String nameEn, String nameBn, int districtCount) {}
