package ru.socorder.model.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import ru.socorder.model.order.OrderLine;
import ru.socorder.model.order.OrderLineYear;
import ru.socorder.model.order.SocialOrder;
import ru.socorder.model.order.Volumes;

class ColumnLimitsTest {

    @Test
    void textLongerThanItsColumnIsNamedWithItsLength() {
        SocialOrder order = new SocialOrder(null, null, 2025, "з".repeat(1001));
        List<ColumnLimits.Violation> v = ColumnLimits.check(order);
        assertEquals(1, v.size());
        assertEquals("title", v.get(0).field());
        assertEquals("Текст длиннее допустимого: не более 1000 символов (введено 1001)", v.get(0).message());
        assertTrue(ColumnLimits.check(new SocialOrder(null, null, 2025, "з".repeat(1000))).isEmpty(), "exactly the limit fits");
    }

    @Test
    void moreDecimalsThanTheColumnKeepsAndTooManyDigitsAreRefusedWithTheLinePath() {
        OrderLine line = new OrderLine(null, 2, null);
        line.getYears().add(new OrderLineYear(2025, Volumes.of(new BigDecimal("10.12345"), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, new BigDecimal("10.12345"))));
        line.getYears().add(new OrderLineYear(2026, Volumes.of(new BigDecimal("1E20"), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, new BigDecimal("1.10000000"))));
        List<ColumnLimits.Violation> v = ColumnLimits.check(line);
        assertEquals(List.of("lines[2].years[0].total", "lines[2].years[0].certificates", "lines[2].years[1].total"),
                v.stream().map(ColumnLimits.Violation::field).toList());
        assertEquals("Не более 4 знаков после запятой (указано 5)", v.get(0).message());
        assertEquals("Слишком большое число: не более 15 цифр до запятой", v.get(2).message());
    }

    @Test
    void theLimitsOfTheMappingAreTheColumnsOfTheMigratedSchema() throws Exception {
        String url = "jdbc:h2:mem:limits;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            for (Class<?> entity : entities()) {
                String table = entity.getAnnotation(Table.class).name();
                for (Class<?> k = entity; k != Object.class; k = k.getSuperclass()) {
                    for (Field f : k.getDeclaredFields()) {
                        checked += compare(c, table, f, mismatches);
                    }
                }
            }
        }
        assertTrue(checked > 100, "checked " + checked + " columns");
        assertEquals(List.of(), mismatches);
    }

    /** Compares one attribute (or the attributes of its embeddables) with the schema; returns how many it checked. */
    private static int compare(Connection c, String table, Field f, List<String> mismatches) throws SQLException {
        if (Modifier.isStatic(f.getModifiers()) || f.isAnnotationPresent(Lob.class)) {
            return 0;
        }
        if (f.isAnnotationPresent(ElementCollection.class) && f.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            String collectionTable = f.getAnnotation(CollectionTable.class).name();
            if (element == String.class) {
                return compareColumn(c, collectionTable, f, mismatches);
            }
            int n = 0;
            if (!element.getName().startsWith("java.") && !element.isEnum()) {
                for (Field e : element.getDeclaredFields()) {
                    n += compare(c, collectionTable, e, mismatches);
                }
            }
            return n;
        }
        if (f.getType() == String.class || f.getType() == BigDecimal.class) {
            return compareColumn(c, table, f, mismatches);
        }
        return 0;
    }

    private static int compareColumn(Connection c, String table, Field f, List<String> mismatches) throws SQLException {
        Column column = f.getAnnotation(Column.class);
        String name = column == null || column.name().isEmpty() ? f.getName() : column.name();
        try (ResultSet rs = c.getMetaData().getColumns(null, null, table.toUpperCase(Locale.ROOT), name.toUpperCase(Locale.ROOT))) {
            if (!rs.next()) {
                mismatches.add(table + "." + name + ": no such column");
                return 1;
            }
            int size = rs.getInt("COLUMN_SIZE");
            int scale = rs.getInt("DECIMAL_DIGITS");
            if (f.getType() == BigDecimal.class) {
                if (column == null || column.precision() != size || column.scale() != scale) {
                    mismatches.add(table + "." + name + ": numeric(" + size + ", " + scale + ") in the schema");
                }
            } else {
                int mapped = column == null ? 255 : column.length(); // what ColumnLimits checks
                if (mapped != size) {
                    mismatches.add(table + "." + name + ": varchar(" + size + ") in the schema, " + mapped + " in the mapping");
                }
            }
            return 1;
        }
    }

    private static List<Class<?>> entities() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(ColumnLimits.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(x -> x.toString().endsWith(".class") && !x.toString().contains("$")).toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replace(".class", "");
                Class<?> type = Class.forName(name);
                if (type.isAnnotationPresent(Entity.class)) {
                    out.add(type);
                }
            }
        }
        return out;
    }
}
