package app.haat.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.data.DataDirectory;
import app.haat.group.GroupStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on disk: it survives a restart, and a damaged one opens empty and asks to be rebuilt. */
class SearchIndexTest {

    @TempDir
    Path data;

    private static IndexedGroup group(long id, String name) {
        return new IndexedGroup(
                id,
                name,
                "Rina Das",
                "3",
                1,
                "Bally",
                "বালি",
                1,
                "Howrah",
                "হাওড়া",
                GroupStatus.VERIFIED,
                "PARTLY",
                List.of("HANDLOOM"),
                List.of("কাঁথা স্টিচ শাড়ি"));
    }

    @Test
    void aCommittedIndexIsReadAgainAfterARestart() throws Exception {
        SearchIndex first = new SearchIndex(new DataDirectory(data.toString()));
        assertThat(first.needsRebuild()).isTrue(); // nothing there yet
        first.apply(
                first.current(),
                List.of(SearchDocuments.group(group(7, "Sonar Bangla Mahila Samiti"))),
                List.of(SearchDocuments.uidOfGroup(7)),
                List.of());
        first.refresh();
        assertThat(first.count(SearchDocuments.GROUP)).isEqualTo(1);
        first.close();

        SearchIndex again = new SearchIndex(new DataDirectory(data.toString()));
        assertThat(again.needsRebuild()).isFalse();
        assertThat(again.count(SearchDocuments.GROUP)).isEqualTo(1);
        // the same uid replaces, it does not duplicate
        again.apply(
                again.current(),
                List.of(SearchDocuments.group(group(7, "Sonar Bangla SHG"))),
                List.of(SearchDocuments.uidOfGroup(7)),
                List.of());
        again.refresh();
        assertThat(again.count(SearchDocuments.GROUP)).isEqualTo(1);
        again.close();
    }

    @Test
    void aDamagedIndexOpensEmptyAndAsksForARebuild() throws Exception {
        SearchIndex first = new SearchIndex(new DataDirectory(data.toString()));
        first.apply(
                first.current(),
                List.of(SearchDocuments.group(group(1, "Alor Disha"))),
                List.of(SearchDocuments.uidOfGroup(1)),
                List.of());
        first.close();
        try (var files = Files.walk(data.resolve("search"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.write(file, new byte[] {1, 2, 3}); // every index file damaged
            }
        }
        SearchIndex damaged = new SearchIndex(new DataDirectory(data.toString()));
        assertThat(damaged.needsRebuild()).isTrue();
        assertThat(damaged.count(SearchDocuments.GROUP)).isZero();
        damaged.close();
    }

    @Test
    void aSecondPortalOnTheSameDataDirectoryLeavesTheFirstOnesIndexAlone() throws Exception {
        SearchIndex first = new SearchIndex(new DataDirectory(data.toString()));
        first.apply(
                first.current(),
                List.of(SearchDocuments.group(group(3, "Ekata SHG"))),
                List.of(SearchDocuments.uidOfGroup(3)),
                List.of());
        first.refresh();
        SearchIndex second = new SearchIndex(new DataDirectory(data.toString()));
        assertThat(second.needsRebuild()).isTrue(); // it builds its own from the database
        assertThat(second.current().dir()).isNotEqualTo(first.current().dir());
        assertThat(Files.exists(first.current().dir())).isTrue();
        first.apply(
                first.current(),
                List.of(SearchDocuments.group(group(4, "Milan SHG"))),
                List.of(SearchDocuments.uidOfGroup(4)),
                List.of());
        first.refresh();
        assertThat(first.count(SearchDocuments.GROUP)).isEqualTo(2);
        second.close();
        first.close();
    }
}
