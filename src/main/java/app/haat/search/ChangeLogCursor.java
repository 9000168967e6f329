package app.haat.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a node stands in the change log. Ids come from one sequence, but transactions commit in any order: a writer
 * can take id 7, another id 8 and commit first. A node that kept only the highest id it had seen would then never
 * read 7. So the cursor keeps a low-water mark (every id up to it is applied or given up), the highest id seen, and
 * the ids between them not seen yet (gaps) with when each was noticed. A gap is read again at each poll until it
 * commits, or given up after the grace period (a rolled-back transaction leaves a gap that never fills; so does a
 * sequence that skips ids). Applying a change re-reads the entity, so an id applied twice is harmless, and the order
 * of ids does not matter: the index ends with what the database holds.
 */
final class ChangeLogCursor {

    private static final Logger log = LoggerFactory.getLogger(ChangeLogCursor.class);
    /** A jump wider than this (a sequence restarted far ahead) is not waited for id by id. */
    static final long MAX_TRACKED_GAP = 10_000;

    private final Duration grace;
    private final TreeMap<Long, Instant> gaps = new TreeMap<>();
    private long low;
    private long high;

    ChangeLogCursor(long position, Duration grace) {
        this.low = position;
        this.high = position;
        this.grace = grace;
    }

    /** Every id up to this one has been applied (or given up): the position a node records. */
    long low() {
        return low;
    }

    /** The highest id seen: the next poll reads the rows after it. */
    long high() {
        return high;
    }

    /** The gaps to look for again, oldest first, at most {@code limit}. */
    List<Long> gaps(int limit) {
        return new ArrayList<>(gaps.keySet()).subList(0, Math.min(limit, gaps.size()));
    }

    /** Notes an applied row: a new one above the highest (opening gaps below it) or one that fills a gap. */
    void applied(long id, Instant now) {
        if (id > high) {
            if (id - high - 1 > MAX_TRACKED_GAP) {
                log.warn("The search change log jumped from {} to {}: the ids between are not waited for", high, id);
            } else {
                for (long missing = high + 1; missing < id; missing++) {
                    gaps.put(missing, now);
                }
            }
            high = id;
        } else {
            gaps.remove(id);
        }
        advance();
    }

    /** Gives up the gaps older than the grace period; answers how many. */
    int expire(Instant now) {
        Instant noticedBefore = now.minus(grace);
        int before = gaps.size();
        gaps.values().removeIf(noticed -> noticed.isBefore(noticedBefore));
        advance();
        return before - gaps.size();
    }

    private void advance() {
        low = gaps.isEmpty() ? high : gaps.firstKey() - 1;
    }
}
