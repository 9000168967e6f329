package app.haat.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every visible string goes through both bundles: same keys in en and bn, and every key the code names exists. */
public class TranslationBundlesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|Exception|english|describe)\\(\\s*\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z0-9_]+)+)\"");

    @Test
    void englishAndBengaliHaveTheSameKeys() throws IOException {
        assertThat(load("en").stringPropertyNames()).isEqualTo(load("bn").stringPropertyNames());
    }

    @Test
    void bengaliTextsAreInBengaliScript() throws IOException {
        Properties bn = load("bn");
        long withBengali = bn.stringPropertyNames().stream()
                .filter(k -> bn.getProperty(k).codePoints().anyMatch(c -> c >= 0x0980 && c <= 0x09FF))
                .count();
        assertThat(withBengali).isGreaterThan(bn.size() * 9L / 10);
    }

    /** In texts with {0} placeholders a lone apostrophe starts a quoted section and vanishes: it must be doubled. */
    /** A key written twice silently loses its first text (the later line wins), so each key is written once. */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String language : new String[] {"en", "bn"}) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(
                    Path.of("src/main/resources/vaadin-i18n/translations_" + language + ".properties"),
                    StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                    continue;
                }
                String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            assertThat(twice).as(language).isEmpty();
        }
    }

    @Test
    void placeholderTextsDoubleTheirApostrophes() throws IOException {
        for (String language : new String[] {"en", "bn"}) {
            Properties texts = load(language);
            assertThat(texts.stringPropertyNames()).allSatisfy(key -> {
                String text = texts.getProperty(key);
                if (text.matches("(?s).*\\{\\d}.*")) {
                    assertThat(text).as(key).doesNotContainPattern("(?<!')'(?!')");
                }
            });
        }
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> keys = load("en").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    public static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
