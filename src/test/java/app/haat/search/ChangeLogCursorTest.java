package app.haat.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The position in the change log: gaps hold it back until they commit or their grace period ends. */
class ChangeLogCursorTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void gapsHoldThePositionBackUntilTheyAreFilled() {
        ChangeLogCursor cursor = new ChangeLogCursor(10, Duration.ofSeconds(30));
        cursor.applied(11, T0);
        cursor.applied(14, T0); // 12 and 13 not committed yet
        assertThat(cursor.high()).isEqualTo(14);
        assertThat(cursor.low()).isEqualTo(11);
        assertThat(cursor.gaps(10)).containsExactly(12L, 13L);
        cursor.applied(13, T0.plusSeconds(1));
        assertThat(cursor.low()).isEqualTo(11);
        cursor.applied(12, T0.plusSeconds(2));
        assertThat(cursor.low()).isEqualTo(14);
        assertThat(cursor.gaps(10)).isEmpty();
    }

    @Test
    void aGapThatNeverCommitsIsGivenUpAfterTheGracePeriod() {
        ChangeLogCursor cursor = new ChangeLogCursor(0, Duration.ofSeconds(30));
        cursor.applied(3, T0); // 1 and 2 rolled back, say
        assertThat(cursor.expire(T0.plusSeconds(29))).isZero();
        assertThat(cursor.low()).isZero();
        assertThat(cursor.expire(T0.plusSeconds(31))).isEqualTo(2);
        assertThat(cursor.low()).isEqualTo(3);
    }

    @Test
    void aHugeJumpIsNotWaitedForIdById() {
        ChangeLogCursor cursor = new ChangeLogCursor(0, Duration.ofSeconds(30));
        cursor.applied(ChangeLogCursor.MAX_TRACKED_GAP + 5, T0);
        assertThat(cursor.gaps(10)).isEmpty();
        assertThat(cursor.low()).isEqualTo(ChangeLogCursor.MAX_TRACKED_GAP + 5);
    }
}
