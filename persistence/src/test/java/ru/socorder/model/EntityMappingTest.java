package ru.socorder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.socorder.model.common.ColumnLimits;

/**
 * The JPA mapping of every entity against the schema the migrations build on H2 (JPA never generates DDL, so nothing
 * else compares them before a server runs): every mapped column exists with a compatible type and the same
 * nullability for required attributes; every NOT NULL column without a default is mapped (an insert would fail
 * otherwise); every enum stored as text fits its column and equals the list its CHECK constraint allows. Lengths
 * and scales are {@code ColumnLimitsTest}'s.
 */
class EntityMappingTest {
    private static final String URL = "jdbc:h2:mem:mapping;DB_CLOSE_DELAY=-1";
    private static final Pattern IN_LIST = Pattern.compile("\"?([A-Z_]+)\"?\\s+IN\\s*\\(([^)]*)\\)");

    /** table → column → its description */
    private static final Map<String, Map<String, ColumnInfo>> SCHEMA = new HashMap<>();
    /** table.column → the values its CHECK constraints list */
    private static final Map<String, Set<String>> CHECKED_VALUES = new HashMap<>();

    private record ColumnInfo(int type, boolean nullable, boolean hasDefault) {
    }

    /** What the mapping says about one column. */
    private record Mapped(String table, String column, Class<?> javaType, boolean required, Class<?> enumType, int length, String where) {
        Mapped(String table, String column, Class<?> javaType, boolean required, String where) {
            this(table, column, javaType, required, null, 0, where);
        }
    }

    @BeforeAll
    static void migrate() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            try (ResultSet rs = c.getMetaData().getColumns(null, "PUBLIC", null, null)) {
                while (rs.next()) {
                    SCHEMA.computeIfAbsent(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT), t -> new TreeMap<>())
                            .put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), new ColumnInfo(rs.getInt("DATA_TYPE"),
                                    rs.getInt("NULLABLE") != java.sql.DatabaseMetaData.columnNoNulls, rs.getString("COLUMN_DEF") != null));
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery("select u.table_name, u.column_name, k.check_clause "
                    + "from information_schema.check_constraints k join information_schema.constraint_column_usage u "
                    + "on u.constraint_name = k.constraint_name and u.constraint_schema = k.constraint_schema")) {
                while (rs.next()) {
                    String column = rs.getString(2);
                    Matcher m = IN_LIST.matcher(rs.getString(3));
                    while (m.find()) {
                        if (m.group(1).equals(column)) {
                            Set<String> values = Arrays.stream(m.group(2).split(",")).map(v -> v.strip().replace("'", ""))
                                    .collect(Collectors.toCollection(TreeSet::new));
                            CHECKED_VALUES.computeIfAbsent(key(rs.getString(1), column), k -> new TreeSet<>()).addAll(values);
                        }
                    }
                }
            }
        }
    }

    @Test
    void everyMappedColumnExistsWithItsTypeAndNullability() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Mapped> mapped = mapped();
        for (Mapped m : mapped) {
            Map<String, ColumnInfo> table = SCHEMA.get(m.table());
            ColumnInfo info = table == null ? null : table.get(m.column());
            if (info == null) {
                problems.add(m.where() + ": no column " + m.table() + "." + m.column());
                continue;
            }
            if (!compatible(m.javaType(), info.type())) {
                problems.add(m.where() + ": " + m.javaType().getSimpleName() + " mapped to SQL type " + info.type());
            }
            if (m.required() && info.nullable()) {
                problems.add(m.where() + ": required in the mapping, nullable in " + m.table() + "." + m.column());
            }
        }
        assertTrue(mapped.size() > 400, "checked " + mapped.size() + " columns");
        assertEquals(List.of(), problems);
    }

    @Test
    void everyRequiredColumnOfAMappedTableIsMapped() throws Exception {
        Map<String, Set<String>> byTable = new HashMap<>();
        for (Mapped m : mapped()) {
            byTable.computeIfAbsent(m.table(), t -> new TreeSet<>()).add(m.column());
        }
        List<String> unmapped = new ArrayList<>();
        byTable.forEach((table, columns) -> SCHEMA.getOrDefault(table, Map.of()).forEach((column, info) -> {
            if (!info.nullable() && !info.hasDefault() && !columns.contains(column)) {
                unmapped.add(table + "." + column);
            }
        }));
        assertEquals(List.of(), unmapped, "NOT NULL columns without a default that no entity writes");
    }

    @Test
    void everyEnumFitsItsColumnAndEqualsTheValuesItsCheckAllows() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Mapped m : mapped()) {
            if (m.enumType() == null) {
                continue;
            }
            Set<String> names = Arrays.stream(m.enumType().getEnumConstants()).map(e -> ((Enum<?>) e).name())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> allowed = CHECKED_VALUES.get(key(m.table(), m.column()));
            if (allowed != null) {
                checked++;
                if (!allowed.equals(names)) {
                    problems.add(m.where() + ": " + m.enumType().getSimpleName() + " " + names + ", the check allows " + allowed);
                }
            }
            for (String name : names) {
                if (name.length() > m.length()) {
                    problems.add(m.where() + ": " + name + " longer than its column (" + m.length() + ")");
                }
            }
        }
        assertTrue(checked > 20, "compared " + checked + " enum columns with their checks");
        assertEquals(List.of(), problems);
    }

    // ---- reading the mapping --------------------------------------------------------------------------------------

    private static List<Mapped> mapped() throws Exception {
        List<Mapped> out = new ArrayList<>();
        for (Class<?> entity : entities()) {
            String table = entity.getAnnotation(Table.class).name();
            for (Class<?> k = entity; k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    attribute(table, f, Map.of(), entity.getSimpleName() + "." + f.getName(), out);
                }
            }
        }
        return out;
    }

    private static void attribute(String table, Field f, Map<String, Column> overrides, String where, List<Mapped> out) {
        if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers()) || f.isAnnotationPresent(Transient.class)) {
            return;
        }
        if (f.isAnnotationPresent(OneToMany.class) || mappedBy(f)) {
            return;
        }
        if (f.isAnnotationPresent(ManyToOne.class) || f.isAnnotationPresent(OneToOne.class)) {
            JoinColumn j = f.getAnnotation(JoinColumn.class);
            boolean optional = f.isAnnotationPresent(ManyToOne.class) ? f.getAnnotation(ManyToOne.class).optional()
                    : f.getAnnotation(OneToOne.class).optional();
            out.add(new Mapped(table, lower(j.name()), Long.class, !optional || !j.nullable(), where));
            return;
        }
        if (f.isAnnotationPresent(ManyToMany.class)) {
            JoinTable j = f.getAnnotation(JoinTable.class);
            out.add(new Mapped(j.name(), lower(j.joinColumns()[0].name()), Long.class, true, where));
            out.add(new Mapped(j.name(), lower(j.inverseJoinColumns()[0].name()), Long.class, true, where));
            return;
        }
        if (f.isAnnotationPresent(Embedded.class)) {
            Map<String, Column> inner = new HashMap<>();
            AttributeOverrides many = f.getAnnotation(AttributeOverrides.class);
            List<AttributeOverride> list = new ArrayList<>(many == null ? List.of() : List.of(many.value()));
            if (f.isAnnotationPresent(AttributeOverride.class)) {
                list.add(f.getAnnotation(AttributeOverride.class));
            }
            list.forEach(o -> inner.put(o.name(), o.column()));
            for (Field e : f.getType().getDeclaredFields()) {
                attribute(table, e, inner, where + "." + e.getName(), out);
            }
            return;
        }
        if (f.isAnnotationPresent(ElementCollection.class)) {
            collection(f, where, out);
            return;
        }
        Column c = overrides.getOrDefault(f.getName(), f.getAnnotation(Column.class));
        String column = c == null || c.name().isEmpty() ? f.getName() : c.name();
        boolean required = f.getType().isPrimitive() || c != null && !c.nullable();
        Class<?> enumType = f.getType().isEnum() && f.isAnnotationPresent(Enumerated.class) ? f.getType() : null;
        out.add(new Mapped(table, lower(column), f.getType(), required, enumType, c == null ? 255 : c.length(), where));
    }

    private static void collection(Field f, String where, List<Mapped> out) {
        CollectionTable t = f.getAnnotation(CollectionTable.class);
        out.add(new Mapped(t.name(), lower(t.joinColumns()[0].name()), Long.class, true, where));
        if (f.isAnnotationPresent(OrderColumn.class)) {
            out.add(new Mapped(t.name(), lower(f.getAnnotation(OrderColumn.class).name()), Integer.class, true, where));
        }
        Type[] args = ((ParameterizedType) f.getGenericType()).getActualTypeArguments();
        if (f.isAnnotationPresent(MapKeyColumn.class)) {
            out.add(new Mapped(t.name(), lower(f.getAnnotation(MapKeyColumn.class).name()), (Class<?>) args[0], true, where));
        }
        Class<?> element = (Class<?>) args[args.length - 1];
        if (element.getName().startsWith("java.") || element.isEnum()) {
            Column c = f.getAnnotation(Column.class);
            boolean text = element.isEnum() && f.isAnnotationPresent(Enumerated.class);
            out.add(new Mapped(t.name(), lower(c.name()), element, !c.nullable(), text ? element : null, c.length(), where));
        } else {
            for (Field e : element.getDeclaredFields()) {
                attribute(t.name(), e, Map.of(), where + "[]." + e.getName(), out);
            }
        }
    }

    private static boolean mappedBy(Field f) {
        return f.isAnnotationPresent(OneToOne.class) && !f.getAnnotation(OneToOne.class).mappedBy().isEmpty()
                || f.isAnnotationPresent(ManyToMany.class) && !f.getAnnotation(ManyToMany.class).mappedBy().isEmpty();
    }

    private static boolean compatible(Class<?> javaType, int sqlType) {
        if (javaType == String.class || javaType.isEnum()) {
            return sqlType == Types.VARCHAR || sqlType == Types.CHAR;
        }
        if (javaType == BigDecimal.class) {
            return sqlType == Types.NUMERIC || sqlType == Types.DECIMAL;
        }
        if (javaType == int.class || javaType == Integer.class) {
            return sqlType == Types.INTEGER;
        }
        if (javaType == long.class || javaType == Long.class) {
            return sqlType == Types.BIGINT;
        }
        if (javaType == boolean.class || javaType == Boolean.class) {
            return sqlType == Types.BOOLEAN;
        }
        if (javaType == LocalDate.class) {
            return sqlType == Types.DATE;
        }
        if (javaType == Instant.class) {
            return sqlType == Types.TIMESTAMP;
        }
        if (javaType == byte[].class) {
            return sqlType == Types.VARBINARY || sqlType == Types.BLOB || sqlType == Types.LONGVARBINARY;
        }
        if (javaType.getName().startsWith("ru.socorder.model.common.Money")) {
            return sqlType == Types.NUMERIC;
        }
        return sqlType == Types.VARCHAR; // value objects (ИНН, СНИЛС, numbers …) are stored by their converters as text
    }

    private static String key(String table, String column) {
        return (table + "." + column).toLowerCase(Locale.ROOT);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static List<Class<?>> entities() throws ClassNotFoundException {
        try {
            Path root = Path.of(ColumnLimits.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Class<?>> out = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.filter(x -> x.toString().endsWith(".class") && !x.toString().contains("$")).toList()) {
                    Class<?> type = Class.forName(root.relativize(p).toString().replace('/', '.').replace(".class", ""));
                    if (type.isAnnotationPresent(Entity.class)) {
                        out.add(type);
                    }
                }
            }
            return out;
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
