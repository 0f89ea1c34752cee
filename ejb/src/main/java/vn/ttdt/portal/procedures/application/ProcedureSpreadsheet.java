package vn.ttdt.portal.procedures.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import vn.ttdt.portal.content.application.ImportRejected;
import vn.ttdt.portal.content.media.domain.MediaFormat;
import vn.ttdt.portal.content.media.domain.MediaLimits;
import vn.ttdt.portal.content.media.domain.MediaRefused;
import vn.ttdt.portal.content.media.domain.UploadRules;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.domain.VietnameseText;

/**
 * A procedure catalogue in the province's spreadsheet layout (XLSX, as the public-service portal exports it): the
 * first sheet, a header row naming the columns ({@link Column}: any order, with or without diacritics, other columns
 * such as STT ignored), then one procedure a row; empty rows are skipped, so record N is the N-th filled row under the
 * header. In a cell, several ways to submit, dossier components or legal bases go one a line; a component is
 * {@code Tờ khai | 1} (copies, 1 when left out), a basis {@code 60/2014/QH13 | Luật Hộ tịch}. Ways to submit read
 * {@code Trực tiếp}, {@code Bưu chính}, {@code Trực tuyến}; the online level {@code Toàn trình} or {@code Một phần}.
 * The file passes the upload checks first (an XLSX by its bytes, within the document size, a sound ZIP).
 */
public final class ProcedureSpreadsheet {

    /** A column of the layout: its header as documented, other headers it may have (folded), whether the sheet needs it. */
    enum Column {
        CODE(true, "Mã thủ tục", "ma tthc"),
        NAME(true, "Tên thủ tục", "ten tthc"),
        FIELD(true, "Lĩnh vực"),
        LEVEL(true, "Cấp thực hiện"),
        BODY(true, "Cơ quan thực hiện"),
        STEPS(true, "Trình tự thực hiện"),
        CHANNELS(true, "Cách thức thực hiện"),
        DOSSIER(false, "Thành phần hồ sơ"),
        TIME_LIMIT(true, "Thời hạn giải quyết"),
        FEES(true, "Phí, lệ phí"),
        APPLICANTS(true, "Đối tượng thực hiện"),
        RESULT(true, "Kết quả thực hiện"),
        LEGAL_BASES(false, "Căn cứ pháp lý"),
        ONLINE_URL(false, "Địa chỉ Cổng dịch vụ công", "duong dan cong dich vu cong"),
        ONLINE_LEVEL(false, "Mức độ trực tuyến");

        private final boolean required;
        private final String header;
        private final List<String> keys;

        Column(boolean required, String header, String... otherKeys) {
            this.required = required;
            this.header = header;
            this.keys = Stream.concat(Stream.of(key(header)), Stream.of(otherKeys)).toList();
        }

        String header() {
            return header;
        }

        static Optional<Column> named(String header) {
            String key = key(header);
            return Arrays.stream(values()).filter(c -> c.keys.contains(key)).findFirst();
        }
    }

    private static final String SEPARATOR = "|";
    private static final Map<String, String> CHANNELS = Map.of("truc tiep", "IN_PERSON", "buu chinh", "POST",
            "qua buu chinh", "POST", "dich vu buu chinh cong ich", "POST", "truc tuyen", "ONLINE");
    private static final Map<String, String> ONLINE_LEVELS = Map.of("toan trinh", "FULL", "mot phan", "PARTIAL");

    private ProcedureSpreadsheet() {
    }

    /** The catalogue the file holds; refuses, as problems of record 0, a file that is not such a spreadsheet. */
    public static ProcedureBatch read(byte[] bytes) {
        try {
            if (UploadRules.check("danh-muc.xlsx", bytes, MediaLimits.DEFAULT) != MediaFormat.XLSX) {
                throw refused("procedure.sheet.unreadable");
            }
        } catch (MediaRefused refusal) {
            throw refused(refusal.messageKey());
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
             Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            List<Row> rows = stream.filter(row -> !blank(row)).toList();
            if (rows.isEmpty()) {
                throw refused("procedure.sheet.noHeader");
            }
            Map<Column, Integer> columns = columns(rows.get(0));
            return new ProcedureBatch(rows.subList(1, rows.size()).stream().map(row -> record(row, columns)).toList());
        } catch (ImportRejected rejected) {
            throw rejected;
        } catch (IOException | RuntimeException unreadable) {
            throw refused("procedure.sheet.unreadable");
        }
    }

    private static Map<Column, Integer> columns(Row header) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < header.getCellCount(); i++) {
            int index = i;
            Column.named(cell(header, i)).ifPresent(c -> columns.putIfAbsent(c, index));
        }
        List<ImportRejected.Problem> missing = Arrays.stream(Column.values())
                .filter(c -> c.required && !columns.containsKey(c))
                .map(c -> new ImportRejected.Problem(0, c.header(), DomainTexts.text("procedure.sheet.column", c.header())))
                .toList();
        if (!missing.isEmpty()) {
            throw new ImportRejected(missing);
        }
        return columns;
    }

    private static ProcedureBatch.ProcedureRecord record(Row row, Map<Column, Integer> columns) {
        return new ProcedureBatch.ProcedureRecord(text(row, columns, Column.CODE), text(row, columns, Column.NAME),
                text(row, columns, Column.FIELD), text(row, columns, Column.LEVEL), text(row, columns, Column.BODY),
                text(row, columns, Column.STEPS),
                lines(row, columns, Column.CHANNELS).stream().map(c -> CHANNELS.getOrDefault(key(c), c)).toList(),
                lines(row, columns, Column.DOSSIER).stream().map(ProcedureSpreadsheet::dossier).toList(),
                text(row, columns, Column.TIME_LIMIT), text(row, columns, Column.FEES),
                text(row, columns, Column.APPLICANTS), text(row, columns, Column.RESULT),
                lines(row, columns, Column.LEGAL_BASES).stream().map(ProcedureSpreadsheet::basis).toList(),
                text(row, columns, Column.ONLINE_URL), onlineLevel(text(row, columns, Column.ONLINE_LEVEL)));
    }

    private static ProcedureBatch.Dossier dossier(String line) {
        int bar = line.lastIndexOf(SEPARATOR);
        String copies = bar < 0 ? "1" : line.substring(bar + 1).strip();
        return new ProcedureBatch.Dossier(bar < 0 ? line : line.substring(0, bar).strip(),
                copies.matches("[0-9]{1,3}") ? Integer.valueOf(copies) : 0);
    }

    private static ProcedureBatch.Basis basis(String line) {
        int bar = line.indexOf(SEPARATOR);
        return bar < 0 ? new ProcedureBatch.Basis(line, null)
                : new ProcedureBatch.Basis(line.substring(0, bar).strip(), line.substring(bar + 1).strip());
    }

    private static String onlineLevel(String text) {
        return text == null ? null : ONLINE_LEVELS.getOrDefault(key(text), text);
    }

    private static String text(Row row, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        String text = index == null || index >= row.getCellCount() ? "" : cell(row, index).strip();
        return text.isEmpty() ? null : text;
    }

    /** The cell's lines (or parts between semicolons), trimmed, without empty ones. */
    private static List<String> lines(Row row, Map<Column, Integer> columns, Column column) {
        String text = text(row, columns, column);
        List<String> lines = new ArrayList<>();
        for (String line : text == null ? new String[0] : text.split("[\\r\\n;]+")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    private static boolean blank(Row row) {
        for (int i = 0; i < row.getCellCount(); i++) {
            if (!cell(row, i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String cell(Row row, int index) {
        String text = row.getCellText(index);
        return text == null ? "" : text;
    }

    private static String key(String text) {
        return VietnameseText.fold(text).replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static ImportRejected refused(String messageKey) {
        return new ImportRejected(List.of(new ImportRejected.Problem(0, null, DomainTexts.text(messageKey))));
    }
}
