package vn.ttdt.portal.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Direct access to the test MariaDB, to check what the application really stored. */
public final class Database {

    private Database() {
    }

    public static Connection connect() throws SQLException {
        return connect("portal");
    }

    /** A connection to another database (schema) of the test MariaDB. */
    public static Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://localhost:" + Integer.getInteger("it.db.port", 3317)
                + "/" + schema, "portal", "portal");
    }

    public static List<String> strings(String sql, Object... parameters) {
        return stringsIn("portal", sql, parameters);
    }

    /** The first column of every row {@code sql} answers in another database (schema) of the test MariaDB. */
    public static List<String> stringsIn(String schema, String sql, Object... parameters) {
        try (Connection c = connect(schema); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static int update(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
