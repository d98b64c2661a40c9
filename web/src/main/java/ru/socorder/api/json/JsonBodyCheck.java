package ru.socorder.api.json;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import ru.socorder.service.common.FieldError;
import ru.socorder.service.common.ValidationFailed;

/**
 * Every JSON body of the API — the application's forms and plain JSON objects — is checked before it is bound:
 * malformed JSON, a value of the wrong type, a fraction where a whole number is expected, an impossible date or an
 * array where an object is expected is a 400 problem naming the field in Russian ({@link JsonShape}), never a 500, an
 * English parser message or a silently truncated value. The cleaned document then goes to the server's own JSON-B
 * binding. An interceptor rather than a reader of its own, so it applies whichever reader the server picks. An
 * empty body reads as {@code null}; the resource says what it expected.
 */
@Provider
public class JsonBodyCheck implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!applies(context)) {
            return context.proceed();
        }
        PushbackInputStream in = new PushbackInputStream(context.getInputStream(), 1);
        int first = in.read();
        if (first < 0) {
            return null;
        }
        in.unread(first);
        JsonValue document = parse(in);
        List<FieldError> errors = new ArrayList<>();
        JsonValue clean = JsonShape.check(document, context.getGenericType() == null ? context.getType() : context.getGenericType(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        context.setInputStream(new ByteArrayInputStream(clean.toString().getBytes(StandardCharsets.UTF_8)));
        return context.proceed();
    }

    private static boolean applies(ReaderInterceptorContext context) {
        MediaType type = context.getMediaType();
        boolean json = type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        Class<?> target = context.getType();
        return json && (target.getName().startsWith("ru.socorder.") || JsonStructure.class.isAssignableFrom(target));
    }

    private static JsonValue parse(InputStream in) {
        try (JsonParser parser = Json.createParser(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            parser.next();
            JsonValue document = parser.getValue();
            if (parser.hasNext()) {
                parser.next();
                throw malformed("после JSON-значения есть лишний текст");
            }
            return document;
        } catch (JsonParsingException e) {
            throw malformed("строка " + e.getLocation().getLineNumber() + ", позиция " + e.getLocation().getColumnNumber());
        } catch (JsonException | java.util.NoSuchElementException e) {
            throw malformed(null);
        }
    }

    private static ValidationFailed malformed(String where) {
        return new ValidationFailed("body", "Тело запроса не является корректным JSON" + (where == null ? "" : " (" + where + ")"));
    }
}
