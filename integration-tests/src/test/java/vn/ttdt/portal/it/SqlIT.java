package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ttdt.portal.shared.infrastructure.jdbc.RowMapper;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/**
 * The JDBC helper against the real MariaDB of the test run, inside WildFly, on the portal's datasource: mapping by
 * column label, nulls, instants in UTC, longs, decimals, enums, batches, multi-row inserts, rows loaded as text and
 * streaming.
 */
@ExtendWith(InContainer.class)
class SqlIT {

    private enum Kind { WORK, REMUNERATION }

    private record Line(long id, String kind, Long accountId, Integer position, BigDecimal share, Instant at, LocalDate on,
                        boolean paid) {
    }

    private static final RowMapper<Line> LINE = row -> new Line(row.getLong("id"), row.getString("kind"),
            row.getNullableLong("account_id"), row.getNullableInt("position"), row.getBigDecimal("share"),
            row.getInstant("at"), row.getLocalDate("on_day"), row.getBoolean("paid"));

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    private Sql sql;

    @BeforeEach
    void table() {
        sql = Sql.on(dataSource);
        sql.update("DROP TABLE IF EXISTS sql_it_line", List.of());
        sql.update("""
                CREATE TABLE sql_it_line (id BIGINT PRIMARY KEY, kind VARCHAR(20) NOT NULL, account_id BIGINT, position INT,
                    share DECIMAL(5,2), at DATETIME(6), on_day DATE, paid BOOLEAN NOT NULL)""", List.of());
    }

    @AfterEach
    void dropTable() {
        sql.update("DROP TABLE IF EXISTS sql_it_line", List.of());
    }

    @Test
    void mapsColumnsByTheirLabelWhateverTheirOrderAndCase() {
        sql.update("INSERT INTO sql_it_line VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                List.of(7L, "WORK", 9L, 2, new BigDecimal("66.67"), Instant.parse("2019-11-30T17:00:00.123456Z"),
                        LocalDate.of(2019, 12, 1), true));

        List<Line> lines = sql.list("SELECT paid, on_day, at, share, position, account_id, kind AS KIND, id FROM sql_it_line",
                List.of(), LINE);

        assertEquals(List.of(new Line(7, "WORK", 9L, 2, new BigDecimal("66.67"), Instant.parse("2019-11-30T17:00:00.123456Z"),
                LocalDate.of(2019, 12, 1), true)), lines);
    }

    @Test
    void answersNullForNullableColumnsAndRefusesNullForPrimitives() {
        sql.update("INSERT INTO sql_it_line VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Arrays.asList(1L, "WORK", null, null, null, null, null, false));

        Line line = sql.list("SELECT * FROM sql_it_line", List.of(), LINE).get(0);
        assertNull(line.accountId());
        assertNull(line.position());
        assertNull(line.share());
        assertNull(line.at());
        assertNull(line.on());

        PersistenceException refused = assertThrows(PersistenceException.class,
                () -> sql.list("SELECT account_id FROM sql_it_line", List.of(), row -> row.getLong("account_id")));
        assertTrue(refused.getMessage().contains("account_id"), refused.getMessage());
        assertThrows(PersistenceException.class, () -> sql.list("SELECT position FROM sql_it_line", List.of(), row -> row.getInt("position")));
    }

    @Test
    void storesInstantsAsUtcWallClockTime() {
        sql.update("INSERT INTO sql_it_line (id, kind, at, paid) VALUES (?, ?, ?, ?)", List.of(1L, "WORK", Instant.parse("2019-11-30T17:00:00Z"), false));

        LocalDateTime stored = sql.first("SELECT at FROM sql_it_line", List.of(), row -> row.getInstant("at"))
                .map(at -> LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC)).orElseThrow();
        assertEquals(LocalDateTime.of(2019, 11, 30, 17, 0), stored);
        assertEquals(1, sql.number("SELECT COUNT(*) FROM sql_it_line WHERE at = ?", List.of(Instant.parse("2019-11-30T17:00:00Z"))));
    }

    @Test
    void readsLongsBeyondIntegersAndDecimalsWithTheirScale() {
        long big = 9_000_000_000_123L;
        sql.update("INSERT INTO sql_it_line (id, kind, share, paid) VALUES (?, ?, ?, ?)", List.of(big, "WORK", new BigDecimal("33.30"), true));

        assertEquals(big, sql.number("SELECT id FROM sql_it_line", List.of()));
        assertEquals(new BigDecimal("33.30"), sql.first("SELECT share FROM sql_it_line", List.of(), row -> row.getBigDecimal("share")).orElseThrow());
    }

    @Test
    void bindsEnumsByNameAndReadsThemBack() {
        sql.update("INSERT INTO sql_it_line (id, kind, paid) VALUES (?, ?, ?)", List.of(1L, Kind.REMUNERATION, false));

        assertEquals(Optional.of(Kind.REMUNERATION),
                sql.first("SELECT kind FROM sql_it_line WHERE kind = ?", List.of(Kind.REMUNERATION), row -> row.getEnum("kind", Kind.class)));
    }

    @Test
    void writesManyRowsInBatchesAndMultiRowInsertsAndStreamsThemBack() {
        int many = 2 * Sql.ROWS_PER_INSERT + 3;
        List<Integer> ids = IntStream.rangeClosed(1, many).boxed().toList();
        sql.upsertRows("INSERT INTO sql_it_line (id, kind, position, paid)", 4, ids, id -> List.of(id, "WORK", id % 7, id % 2 == 0), "");
        sql.batch("UPDATE sql_it_line SET account_id = ? WHERE id = ?", ids.subList(0, 10), id -> List.of(100L + id, id));

        List<Long> seen = new ArrayList<>();
        sql.forEach("SELECT id, account_id FROM sql_it_line ORDER BY id", List.of(), 100, row -> seen.add(row.getLong("id")));
        assertEquals(many, seen.size());
        assertEquals(many, sql.number("SELECT MAX(id) FROM sql_it_line", List.of()));
        assertEquals(10, sql.number("SELECT COUNT(*) FROM sql_it_line WHERE account_id = id + 100", List.of()));
        assertEquals(many / 2, sql.number("SELECT COUNT(*) FROM sql_it_line WHERE paid", List.of()));
    }

    @Test
    void loadsRowsAsTextWithNullsEscapesDecimalsDatesAndInstantsIntact() {
        List<Long> ids = LongStream.rangeClosed(1, 2_000).boxed().toList();
        String awkward = "tab\tnew\nline\\N Đường";
        Instant at = Instant.parse("2019-11-30T17:00:00.123456Z");
        sql.loadRows("sql_it_line", List.of("id", "kind", "account_id", "position", "share", "at", "on_day", "paid"), ids,
                id -> Arrays.asList(id, id == 1 ? awkward : Kind.WORK, id % 2 == 0 ? null : 9L, (int) (id % 7),
                        new BigDecimal("33.33"), at, LocalDate.of(2019, 12, 1), id % 2 == 0));

        assertEquals(2_000, sql.number("SELECT COUNT(*) FROM sql_it_line", List.of()));
        List<Line> firstTwo = sql.list("SELECT * FROM sql_it_line WHERE id <= 2 ORDER BY id", List.of(), LINE);
        assertEquals(List.of(new Line(1, awkward, 9L, 1, new BigDecimal("33.33"), at, LocalDate.of(2019, 12, 1), false),
                new Line(2, "WORK", null, 2, new BigDecimal("33.33"), at, LocalDate.of(2019, 12, 1), true)), firstTwo);
    }

    @Test
    void refusesLoadedRowsThatMariaDbWouldOnlyWarnAbout() {
        sql.update("INSERT INTO sql_it_line (id, kind, paid) VALUES (?, ?, ?)", List.of(1L, "WORK", false));
        List<String> columns = List.of("id", "kind", "paid");

        PersistenceException duplicate = assertThrows(PersistenceException.class,
                () -> sql.loadRows("sql_it_line", columns, List.of(1L, 2L), id -> List.of(id, "WORK", false)));
        PersistenceException tooLong = assertThrows(PersistenceException.class,
                () -> sql.loadRows("sql_it_line", columns, List.of(3L), id -> List.of(id, "x".repeat(21), false)));
        assertTrue(duplicate.getMessage().contains("LOAD DATA LOCAL INFILE"), duplicate.getMessage());
        assertTrue(tooLong.getMessage().contains("LOAD DATA LOCAL INFILE"), tooLong.getMessage());
    }

    @Test
    void namesTheFailingStatement() {
        PersistenceException failure = assertThrows(PersistenceException.class,
                () -> sql.list("SELECT nothing FROM sql_it_line", List.of(), row -> row.getString("nothing")));
        assertTrue(failure.getMessage().contains("SELECT nothing FROM sql_it_line"), failure.getMessage());
        assertThrows(PersistenceException.class, () -> sql.number("SELECT id FROM sql_it_line", List.of()));
    }

    @Test
    void writesInListsOfPlaceholdersAndOfNumbers() {
        assertEquals("?, ?, ?", Sql.placeholders(3));
        assertEquals("1,20,300", Sql.numbers(List.of(1L, 20L, 300L)));
    }
}
