package ru.socorder.model.common;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The limits of the database columns, read from the mapping ({@code @Column(length)}, {@code precision},
 * {@code scale}) — one place for them — and checked before the database sees a value: text longer than its column,
 * a number with more decimals than the column keeps (it would be rounded without a word) or more digits than it holds.
 * Walks an entity's own attributes, its embedded objects and its collections of embeddables, and names each field
 * by its path ({@code lines[2].years[0].total} when the entity says where it stands, see {@link ColumnPath}).
 */
public final class ColumnLimits {
    private static final Map<Class<?>, List<Limit>> LIMITS = new ConcurrentHashMap<>();
    /** The default of {@code @Column(precision = 0)} means "not stated": numbers then follow this. */
    private static final int DEFAULT_INTEGER_DIGITS = 15;

    private ColumnLimits() {
    }

    /** A value over its column's limit: where it stands and a Russian message. */
    public record Violation(String field, String message) {
    }

    /** All violations of the object's attributes (nothing for an object within its limits). */
    public static List<Violation> check(Object entity) {
        List<Violation> out = new ArrayList<>();
        String prefix = entity instanceof ColumnPath p ? p.columnPath() : "";
        walk(entity, prefix.isEmpty() ? "" : prefix + ".", out);
        return out;
    }

    /** The length of a text column, or 0 when the attribute is not a text column with a stated length. */
    public static int length(Class<?> type, String attribute) {
        return limits(type).stream().filter(l -> l.field.getName().equals(attribute) && l.field.getType() == String.class)
                .mapToInt(l -> l.length).findFirst().orElse(0);
    }

    private static void walk(Object object, String prefix, List<Violation> out) {
        for (Limit limit : limits(object.getClass())) {
            Object value;
            try {
                value = limit.field.get(object);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            if (value == null) {
                continue;
            }
            String name = prefix + limit.field.getName();
            if (limit.nested || value instanceof Collection<?> && limit.length > 0) {
                if (value instanceof Collection<?> items && !limit.nested) {
                    int i = 0;
                    for (Object item : items) {
                        String at = name + "[" + i++ + "]";
                        if (item instanceof String text && text.length() > limit.length) {
                            out.add(new Violation(at, "Текст длиннее допустимого: не более " + limit.length + " символов (введено "
                                    + text.length() + ")"));
                        }
                    }
                } else if (value instanceof Collection<?> items) {
                    int i = 0;
                    for (Object item : items) {
                        walk(item, name + "[" + i++ + "].", out);
                    }
                } else {
                    walk(value, name + ".", out);
                }
            } else if (value instanceof String text && limit.length > 0 && text.length() > limit.length) {
                out.add(new Violation(name, "Текст длиннее допустимого: не более " + limit.length + " символов (введено "
                        + text.length() + ")"));
            } else if (value instanceof BigDecimal number) {
                checkNumber(name, number, limit, out);
            }
        }
    }

    private static void checkNumber(String name, BigDecimal number, Limit limit, List<Violation> out) {
        BigDecimal plain = number.stripTrailingZeros();
        int decimals = Math.max(plain.scale(), 0);
        int integerDigits = Math.max(plain.precision() - plain.scale(), 0);
        int allowedInteger = limit.precision > 0 ? limit.precision - limit.scale : DEFAULT_INTEGER_DIGITS;
        if (decimals > limit.scale) {
            out.add(new Violation(name, limit.scale == 0 ? "Укажите целое число (без дробной части)"
                    : "Не более " + limit.scale + " знаков после запятой (указано " + decimals + ")"));
        } else if (integerDigits > allowedInteger) {
            out.add(new Violation(name, "Слишком большое число: не более " + allowedInteger + " цифр до запятой"));
        }
    }

    private static List<Limit> limits(Class<?> type) {
        return LIMITS.computeIfAbsent(type, ColumnLimits::read);
    }

    private static List<Limit> read(Class<?> type) {
        List<Limit> limits = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.isAnnotationPresent(Transient.class)) {
                    continue;
                }
                Column column = f.getAnnotation(Column.class);
                boolean nested = f.isAnnotationPresent(Embedded.class)
                        || f.isAnnotationPresent(ElementCollection.class) && Collection.class.isAssignableFrom(f.getType())
                        && !isBasicCollection(f);
                if (nested) {
                    f.setAccessible(true);
                    limits.add(new Limit(f, 0, 0, 0, true));
                } else if (f.isAnnotationPresent(ElementCollection.class) && isTextCollection(f)) {
                    f.setAccessible(true);
                    limits.add(new Limit(f, column == null ? 255 : column.length(), 0, 0, false));
                } else if (f.getType() == String.class && !f.isAnnotationPresent(jakarta.persistence.Lob.class)) {
                    f.setAccessible(true);
                    limits.add(new Limit(f, column == null ? 255 : column.length(), 0, 0, false));
                } else if (f.getType() == BigDecimal.class) {
                    f.setAccessible(true);
                    limits.add(new Limit(f, 0, column == null ? 0 : column.precision(), column == null ? 0 : column.scale(), false));
                }
            }
        }
        return List.copyOf(limits);
    }

    private static boolean isTextCollection(Field f) {
        return f.getGenericType() instanceof java.lang.reflect.ParameterizedType p && p.getActualTypeArguments()[0] == String.class;
    }

    private static boolean isBasicCollection(Field f) {
        if (f.getGenericType() instanceof java.lang.reflect.ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element.getName().startsWith("java.") || element.isEnum();
        }
        return true;
    }

    private record Limit(Field field, int length, int precision, int scale, boolean nested) {
    }
}
