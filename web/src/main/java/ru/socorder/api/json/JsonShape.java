package ru.socorder.api.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import ru.socorder.service.common.FieldError;

/**
 * Checks a JSON body against the Java type it is bound to, before binding, and names every mismatch by its path in
 * Russian ({@code lines[0].years[1].total: ожидается число}): a text where a number is expected, a fraction where a
 * whole number is (a version {@code 29.5}), a number beyond the type's range ({@code 1e20}), {@code null} or an
 * object where a list is, an impossible date, an unknown code of an enumeration. Returns the same document cleaned
 * for binding: whole numbers written as integers, invisible characters (zero-width spaces, BOM, soft hyphen) removed
 * from texts; a text with control characters is refused. Unknown properties are left alone (the binder ignores them).
 */
public final class JsonShape {
    /** More digits than any column keeps: refused before anything computes with them. */
    private static final int MAX_DIGITS = 30;
    private static final Map<Class<?>, Map<String, Type>> PROPERTIES = new ConcurrentHashMap<>();

    private final List<FieldError> errors;

    private JsonShape(List<FieldError> errors) {
        this.errors = errors;
    }

    /** The cleaned value; the mismatches are added to {@code errors}. */
    public static JsonValue check(JsonValue value, Type type, List<FieldError> errors) {
        return new JsonShape(errors).value(value, type, "");
    }

    private JsonValue value(JsonValue v, Type type, String path) {
        Class<?> raw = raw(type);
        if (v.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                error(path, "значение обязательно — null не допускается");
            } else if (Collection.class.isAssignableFrom(raw)) {
                error(path, "ожидается список (JSON-массив, можно пустой []), передано null");
            }
            return v;
        }
        if (JsonValue.class.isAssignableFrom(raw)) {
            return structure(v, raw, path);
        }
        if (raw == String.class) {
            return text(v, path);
        }
        if (raw == Long.class || raw == long.class) {
            return whole(v, path, BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE));
        }
        if (raw == Integer.class || raw == int.class) {
            return whole(v, path, BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE));
        }
        if (raw == Short.class || raw == short.class) {
            return whole(v, path, BigInteger.valueOf(Short.MIN_VALUE), BigInteger.valueOf(Short.MAX_VALUE));
        }
        if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
            return decimal(v, path);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (v != JsonValue.TRUE && v != JsonValue.FALSE) {
                error(path, "ожидается true или false");
            }
            return v;
        }
        if (raw == LocalDate.class) {
            return date(v, path);
        }
        if (raw.isEnum()) {
            return enumeration(v, raw, path);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return list(v, element(type), path);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return map(v, type, path);
        }
        return object(v, raw, path);
    }

    private JsonValue structure(JsonValue v, Class<?> raw, String path) {
        if (JsonObject.class.isAssignableFrom(raw) && v.getValueType() != JsonValue.ValueType.OBJECT) {
            error(path, "ожидается JSON-объект {…}");
        } else if (JsonArray.class.isAssignableFrom(raw) && v.getValueType() != JsonValue.ValueType.ARRAY) {
            error(path, "ожидается список (JSON-массив)");
        }
        return clean(v, path);
    }

    /** Texts cleaned all through a free structure (a JsonObject body read by hand). */
    private JsonValue clean(JsonValue v, String path) {
        switch (v.getValueType()) {
            case STRING:
                return text(v, path);
            case OBJECT: {
                JsonObjectBuilder b = Json.createObjectBuilder();
                v.asJsonObject().forEach((k, x) -> b.add(k, clean(x, join(path, k))));
                return b.build();
            }
            case ARRAY: {
                JsonArrayBuilder b = Json.createArrayBuilder();
                JsonArray a = v.asJsonArray();
                for (int i = 0; i < a.size(); i++) {
                    b.add(clean(a.get(i), path + "[" + i + "]"));
                }
                return b.build();
            }
            default:
                return v;
        }
    }

    private JsonValue text(JsonValue v, String path) {
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            error(path, "ожидается текст в кавычках, передано " + kind(v));
            return v;
        }
        String s = ((JsonString) v).getString();
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) {
                error(path, "текст содержит управляющий символ (код " + (int) c + ") — уберите его");
                return v;
            }
            out.append(c);
        }
        return out.length() == s.length() ? v : Json.createValue(out.toString());
    }

    /** Zero-width space, non-joiner, joiner, word joiner, byte order mark, soft hyphen. */
    static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    private JsonValue whole(JsonValue v, String path, BigInteger min, BigInteger max) {
        if (v.getValueType() != JsonValue.ValueType.NUMBER) {
            error(path, "ожидается целое число, передано " + kind(v));
            return v;
        }
        BigDecimal n = ((JsonNumber) v).bigDecimalValue();
        if (n.signum() != 0 && n.stripTrailingZeros().scale() > 0) {
            error(path, "ожидается целое число, передано " + shortText(n));
            return v;
        }
        if (n.precision() - n.scale() > MAX_DIGITS) {
            error(path, "число вне допустимого диапазона");
            return v;
        }
        BigInteger i = n.toBigIntegerExact();
        if (i.compareTo(min) < 0 || i.compareTo(max) > 0) {
            error(path, "число вне допустимого диапазона (от " + min + " до " + max + ")");
            return v;
        }
        return Json.createValue(i);
    }

    private JsonValue decimal(JsonValue v, String path) {
        if (v.getValueType() != JsonValue.ValueType.NUMBER) {
            error(path, "ожидается число, передано " + kind(v));
            return v;
        }
        BigDecimal n = ((JsonNumber) v).bigDecimalValue().stripTrailingZeros();
        if (n.precision() - n.scale() > MAX_DIGITS) {
            error(path, "слишком большое число");
        } else if (n.scale() > MAX_DIGITS) {
            error(path, "слишком много знаков после запятой");
        }
        return v;
    }

    private JsonValue date(JsonValue v, String path) {
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            error(path, "ожидается дата в кавычках в формате ГГГГ-ММ-ДД, передано " + kind(v));
            return v;
        }
        try {
            LocalDate.parse(((JsonString) v).getString().strip());
        } catch (DateTimeParseException e) {
            error(path, "нет такой даты или неверный формат: «" + shortText(((JsonString) v).getString())
                    + "», ожидается ГГГГ-ММ-ДД");
        }
        return v;
    }

    private JsonValue enumeration(JsonValue v, Class<?> raw, String path) {
        String allowed = Arrays.stream(raw.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            error(path, "ожидается одно из значений: " + allowed + "; передано " + kind(v));
        } else if (Arrays.stream(raw.getEnumConstants()).noneMatch(c -> c.toString().equals(((JsonString) v).getString()))) {
            error(path, "неизвестное значение «" + shortText(((JsonString) v).getString()) + "», допустимы: " + allowed);
        }
        return v;
    }

    private JsonValue list(JsonValue v, Type element, String path) {
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            error(path, "ожидается список (JSON-массив […]), передано " + kind(v));
            return v;
        }
        JsonArrayBuilder b = Json.createArrayBuilder();
        JsonArray a = v.asJsonArray();
        for (int i = 0; i < a.size(); i++) {
            String at = path + "[" + i + "]";
            if (a.isNull(i)) {
                error(at, "элемент списка не может быть null");
                b.addNull();
            } else {
                b.add(value(a.get(i), element, at));
            }
        }
        return b.build();
    }

    private JsonValue map(JsonValue v, Type type, String path) {
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            error(path, "ожидается JSON-объект {…}, передано " + kind(v));
            return v;
        }
        Type valueType = type instanceof ParameterizedType p ? p.getActualTypeArguments()[1] : Object.class;
        JsonObjectBuilder b = Json.createObjectBuilder();
        v.asJsonObject().forEach((k, x) -> b.add(k, value(x, valueType, join(path, k))));
        return b.build();
    }

    private JsonValue object(JsonValue v, Class<?> raw, String path) {
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            error(path.isEmpty() ? "body" : path, "ожидается JSON-объект {…}, передано " + kind(v));
            return v;
        }
        Map<String, Type> properties = PROPERTIES.computeIfAbsent(raw, JsonShape::properties);
        JsonObjectBuilder b = Json.createObjectBuilder();
        v.asJsonObject().forEach((k, x) -> {
            Type t = properties.get(k);
            b.add(k, t == null ? x : value(x, t, join(path, k)));
        });
        return b.build();
    }

    /** Properties as JSON-B binds them by default: public fields and setters, named like the field. */
    private static Map<String, Type> properties(Class<?> type) {
        Map<String, Type> out = new HashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers()) && !Modifier.isStatic(f.getModifiers())) {
                    out.putIfAbsent(f.getName(), f.getGenericType());
                }
            }
        }
        for (Method m : type.getMethods()) {
            if (m.getName().length() > 3 && m.getName().startsWith("set") && m.getParameterCount() == 1
                    && !Modifier.isStatic(m.getModifiers())) {
                String name = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
                out.putIfAbsent(name, m.getGenericParameterTypes()[0]);
            }
        }
        return out;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type element(Type type) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String kind(JsonValue v) {
        return switch (v.getValueType()) {
            case STRING -> "текст";
            case NUMBER -> "число";
            case TRUE, FALSE -> "логическое значение";
            case ARRAY -> "список";
            case OBJECT -> "объект";
            case NULL -> "null";
        };
    }

    private static String shortText(Object o) {
        String s = o instanceof BigDecimal b ? b.toString() : String.valueOf(o);
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private void error(String path, String message) {
        String field = path.isEmpty() ? "body" : path;
        errors.add(new FieldError(field, "Поле «" + field + "»: " + message));
    }
}
