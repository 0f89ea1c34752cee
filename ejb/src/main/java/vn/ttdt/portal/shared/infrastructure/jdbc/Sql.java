package vn.ttdt.portal.shared.infrastructure.jdbc;

import jakarta.persistence.PersistenceException;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import vn.ttdt.portal.shared.infrastructure.jpa.UtcInstantConverter;

/**
 * The one way this code base runs hand-written SQL, on a {@link DataSource}. A bean in the server declares
 * {@code @Inject Sql sql} and gets it on the JTA datasource {@code java:jboss/datasources/PortalDS} ({@link PortalSql});
 * inside a transaction that hands out the transaction's own connection, so a statement sees what the entity manager
 * has flushed and takes part in its commit or rollback. Tests and tools use {@link #on}.
 * <pre>{@code
 * List<Tag> tags = sql.list("SELECT slug, name FROM content_item_tag WHERE item_id = ?", List.of(itemId),
 *         row -> new Tag(row.getString("slug"), row.getString("name")));
 * long count = sql.number("SELECT COUNT(*) FROM payroll_line WHERE payroll_id = ?", List.of(payrollId));
 * sql.update("DELETE FROM payroll_payee WHERE payroll_id = ?", List.of(payrollId));
 * }</pre>
 * <ul>
 * <li>Parameters are bound in order to the {@code ?} marks, through {@code setObject}, except: {@code null} as SQL
 * NULL (use {@link java.util.Arrays#asList} for a list holding nulls), an {@link Instant} as the UTC wall-clock
 * {@code DATETIME} every table stores ({@link UtcInstantConverter}), an enum as its name.</li>
 * <li>Rows are mapped by column label through a {@link RowMapper} reading a {@link Row}: give every selected column a
 * distinct label ({@code COALESCE(a.full_name, ca.name) AS author_name}), since a repeated label reads its first
 * column.</li>
 * <li>{@link #forEach} hands rows over one by one without keeping them, optionally streamed from the server in
 * {@code fetchSize} rows at a time; {@link #batch} runs one statement for many items as a JDBC batch and
 * {@link #upsertRows} as multi-row {@code INSERT … VALUES (…), (…)} (one round trip per {@value #ROWS_PER_INSERT}
 * rows); {@link #loadRows} writes thousands of rows as one {@code LOAD DATA LOCAL INFILE} fed from memory (for the
 * payroll's lines measured faster than multi-row {@code INSERT}s, BENCHMARKS.md).</li>
 * <li>An {@link SQLException} is rethrown as a {@link PersistenceException} naming the statement: the container
 * rolls the transaction back as it does for the entity manager's failures.</li>
 * </ul>
 * Build an {@code IN} list with {@link #placeholders} (bound values) or {@link #numbers} (ids the application
 * holds, written into the statement); never concatenate text a user typed.
 */
public final class Sql {

    /** Rows per statement of {@link #upsertRows}. */
    public static final int ROWS_PER_INSERT = 500;

    private final DataSource dataSource;

    /** The connection every statement of this instance runs on ({@link #onOneConnection}); else null: one each. */
    private final Connection held;

    private Sql(DataSource dataSource, Connection held) {
        this.dataSource = dataSource;
        this.held = held;
    }

    public static Sql on(DataSource dataSource) {
        return new Sql(dataSource, null);
    }

    /**
     * Runs {@code work} with statements that share one connection of the datasource, given back when {@code work}
     * ends: one checkout from the pool, and one pool check of the connection, for them all instead of one per statement.
     * For a few reads in a row outside a transaction (inside one, every statement already shares the transaction's).
     */
    public <T> T onOneConnection(Function<Sql, T> work) {
        if (held != null) {
            return work.apply(this);
        }
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(new Sql(dataSource, connection));
        } catch (SQLException e) {
            throw new PersistenceException("SQL failed: taking or giving back a connection", e);
        }
    }

    /** A connection for one statement: the held one, or one from the pool that goes back when the lease closes. */
    private record Lease(Connection connection, boolean borrowed) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            if (borrowed) {
                connection.close();
            }
        }
    }

    private Lease lease() throws SQLException {
        return held != null ? new Lease(held, false) : new Lease(dataSource.getConnection(), true);
    }

    /** Every row of the query, mapped in order. */
    public <T> List<T> list(String sql, List<?> parameters, RowMapper<T> mapper) {
        List<T> rows = new ArrayList<>();
        forEach(sql, parameters, 0, row -> rows.add(mapper.map(row)));
        return rows;
    }

    /** The first row of the query, if any. */
    public <T> Optional<T> first(String sql, List<?> parameters, RowMapper<T> mapper) {
        List<T> rows = list(sql, parameters, mapper);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** The first column of the first row as a number ({@code SELECT COUNT(*) …}); a query without rows or a NULL fails. */
    public long number(String sql, List<?> parameters) {
        return first(sql, parameters, Row::firstLong)
                .orElseThrow(() -> new PersistenceException("No row: " + sql));
    }

    /**
     * Hands each row of the query to {@code each}, keeping none. With a {@code fetchSize} above 0 the driver streams
     * the rows in groups of that size instead of reading them all first; the connection then runs no other
     * statement until the last row is read, so {@code each} must not run SQL.
     */
    public void forEach(String sql, List<?> parameters, int fetchSize, Consumer<Row> each) {
        try (Lease lease = lease(); PreparedStatement statement = lease.connection().prepareStatement(sql)) {
            bind(statement, 1, parameters);
            if (fetchSize > 0) {
                statement.setFetchSize(fetchSize);
            }
            try (ResultSet result = statement.executeQuery()) {
                Row row = new Row(result);
                while (result.next()) {
                    each.accept(row);
                }
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** Runs an {@code INSERT}, {@code UPDATE} or {@code DELETE}; the number of rows it changed. */
    public int update(String sql, List<?> parameters) {
        try (Lease lease = lease(); PreparedStatement statement = lease.connection().prepareStatement(sql)) {
            bind(statement, 1, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** Runs {@code sql} once for each item as one JDBC batch, {@code parameters} giving each item's values in order. */
    public <T> void batch(String sql, Collection<T> items, Function<T, List<?>> parameters) {
        if (items.isEmpty()) {
            return;
        }
        try (Lease lease = lease(); PreparedStatement statement = lease.connection().prepareStatement(sql)) {
            for (T item : items) {
                bind(statement, 1, parameters.apply(item));
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /**
     * Inserts one row per item as multi-row {@code INSERT}s of up to {@value #ROWS_PER_INSERT} rows, each statement
     * ended by {@code onDuplicate} ({@code ON DUPLICATE KEY UPDATE n = n + VALUES(n)}: additions that several writers can
     * make to the same rows without reading them first; empty for plain inserts). {@code insertInto} is the statement up
     * to {@code VALUES} ({@code INSERT INTO t (a, b, c)}) and {@code values} gives each item's values, as many as the
     * columns named.
     */
    public <T> void upsertRows(String insertInto, int columns, List<T> items, Function<T, List<?>> values, String onDuplicate) {
        String row = "(" + placeholders(columns) + ")";
        String tail = onDuplicate.isEmpty() ? "" : " " + onDuplicate;
        String full = insertInto + " VALUES " + String.join(", ", Collections.nCopies(ROWS_PER_INSERT, row)) + tail;
        try (Lease lease = lease()) {
            for (int from = 0; from < items.size(); from += ROWS_PER_INSERT) {
                List<T> group = items.subList(from, Math.min(items.size(), from + ROWS_PER_INSERT));
                String sql = group.size() == ROWS_PER_INSERT ? full
                        : insertInto + " VALUES " + String.join(", ", Collections.nCopies(group.size(), row)) + tail;
                try (PreparedStatement statement = lease.connection().prepareStatement(sql)) {
                    int index = 1;
                    for (T item : group) {
                        index = bind(statement, index, values.apply(item));
                    }
                    statement.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw failure(insertInto, e);
        }
    }

    /**
     * Inserts one row per item into {@code table} with one {@code LOAD DATA LOCAL INFILE}: the rows are written as text
     * in memory ({@link LoadDataText}) and handed to the driver as the statement's input stream, so the server parses
     * no SQL per value. {@code table} and {@code columns} are names from the code, never typed by a user; {@code values}
     * gives each item's values in the columns' order. In a transaction it is one more statement of it.
     * <p>
     * No file is read: the statement names none the driver could open (MariaDB Connector/J opens a file only when no
     * stream is given and the file the server asks for is the one written in the statement), and this is the code
     * base's only {@code LOAD DATA}. Where MariaDB would only warn (a duplicate key is skipped with {@code LOCAL}, a
     * value truncated), the rows are refused instead: fewer rows written than given, or any warning, fail the call.
     */
    public <T> void loadRows(String table, List<String> columns, List<T> items, Function<T, List<?>> values) {
        if (items.isEmpty()) {
            return;
        }
        String sql = "LOAD DATA LOCAL INFILE 'rows' INTO TABLE " + table
                + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ("
                + String.join(", ", columns) + ")";
        byte[] rows = LoadDataText.of(items, columns.size(), values);
        try (Lease lease = lease(); Statement statement = lease.connection().createStatement()) {
            statement.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(new ByteArrayInputStream(rows));
            int written = statement.executeUpdate(sql);
            SQLWarning warning = statement.getWarnings();
            if (written != items.size() || warning != null) {
                throw new PersistenceException("SQL refused: " + sql + ": " + written + " of " + items.size() + " rows written"
                        + (warning == null ? "" : ", " + warning.getMessage()));
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** {@code ?, ?, ?} for an {@code IN} list of {@code count} bound values. */
    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /**
     * {@code 1,2,3} for an {@code IN} list written into a statement: for ids the application holds (never typed by a
     * user), where thousands of bound parameters would cost more than the query.
     */
    public static String numbers(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static int bind(PreparedStatement statement, int first, List<?> parameters) throws SQLException {
        int index = first;
        for (Object value : parameters) {
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof Instant instant) {
                statement.setTimestamp(index, UtcInstantConverter.toTimestamp(instant));
            } else if (value instanceof Enum<?> constant) {
                statement.setString(index, constant.name());
            } else {
                statement.setObject(index, value);
            }
            index++;
        }
        return index;
    }

    private static PersistenceException failure(String sql, SQLException e) {
        return new PersistenceException("SQL failed: " + sql, e);
    }
}
