package app.haat.exhibition;

import java.time.LocalDate;

/** The first and last day of a slot, before it is stored and numbered (see {@link Slot}). */
record SlotDates(LocalDate startsOn, LocalDate endsOn) {}
