package app.haat.exhibition;

import java.time.LocalDate;

/** A kiosk an application holds in one slot (numbered from 1), with the slot's first and last day. */
public record Seat(String kiosk, int slot, LocalDate startsOn, LocalDate endsOn) {}
