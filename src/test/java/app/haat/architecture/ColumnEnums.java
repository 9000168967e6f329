package app.haat.architecture;

import app.haat.db.DefaultSchema;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The enums the jOOQ code generator maps columns to (the forced types in pom.xml), read from the generated schema:
 * "TABLE.COLUMN" (upper case) → enum class. Derived, so a new forced type is covered without editing a list.
 */
final class ColumnEnums {

    private ColumnEnums() {}

    static Map<String, Class<?>> byColumn() {
        Map<String, Class<?>> columns = new TreeMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            for (Field<?> field : table.fields()) {
                if (field.getType().isEnum()) {
                    columns.put(key(table.getName(), field.getName()), field.getType());
                }
            }
        }
        return columns;
    }

    static String key(String table, String column) {
        return (table + "." + column).toUpperCase(Locale.ROOT);
    }
}
