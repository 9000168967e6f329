package app.haat.region;

public record District(
        long id, String nameEn, String nameBn, Long zoneId, String zoneEn, String zoneBn, int municipalityCount) {}
