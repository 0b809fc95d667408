package org.storydesk.base.api;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.storydesk.base.Text;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies as the API reads them: JSON in UTF-8, parsed into a record, no text in it
 * holding a NUL character, then checked with Bean Validation. Whatever is wrong is said in the
 * request's own terms (the field, what it must be), never in the JSON reader's.
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** Reads a body into a record, or refuses it with a {@link BadRequest} that says why. */
    public static <T> T read(byte[] body, Class<T> type, JsonMapper json, Validator validator) {
        requireUtf8(body);
        if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw new BadRequest("Send the request body as a JSON object");
        }
        T value;
        try {
            value = json.readValue(body, type);
        } catch (JacksonException e) {
            throw new BadRequest(describe(e));
        }
        if (value == null) {
            throw new BadRequest("Send the request body as a JSON object");
        }
        requireNoNul(value);
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new BadRequest(violations.stream()
                    .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                    .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                    .collect(Collectors.joining("; ")));
        }
        return value;
    }

    /** JSON is UTF-8: anything else would be stored as replacement characters, so it is refused. */
    public static void requireUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new BadRequest("The request body is not valid UTF-8 text: save it as UTF-8 and send it again");
        }
    }

    /** No text anywhere in a parsed body (record fields, lists of text, nested records) may hold a NUL character. */
    public static void requireNoNul(@Nullable Object value) {
        String field = nulField(value, "");
        if (field != null) {
            throw new BadRequest((field.isEmpty() ? "The text" : field) + " holds a NUL character (\\u0000), which no text may hold");
        }
    }

    private static @Nullable String nulField(@Nullable Object value, String path) {
        if (value instanceof CharSequence text) {
            return Text.holdsNul(text) ? path : null;
        }
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                String found = nulField(item, path + "[" + index++ + "]");
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    String found = nulField(component.getAccessor().invoke(record),
                            path.isEmpty() ? component.getName() : path + "." + component.getName());
                    if (found != null) {
                        return found;
                    }
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("Cannot read " + component, e);
                }
            }
        }
        return null;
    }

    /** What was wrong with a body the JSON reader refused, in the request's terms. */
    public static String describe(Throwable problem) {
        JacksonException jackson = find(problem, JacksonException.class);
        if (jackson == null) {
            return "Send the request body as a JSON object";
        }
        String field = path(jackson);
        if (jackson instanceof StreamConstraintsException) {
            return (field.isEmpty() ? "The request body" : field) + " is larger or deeper than the API reads "
                    + "(numbers of at most 1,000 digits, lists and objects nested at most 500 deep)";
        }
        if (jackson instanceof InputCoercionException coercion) {
            return (field.isEmpty() ? "A number in the request body" : field) + " must be " + kind(coercion.getTargetType())
                    + " that fits (this one is too large)";
        }
        if (jackson instanceof MismatchedInputException mismatch) {
            if (field.isEmpty()) {
                return "Send the request body as a JSON object, such as {\"text\": \"…\"}";
            }
            return field + " must be " + kind(mismatch.getTargetType());
        }
        if (jackson instanceof StreamReadException) {
            TokenStreamLocation where = jackson.getLocation();
            return "The request body is not valid JSON" + (where == null || where.getLineNr() < 0 ? ""
                    : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")");
        }
        return field.isEmpty() ? "The request body could not be read as the JSON this request takes"
                : field + " has a value that cannot be read";
    }

    private static String kind(@Nullable Class<?> type) {
        if (type == null) {
            return "of another kind";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "text (a JSON string)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD, such as 2026-01-06";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list, such as [\"check\", \"legal\"]";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "a JSON object";
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static <E extends Throwable> @Nullable E find(@Nullable Throwable problem, Class<E> type) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

}
