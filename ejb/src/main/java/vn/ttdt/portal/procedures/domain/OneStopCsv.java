package vn.ttdt.portal.procedures.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the one-stop results of one month from a CSV file (UTF-8, a BOM allowed, comma-separated, fields may be
 * quoted with {@code "}), one line per unit after the header line {@link #HEADER}. Every problem is reported with its
 * line number (the header is line 1); a file with a problem yields no line at all, so that nothing is stored half-way.
 */
public final class OneStopCsv {

    /** The columns, in this order. */
    public static final List<String> HEADER = List.of("don_vi", "ky", "tiep_nhan_moi", "ton_ky_truoc",
            "giai_quyet_truoc_han", "giai_quyet_dung_han", "giai_quyet_tre_han", "dang_giai_quyet_trong_han",
            "dang_giai_quyet_qua_han", "tra_lai_rut");
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_LINES = 5000;
    public static final int MAX_COUNT = 1_000_000;

    private static final Pattern COUNT = Pattern.compile("[0-9]{1,7}");
    private static final Pattern NEGATIVE = Pattern.compile("-[0-9]+");

    private OneStopCsv() {
    }

    /** A unit's line: its line number, the unit as written and the counts. */
    public record Line(int number, String unit, OneStopCounts counts) {
    }

    /** A problem of line {@code line} (0 for the file as a whole). */
    public record Problem(int line, Violation violation) {
    }

    /** The lines of a good file, or the problems of a bad one (then no line). */
    public record Parsed(List<Line> lines, List<Problem> problems) {

        public Parsed {
            lines = List.copyOf(lines);
            problems = List.copyOf(problems);
        }

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    public static Parsed parse(byte[] bytes, YearMonth period) {
        if (bytes == null || bytes.length == 0) {
            return refused(0, null, "oneStop.csv.empty");
        }
        if (bytes.length > MAX_BYTES) {
            return refused(0, null, "oneStop.csv.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return refused(0, null, "oneStop.csv.notUtf8");
        }
        if (text.indexOf('\0') >= 0) {
            return refused(0, null, "oneStop.csv.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> rows = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        while (!rows.isEmpty() && rows.get(rows.size() - 1).isBlank()) {
            rows.remove(rows.size() - 1);
        }
        if (rows.size() > MAX_LINES + 1) {
            return refused(0, null, "oneStop.csv.tooManyLines", MAX_LINES);
        }
        List<String> header = rows.isEmpty() ? null : fields(rows.get(0));
        if (header == null || !HEADER.equals(header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList())) {
            return refused(1, null, "oneStop.csv.header", String.join(",", HEADER));
        }
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> units = new HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            int number = i + 1;
            if (rows.get(i).isBlank()) {
                problems.add(new Problem(number, Violation.of(null, "oneStop.csv.blankLine")));
                continue;
            }
            Line line = line(number, rows.get(i), period, problems);
            if (line != null && !units.add(line.unit().toLowerCase(Locale.ROOT))) {
                problems.add(new Problem(number, Violation.of("don_vi", "oneStop.csv.duplicateUnit", line.unit())));
            } else if (line != null) {
                lines.add(line);
            }
        }
        if (problems.isEmpty() && lines.isEmpty()) {
            return refused(0, null, "oneStop.csv.noLine");
        }
        return problems.isEmpty() ? new Parsed(lines, List.of()) : new Parsed(List.of(), problems);
    }

    private static Line line(int number, String row, YearMonth period, List<Problem> problems) {
        List<String> fields = fields(row);
        if (fields == null) {
            problems.add(new Problem(number, Violation.of(null, "oneStop.csv.quotes")));
            return null;
        }
        if (fields.size() != HEADER.size()) {
            problems.add(new Problem(number, Violation.of(null, "oneStop.csv.columns", fields.size(), HEADER.size())));
            return null;
        }
        int before = problems.size();
        String unit = fields.get(0).strip();
        if (unit.isEmpty() || unit.length() > 255) {
            problems.add(new Problem(number, Violation.of("don_vi", "oneStop.csv.unit")));
        }
        String written = fields.get(1).strip();
        if (!written.equals(period.toString())) {
            problems.add(new Problem(number, Violation.of("ky", "oneStop.csv.period", written, period.toString())));
        }
        int[] counts = new int[8];
        for (int c = 0; c < counts.length; c++) {
            String column = HEADER.get(c + 2);
            String value = fields.get(c + 2).strip();
            if (NEGATIVE.matcher(value).matches()) {
                problems.add(new Problem(number, Violation.of(column, "oneStop.csv.negative", value)));
            } else if (!COUNT.matcher(value).matches() || Integer.parseInt(value) > MAX_COUNT) {
                problems.add(new Problem(number, Violation.of(column, "oneStop.csv.number", value, MAX_COUNT)));
            } else {
                counts[c] = Integer.parseInt(value);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        OneStopCounts result = new OneStopCounts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6],
                counts[7]);
        if (!result.addsUp()) {
            problems.add(new Problem(number, Violation.of(null, "oneStop.totals", result.received(), result.resolved(),
                    result.inProgress(), result.getReturned())));
            return null;
        }
        return new Line(number, unit, result);
    }

    /** The fields of one line; null when a quote is not closed or text follows a closing quote. */
    static List<String> fields(String row) {
        List<String> fields = new ArrayList<>();
        CharBuffer in = CharBuffer.wrap(row);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (in.hasRemaining()) {
            char c = in.get();
            if (quoted) {
                if (c == '"' && in.hasRemaining() && in.get(in.position()) == '"') {
                    field.append('"');
                    in.get();
                } else if (c == '"') {
                    quoted = false;
                    wasQuoted = true;
                } else {
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
                quoted = true;
                field.setLength(0);
            } else if (wasQuoted && !Character.isWhitespace(c)) {
                return null;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }

    private static Parsed refused(int line, String field, String key, Object... arguments) {
        return new Parsed(List.of(), List.of(new Problem(line, Violation.of(field, key, arguments))));
    }
}
