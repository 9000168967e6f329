package app.haat.group;

public record Category(long id, String code, String nameEn, String nameBn) {}
