package app.haat.venue;

/** A group standing at a kiosk on a day: the exhibition's title, the slot's number and the group's name. */
public record KioskOccupant(String exhibition, int slot, String group) {}
