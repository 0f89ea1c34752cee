package vn.ttdt.portal.shared.infrastructure.jdbc;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The statement and the JSON of {@link Sql#insertJsonRows}: {@code INSERT INTO t (a, b) SELECT j.a, j.b FROM
 * JSON_TABLE(?, '$[*]' COLUMNS (a BIGINT PATH '$.a', b VARCHAR(60) PATH '$.b')) AS j}, and the rows as one JSON array of
 * objects keyed by column, a NULL value left out (the column then reads NULL).
 */
final class JsonRows {

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private JsonRows() {
    }

    static String insert(String table, List<Sql.Column> columns) {
        String names = columns.stream().map(Sql.Column::name).collect(Collectors.joining(", "));
        String selected = columns.stream().map(c -> "j." + c.name()).collect(Collectors.joining(", "));
        String paths = columns.stream().map(c -> c.name() + " " + c.type() + " PATH '$." + c.name() + "'")
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + names + ") SELECT " + selected + " FROM JSON_TABLE(?, '$[*]' COLUMNS (" + paths
                + ")) AS j";
    }

    static <T> String json(List<Sql.Column> columns, List<T> items, Function<T, List<?>> values) {
        StringWriter text = new StringWriter(items.size() * 64 * columns.size() / 4);
        try (JsonGenerator json = Json.createGenerator(text)) {
            json.writeStartArray();
            for (T item : items) {
                List<?> row = values.apply(item);
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException(row.size() + " values for " + columns.size() + " columns");
                }
                json.writeStartObject();
                for (int i = 0; i < row.size(); i++) {
                    write(json, columns.get(i).name(), row.get(i));
                }
                json.writeEnd();
            }
            json.writeEnd();
        }
        return text.toString();
    }

    private static void write(JsonGenerator json, String name, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            json.write(name, ((Number) value).longValue());
        } else if (value instanceof BigDecimal decimal) {
            json.write(name, decimal);
        } else if (value instanceof BigInteger integer) {
            json.write(name, integer);
        } else if (value instanceof Boolean flag) {
            json.write(name, flag ? 1 : 0);
        } else if (value instanceof Enum<?> constant) {
            json.write(name, constant.name());
        } else if (value instanceof Instant instant) {
            json.write(name, DATETIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)));
        } else {
            json.write(name, value.toString());
        }
    }
}
