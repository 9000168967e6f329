package app.haat.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import app.haat.core.i18n.Translator;
import app.haat.support.IntegrationTest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each enum-like column's CHECK list, as the live database holds it after every migration (H2, or PostgreSQL in the
 * CI's second pass), equals the values of the enum jOOQ maps the column to: a value added to an enum without a
 * migration, or to a migration without the enum, fails here rather than on the first row that carries it.
 */
class ColumnEnumsTest extends IntegrationTest {

    /** A quoted literal in a check clause: H2 writes {@code IN('A', 'B')}, PostgreSQL {@code ANY (ARRAY['A'::…])}. */
    private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");

    /** Mapped to an enum although the schema has no CHECK list for them (the schema stays as it is). */
    private static final Set<String> UNCHECKED = Set.of("MAIL_OUTBOX.MESSAGE_TYPE", "SMS_TEMPLATE.MESSAGE_TYPE");

    @Autowired
    DSLContext dsl;

    @Test
    void everyCheckListEqualsItsColumnsEnum() {
        Map<String, Set<String>> checked = checkLists();
        Map<String, Class<?>> enums = ColumnEnums.byColumn();
        assertThat(enums).as("columns mapped to enums").isNotEmpty();
        Set<String> languages = new TreeSet<>(new Translator()
                .getProvidedLocales().stream().map(Locale::getLanguage).toList());

        for (var check : checked.entrySet()) {
            Class<?> type = enums.get(check.getKey());
            if (check.getKey().endsWith(".LANGUAGE")) {
                // a language code, not an enum: the CHECK list is the languages the portal speaks
                assertThat(check.getValue()).as(check.getKey()).isEqualTo(languages);
                continue;
            }
            assertThat(type)
                    .as(check.getKey() + " has a CHECK list but no enum (add a forcedType in pom.xml)")
                    .isNotNull();
            assertThat(check.getValue())
                    .as(check.getKey() + " CHECK list against " + type.getSimpleName())
                    .isEqualTo(names(type));
        }
        for (var column : enums.entrySet()) {
            if (!UNCHECKED.contains(column.getKey())) {
                assertThat(checked)
                        .as(column.getKey() + " is mapped to an enum but has no CHECK list")
                        .containsKey(column.getKey());
            }
        }
    }

    /**
     * Columns the database limits to a list of literals: "TABLE.COLUMN" → the literals. Only checks of one column
     * count: a check that ties columns together (a role and a switch, say) is not a column's list.
     */
    private Map<String, Set<String>> checkLists() {
        Map<String, Set<String>> lists = new TreeMap<>();
        dsl.resultQuery("""
                        SELECT u.table_name, u.column_name, c.check_clause
                          FROM information_schema.check_constraints c
                          JOIN information_schema.constraint_column_usage u
                            ON u.constraint_schema = c.constraint_schema AND u.constraint_name = c.constraint_name
                         WHERE LOWER(c.constraint_schema) NOT IN ('information_schema', 'pg_catalog')
                           AND (SELECT COUNT(*) FROM information_schema.constraint_column_usage o
                                 WHERE o.constraint_schema = c.constraint_schema
                                   AND o.constraint_name = c.constraint_name) = 1""").fetch().forEach(r -> {
            Set<String> literals = literals(r.get(2, String.class));
            if (!literals.isEmpty()) {
                lists.merge(ColumnEnums.key(r.get(0, String.class), r.get(1, String.class)), literals, (a, b) -> {
                    throw new IllegalStateException("two CHECK lists on one column: " + a + ", " + b);
                });
            }
        });
        assertThat(lists).as("CHECK lists read from the database").isNotEmpty();
        return lists;
    }

    private static Set<String> literals(String clause) {
        Set<String> literals = new TreeSet<>();
        Matcher m = LITERAL.matcher(clause);
        while (m.find()) {
            literals.add(m.group(1).replace("''", "'"));
        }
        return literals;
    }

    private static Set<String> names(Class<?> type) {
        return new TreeSet<>(Arrays.stream(type.getEnumConstants())
                .map(e -> ((Enum<?>) e).name())
                .toList());
    }

    @Test
    void theListsAreReadFromTheDatabase() {
        // the check above must be able to fail: the schema holds the lists this test compares
        assertThat(checkLists())
                .containsEntry(
                        "SHG_GROUP.STATUS", new TreeSet<>(List.of("PENDING", "VERIFIED", "REJECTED", "DELETED")));
    }
}
