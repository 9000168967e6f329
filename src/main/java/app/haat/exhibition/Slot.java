package app.haat.exhibition;

import java.time.LocalDate;

/** One slot of an exhibition, numbered from 1. */
public record Slot(long id, int seq, LocalDate startsOn, LocalDate endsOn) {}
