package app.haat.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every refusal the services raise reaches a person (a problem detail, a notification, an error page), so its message
 * is a bundle key that both languages have, never text made up in code ("Venue " + id + " is not yours") and never a
 * key missing from a bundle (which the reader would see as "allocation.error.noAssignment"). TranslationBundlesTest
 * checks the keys it can see in simple calls; this reads every refusal's first argument, wherever it is built.
 */
class RefusalMessagesTest {

    private static final Pattern REFUSAL =
            Pattern.compile("new (ValidationException|ConflictException|NotFoundException|AccessDeniedException)\\(");
    private static final Pattern ERROR_ADDED = Pattern.compile("errors\\.add\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z]*(\\.[a-zA-Z0-9_]+)+");

    @Test
    void everyRefusalIsAKeyOfBothBundles() throws IOException {
        Set<String> en = load("en").stringPropertyNames();
        Set<String> bn = load("bn").stringPropertyNames();
        List<String> problems = new ArrayList<>();
        int refusals = 0;
        for (Path file : sources()) {
            String code = Files.readString(file);
            Matcher m = REFUSAL.matcher(code);
            while (m.find()) {
                refusals++;
                String argument = firstArgument(code, m.end()).strip();
                String where =
                        file.getFileName() + ":" + line(code, m.start()) + " " + m.group(1) + "(" + argument + ")";
                List<String> keys = keysOf(argument);
                if (keys == null) {
                    problems.add(where + ": not a bundle key (text built in code reaches the reader)");
                } else if (!en.containsAll(keys) || !bn.containsAll(keys)) {
                    problems.add(where + ": key missing from a bundle");
                }
            }
            Matcher added = ERROR_ADDED.matcher(code);
            while (added.find()) {
                String key = added.group(1);
                if (!KEY.matcher(key).matches() || !en.contains(key) || !bn.contains(key)) {
                    problems.add(file.getFileName() + ":" + line(code, added.start()) + " errors.add(\"" + key
                            + "\"): not a key of both bundles");
                }
            }
        }
        assertThat(refusals).as("the scan found the refusals").isGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    /** The scan itself: what it accepts and what it refuses. */
    @Test
    void theScanTellsKeysFromText() {
        assertThat(keysOf("\"venue.error.notYours\"")).containsExactly("venue.error.notYours");
        assertThat(keysOf("List.of(\"sales.error.ceiling\", \"₹\" + ceiling)")).containsExactly("sales.error.ceiling");
        assertThat(keysOf("same ? \"venue.error.codeTaken\" : \"venue.error.cellTaken\""))
                .containsExactly("venue.error.codeTaken", "venue.error.cellTaken");
        assertThat(keysOf("errors")).isEmpty();
        assertThat(keysOf("\"Venue \" + id + \" is not yours\"")).isNull();
        assertThat(keysOf("\"Not your stand\"")).isNull();
        assertThat(keysOf("\"allocation.error.\" + kind")).isNull();
        assertThat(keysOf("same ? \"venue.error.codeTaken\" : \"Cell taken\"")).isNull();
        assertThat(firstArgument("x(\"a.b\", List.of(1, 2))", 2)).isEqualTo("\"a.b\"");
        assertThat(firstArgument("x(f(a, b), c)", 2)).isEqualTo("f(a, b)");
    }

    /**
     * The keys a refusal's first argument names: a literal key (or a choice of literal keys), or a List.of whose first
     * element is one (values may follow it); none for an expression without literals (a list of keys built above, a
     * key passed on); null for text made in code.
     */
    static List<String> keysOf(String argument) {
        boolean list = argument.startsWith("List.of(");
        String inner = list ? argument.substring("List.of(".length()) : argument;
        Matcher literal = LITERAL.matcher(inner);
        List<String> keys = new ArrayList<>();
        while (literal.find()) {
            keys.add(literal.group(1));
            if (list) {
                return literal.start() == 0 && KEY.matcher(literal.group(1)).matches() ? keys : null;
            }
        }
        if (keys.isEmpty()) {
            return argument.contains("+") ? null : keys;
        }
        boolean allKeys = keys.stream().allMatch(k -> KEY.matcher(k).matches());
        return allKeys && !argument.contains("+") ? keys : null;
    }

    /** The text of the first argument of the call whose parenthesis opens just before {@code from}. */
    static String firstArgument(String code, int from) {
        return argument(code, from, 0);
    }

    /** The text of the n-th top-level argument of that call (empty when it has fewer). */
    static String argument(String code, int from, int n) {
        int depth = 0;
        int index = 0;
        int start = from;
        boolean inString = false;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if ((c == ',' || c == ')') && depth == 0) {
                if (index == n) {
                    return code.substring(start, i);
                }
                if (c == ')') {
                    return "";
                }
                index++;
                start = i + 1;
            }
        }
        return index == n ? code.substring(start) : "";
    }

    private static int line(String code, int index) {
        return (int) code.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RefusalMessagesTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
