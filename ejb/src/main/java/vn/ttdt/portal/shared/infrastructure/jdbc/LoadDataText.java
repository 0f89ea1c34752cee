package vn.ttdt.portal.shared.infrastructure.jdbc;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * Rows as the text {@code LOAD DATA} reads with its default format (fields ended by a tab, lines by a newline,
 * {@code \} escaping), in UTF-8: {@code \N} for NULL; in text a backslash, tab, newline, carriage return and NUL
 * escaped; decimals exactly as they are ({@link BigDecimal#toPlainString()}); dates as {@code 2019-11-30}; instants as
 * the UTC wall-clock time every table stores; booleans as 1 or 0; enums by name. Any other type is refused rather
 * than written in a form MariaDB might read differently.
 */
final class LoadDataText {

    private static final DateTimeFormatter UTC_WALL_CLOCK = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);

    private LoadDataText() {
    }

    static <T> byte[] of(List<T> items, int columns, Function<T, List<?>> values) {
        StringBuilder text = new StringBuilder(items.size() * 160);
        for (T item : items) {
            List<?> row = values.apply(item);
            if (row.size() != columns) {
                throw new IllegalArgumentException(row.size() + " values for " + columns + " columns: " + row);
            }
            for (int i = 0; i < columns; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                appendValue(text, row.get(i));
            }
            text.append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendValue(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof String string) {
            appendEscaped(text, string);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            text.append(value);
        } else if (value instanceof BigDecimal decimal) {
            text.append(decimal.toPlainString());
        } else if (value instanceof Boolean flag) {
            text.append(flag ? '1' : '0');
        } else if (value instanceof Enum<?> constant) {
            appendEscaped(text, constant.name());
        } else if (value instanceof LocalDate day) {
            text.append(day);
        } else if (value instanceof Instant instant) {
            text.append(UTC_WALL_CLOCK.format(instant));
        } else {
            throw new IllegalArgumentException("No LOAD DATA text for a " + value.getClass().getName() + ": " + value);
        }
    }

    private static void appendEscaped(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\0' -> text.append("\\0");
                default -> text.append(c);
            }
        }
    }
}
