package app.haat.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.data.DataDirectory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change-log position travels with the index's commits, so a restarted node resumes where its index stands. */
class SearchIndexPositionTest {

    @TempDir
    Path data;

    @Test
    void theCommittedPositionIsReadAgainAfterARestart() throws Exception {
        SearchIndex first = new SearchIndex(new DataDirectory(data.toString()));
        assertThat(first.committedPosition()).as("a fresh index holds none").isEqualTo(-1);
        first.commit(41);
        first.commit(42);
        assertThat(first.committedPosition()).isEqualTo(42);
        first.close();

        SearchIndex again = new SearchIndex(new DataDirectory(data.toString()));
        assertThat(again.needsRebuild()).isFalse();
        assertThat(again.committedPosition()).isEqualTo(42);
        again.close();
    }

    @Test
    void anIndexOlderThanTheLogOrAheadOfItIsRebuiltAndOneWithinItFollows() {
        // the log holds rows 100..250 (older ones pruned; the newest is always kept)
        assertThat(SearchChangeFollower.logCannotBringUpToDate(99, 100L, 250)).isFalse();
        assertThat(SearchChangeFollower.logCannotBringUpToDate(250, 100L, 250)).isFalse();
        assertThat(SearchChangeFollower.logCannotBringUpToDate(98, 100L, 250))
                .as("rows it misses were pruned")
                .isTrue();
        assertThat(SearchChangeFollower.logCannotBringUpToDate(300, 100L, 250))
                .as("the database was restored from a backup taken before the index's last change")
                .isTrue();
        assertThat(SearchChangeFollower.logCannotBringUpToDate(-1, null, 0))
                .as("a fresh index on a fresh database")
                .isFalse();
        assertThat(SearchChangeFollower.logCannotBringUpToDate(42, null, 0))
                .as("an index of another database on an empty one")
                .isTrue();
    }
}
