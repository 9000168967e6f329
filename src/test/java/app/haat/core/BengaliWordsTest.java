package app.haat.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One spelling and one digit style in what Bengali readers see (the project's Bengali conventions). */
class BengaliWordsTest {

    /** Numbers written in a Bengali text: a run of Latin digits that is not part of a code (SHA-256, UTF-8, 0x). */
    private static final Pattern LATIN_NUMBER =
            Pattern.compile("(?<![A-Za-z0-9{_\\-.x])[0-9](?:[0-9,]*[0-9])?(?![A-Za-z0-9}_]|-[A-Za-z])");

    /** Texts that show both digit styles on purpose, or a demo sign-in number as it is typed. */
    private static final Set<String> BOTH_STYLES =
            Set.of("login.demo", "typed.error.number", "typed.error.date", "venue.error.registration");

    /** পৌরসভা, as the municipalities' official Bengali names spell it; never the colloquial পুরসভা. */
    @Test
    void municipalityIsSpelledOneWayEverywhere() throws IOException {
        List<Path> roots = List.of(Path.of("src/main/resources"), Path.of("src/main/java"), Path.of("frontend"));
        Set<String> misspelled = new TreeSet<>();
        int read = 0;
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(BengaliWordsTest::isText).toList()) {
                    read++;
                    if (Files.readString(file, StandardCharsets.UTF_8).contains("পুরসভা")) {
                        misspelled.add(file.toString());
                    }
                }
            }
        }
        assertThat(read).isGreaterThan(100);
        assertThat(misspelled).isEmpty();
    }

    @Test
    void bengaliTextsWriteTheirNumbersInBengaliDigits() throws IOException {
        Properties bn = TranslationBundlesTest.load("bn");
        Set<String> latin = new TreeSet<>();
        bn.stringPropertyNames().stream()
                .filter(key -> !BOTH_STYLES.contains(key))
                .filter(key -> LATIN_NUMBER.matcher(bn.getProperty(key)).find())
                .forEach(key -> latin.add(key + "=" + bn.getProperty(key)));
        assertThat(latin).isEmpty();
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file)
                && (name.endsWith(".properties")
                        || name.endsWith(".html")
                        || name.endsWith(".tsv")
                        || name.endsWith(".csv")
                        || name.endsWith(".java")
                        || name.endsWith(".css")
                        || name.endsWith(".txt"));
    }
}
