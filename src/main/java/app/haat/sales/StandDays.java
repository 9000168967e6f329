package app.haat.sales;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Iterator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Every day every stand of an exhibition was due to report, up to today, with its report and check-in if any. Seats,
 * reports and check-ins come as three cursors in the same order (application, day) and are merged as they go, so an
 * exhibition's whole ledger never sits in memory.
 */
final class StandDays {

    /** A day of a stand: reported, late (passed without a report) or due (today, not yet reported). */
    enum State {
        REPORTED,
        LATE,
        DUE
    }

    record StandDay(
            SalesRepository.SeatLine seat,
            LocalDate day,
            SalesRepository.@Nullable Report report,
            @Nullable Boolean present,
            State state) {}

    private StandDays() {}

    static Stream<StandDay> of(
            Stream<SalesRepository.SeatLine> seats,
            Stream<SalesRepository.ReportLine> reports,
            Stream<SalesRepository.CheckLine> checks,
            LocalDate today) {
        Cursor<SalesRepository.ReportLine> reportCursor = new Cursor<>(
                reports.iterator(), r -> new Key(r.applicationId(), r.report().day()));
        Cursor<SalesRepository.CheckLine> checkCursor =
                new Cursor<>(checks.iterator(), c -> new Key(c.applicationId(), c.day()));
        return seats.flatMap(seat -> seat.from()
                .datesUntil(seat.to().plusDays(1))
                .filter(day -> !day.isAfter(today))
                .map(day -> {
                    Key key = new Key(seat.applicationId(), day);
                    var report = reportCursor.at(key);
                    var check = checkCursor.at(key);
                    State state = report != null ? State.REPORTED : day.isBefore(today) ? State.LATE : State.DUE;
                    return new StandDay(
                            seat,
                            day,
                            report == null ? null : report.report(),
                            check == null ? null : check.present(),
                            state);
                }));
    }

    private record Key(long applicationId, LocalDate day) implements Comparable<Key> {
        private static final Comparator<Key> ORDER =
                Comparator.comparingLong(Key::applicationId).thenComparing(Key::day);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    /** A sorted cursor: skips what lies before the asked key, answers the element at it, if any. */
    private static final class Cursor<T> {
        private final Iterator<T> rows;
        private final Function<T, Key> keyOf;
        private @Nullable T next;

        Cursor(Iterator<T> rows, Function<T, Key> keyOf) {
            this.rows = rows;
            this.keyOf = keyOf;
            this.next = rows.hasNext() ? rows.next() : null;
        }

        @Nullable
        T at(Key key) {
            while (next != null && keyOf.apply(next).compareTo(key) < 0) {
                next = rows.hasNext() ? rows.next() : null;
            }
            return next != null && keyOf.apply(next).compareTo(key) == 0 ? next : null;
        }
    }
}
