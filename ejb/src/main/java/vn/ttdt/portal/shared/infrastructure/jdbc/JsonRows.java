package vn.ttdt.portal.shared.infrastructure.jdbc;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The statement and the JSON of {@link Sql#insertJsonRows}: {@code INSERT INTO t (a, b) SELECT j.a, j.b FROM
 * JSON_TABLE(?, '$[*]' COLUMNS (a BIGINT PATH '$.c0', b VARCHAR(60) PATH '$.c1')) AS j}, and the rows as one JSON
 * array of objects keyed by the column's position ({@code c0}, {@code c1}: short keys, short text), a NULL value left
 * out (the column then reads NULL).
 */
final class JsonRows {

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private JsonRows() {
    }

    static String insert(String table, List<Sql.Column> columns) {
        String names = columns.stream().map(Sql.Column::name).collect(Collectors.joining(", "));
        String selected = columns.stream().map(c -> "j." + c.name()).collect(Collectors.joining(", "));
        String paths = IntStream.range(0, columns.size())
                .mapToObj(i -> columns.get(i).name() + " " + columns.get(i).type() + " PATH '$." + key(i) + "'")
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + names + ") SELECT " + selected + " FROM JSON_TABLE(?, '$[*]' COLUMNS (" + paths
                + ")) AS j";
    }

    static <T> String json(List<Sql.Column> columns, List<T> items, Function<T, List<?>> values) {
        StringBuilder json = new StringBuilder(items.size() * 24 * columns.size());
        json.append('[');
        for (T item : items) {
            List<?> row = values.apply(item);
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(row.size() + " values for " + columns.size() + " columns");
            }
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('{');
            boolean first = true;
            for (int i = 0; i < row.size(); i++) {
                Object value = row.get(i);
                if (value != null) {
                    json.append(first ? "\"" : ",\"").append(key(i)).append("\":");
                    appendValue(json, value);
                    first = false;
                }
            }
            json.append('}');
        }
        return json.append(']').toString();
    }

    private static String key(int position) {
        return "c" + position;
    }

    private static void appendValue(StringBuilder json, Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            json.append(((Number) value).longValue());
        } else if (value instanceof BigDecimal decimal) {
            json.append(decimal.toPlainString());
        } else if (value instanceof Boolean flag) {
            json.append(flag ? 1 : 0);
        } else if (value instanceof Enum<?> constant) {
            appendString(json, constant.name());
        } else if (value instanceof Instant instant) {
            appendString(json, DATETIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)));
        } else {
            appendString(json, value.toString());
        }
    }

    /** A JSON string: quote, backslash and the control characters escaped, everything else as it is. */
    private static void appendString(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
