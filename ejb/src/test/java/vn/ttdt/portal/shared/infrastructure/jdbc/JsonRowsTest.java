package vn.ttdt.portal.shared.infrastructure.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRowsTest {

    private enum Kind { WORK }

    private static final List<Sql.Column> COLUMNS = List.of(new Sql.Column("id", "BIGINT"), new Sql.Column("title", "VARCHAR(300)"),
            new Sql.Column("share", "DECIMAL(5,2)"));

    @Test
    void selectsEachColumnFromTheKeyOfItsPosition() {
        assertEquals("INSERT INTO line (id, title, share) SELECT j.id, j.title, j.share FROM JSON_TABLE(?, '$[*]' COLUMNS ("
                + "id BIGINT PATH '$.c0', title VARCHAR(300) PATH '$.c1', share DECIMAL(5,2) PATH '$.c2')) AS j",
                JsonRows.insert("line", COLUMNS));
    }

    @Test
    void writesOneObjectPerRowLeavingNullsOut() {
        List<List<?>> rows = List.of(Arrays.asList(1L, "Tin mới", new BigDecimal("33.33")), Arrays.asList(2, null, null));

        assertEquals("[{\"c0\":1,\"c1\":\"Tin mới\",\"c2\":33.33},{\"c0\":2}]", JsonRows.json(COLUMNS, rows, row -> row));
    }

    @Test
    void escapesQuotesBackslashesAndControlCharactersOnly() {
        List<List<?>> rows = List.of(Arrays.asList(null, "Lê \"Văn\" A\\B\t'C'\n\u0001", null));

        assertEquals("[{\"c1\":\"Lê \\\"Văn\\\" A\\\\B\\t'C'\\n\\u0001\"}]", JsonRows.json(COLUMNS, rows, row -> row));
    }

    @Test
    void writesDecimalsPlainBooleansAsDigitsEnumsByNameDatesIsoAndInstantsAsUtcWallClock() {
        List<Sql.Column> columns = List.of(new Sql.Column("a", "DECIMAL(9,2)"), new Sql.Column("b", "BOOLEAN"),
                new Sql.Column("c", "VARCHAR(12)"), new Sql.Column("d", "DATE"), new Sql.Column("e", "DATETIME(6)"));
        List<List<?>> rows = List.of(List.of(new BigDecimal("1E+3"), true, Kind.WORK, LocalDate.of(2019, 12, 1),
                Instant.parse("2019-11-30T17:00:00.123456Z")));

        assertEquals("[{\"c0\":1000,\"c1\":1,\"c2\":\"WORK\",\"c3\":\"2019-12-01\",\"c4\":\"2019-11-30 17:00:00.123456\"}]",
                JsonRows.json(columns, rows, row -> row));
    }

    @Test
    void writesAnEmptyArrayForNoRows() {
        assertEquals("[]", JsonRows.json(COLUMNS, List.<List<?>>of(), row -> row));
    }

    @Test
    void refusesARowWithoutOneValuePerColumn() {
        assertThrows(IllegalArgumentException.class, () -> JsonRows.json(COLUMNS, List.of(List.of(1L)), row -> row));
    }
}
