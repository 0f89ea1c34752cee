package vn.ttdt.portal.shared.infrastructure.jdbc;

/** Makes one value (usually a record) of the {@link Row} where the cursor stands, reading its columns by label. */
@FunctionalInterface
public interface RowMapper<T> {

    T map(Row row);
}
