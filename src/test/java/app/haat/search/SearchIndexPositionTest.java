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
}
