package vn.ttdt.portal.shared.infrastructure.jdbc;

import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * The row of a query where the cursor stands, read by column label ({@code AS} name, else the column's name; case
 * does not matter). The primitive getters ({@link #getLong}, {@link #getInt}, {@link #getBoolean}) refuse a NULL;
 * the others answer {@code null} for it. An {@link SQLException} comes out as a {@link PersistenceException}.
 */
public final class Row {

    private final ResultSet result;
    private final Map<String, Integer> indexes = new HashMap<>();

    Row(ResultSet result) {
        this.result = result;
    }

    public long getLong(String column) {
        return present(getNullableLong(column), column);
    }

    public Long getNullableLong(String column) {
        return read(column, ResultSet::getLong);
    }

    public int getInt(String column) {
        return present(getNullableInt(column), column);
    }

    public Integer getNullableInt(String column) {
        return read(column, ResultSet::getInt);
    }

    public boolean getBoolean(String column) {
        return present(read(column, ResultSet::getBoolean), column);
    }

    public String getString(String column) {
        return read(column, ResultSet::getString);
    }

    public BigDecimal getBigDecimal(String column) {
        return read(column, ResultSet::getBigDecimal);
    }

    /** A {@code DATETIME} stored as UTC wall-clock time, as every table here stores instants. */
    public Instant getInstant(String column) {
        LocalDateTime value = read(column, (r, index) -> r.getObject(index, LocalDateTime.class));
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    public LocalDate getLocalDate(String column) {
        return read(column, (r, index) -> r.getObject(index, LocalDate.class));
    }

    /** The constant of {@code type} named by the column's text. */
    public <E extends Enum<E>> E getEnum(String column, Class<E> type) {
        String name = getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** The first column, for {@link Sql#number}. */
    long firstLong() {
        try {
            long value = result.getLong(1);
            return present(result.wasNull() ? null : value, "1");
        } catch (SQLException e) {
            throw failure("1", e);
        }
    }

    /** Reads a column of the current row by a getter of {@link ResultSet}. */
    @FunctionalInterface
    private interface Getter<T> {
        T get(ResultSet result, int index) throws SQLException;
    }

    private <T> T read(String column, Getter<T> getter) {
        try {
            T value = getter.get(result, index(column));
            return result.wasNull() ? null : value;
        } catch (SQLException e) {
            throw failure(column, e);
        }
    }

    /** The column's position, looked up once per label and query. */
    private int index(String column) throws SQLException {
        Integer known = indexes.get(column);
        if (known == null) {
            known = result.findColumn(column);
            indexes.put(column, known);
        }
        return known;
    }

    private static <T> T present(T value, String column) {
        if (value == null) {
            throw new PersistenceException("Column " + column + " is NULL");
        }
        return value;
    }

    private static PersistenceException failure(String column, SQLException e) {
        return new PersistenceException("Reading column " + column + " failed", e);
    }
}
