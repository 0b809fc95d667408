package org.storydesk.base.api;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The same rows as the JSON, as CSV (RFC 4180) for a spreadsheet. Lists within a cell are
 * joined with "; ". A cell that a spreadsheet would run as a formula is prefixed with an
 * apostrophe, so an export can never carry a formula into a newsroom's spreadsheet.
 */
public final class Csv {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Csv() {
    }

    /** A column: its header and how to read a row's cell. */
    public record Column<T>(String header, Function<T, ?> value) {
        public static <T> Column<T> of(String header, Function<T, ?> value) {
            return new Column<>(header, value);
        }
    }

    public static boolean requested(String format) {
        return "csv".equalsIgnoreCase(format);
    }

    public static <T> ResponseEntity<String> response(String name, Collection<T> rows, List<Column<T>> columns) {
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name + ".csv").build().toString())
                .body(write(rows, columns));
    }

    public static <T> String write(Collection<T> rows, List<Column<T>> columns) {
        StringBuilder csv = new StringBuilder();
        csv.append(columns.stream().map(Column::header).map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
        for (T row : rows) {
            csv.append(columns.stream().map(column -> cell(column.value().apply(row))).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Collection<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining("; "))
                : String.valueOf(value);
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
