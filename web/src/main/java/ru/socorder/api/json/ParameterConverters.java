package ru.socorder.api.json;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import ru.socorder.api.Problems;
import ru.socorder.service.common.FieldError;

/**
 * Path and query parameters of the API that are numbers or dates: a value that is not one ({@code ?size=abc},
 * {@code ?page=99999999999}, {@code /decisions/abc}) is a 400 problem naming the parameter, not the 404 «no such
 * resource» that JAX-RS answers by default for a parameter it cannot convert.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {
    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Converter<>(name, Long::valueOf, "целое число в допустимых пределах");
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Converter<>(name, Integer::valueOf, "целое число в допустимых пределах");
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<>(name, LocalDate::parse, "дата в формате ГГГГ-ММ-ДД");
        }
        return null;
    }

    private static String name(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            } else if (a instanceof PathParam p) {
                return p.value();
            } else if (a instanceof FormParam f) {
                return f.value();
            } else if (a instanceof HeaderParam h) {
                return h.value();
            } else if (a instanceof MatrixParam m) {
                return m.value();
            } else if (a instanceof CookieParam c) {
                return c.value();
            }
        }
        return null;
    }

    private record Converter<T>(String name, Function<String, T> parse, String expected) implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value.strip());
            } catch (NumberFormatException | DateTimeParseException e) {
                String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
                String message = "Параметр «" + name + "»: ожидается " + expected + ", передано «" + shown + "»";
                throw new WebApplicationException(Problems.of(400, "Неверный параметр запроса", message,
                        List.of(new FieldError(name, message))));
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
