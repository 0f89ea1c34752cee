package vn.ttdt.portal.shared.infrastructure.jdbc;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Hand-written read-only SQL run on the pool's connection, rows as arrays of column values, the
 * way {@code NativeSql.rows} gives them. Within a transaction the pool hands out the transaction's
 * own connection, so what is read is what the entity manager would read. For the public pages'
 * read model: through the entity manager the same statements cost more in EclipseLink's query
 * preparation and row building than in the driver and MariaDB together.
 */
public final class JdbcRows {

    private JdbcRows() {
    }

    public static List<Object[]> rows(DataSource dataSource, String sql, List<?> parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading failed: " + sql, e);
        }
    }
}
