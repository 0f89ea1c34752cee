package vn.ttdt.portal.devserver;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A MariaDB database as the backup tools reach it: host, port and schema of a JDBC URL, with an account. */
public record DatabaseAddress(String host, int port, String database, String user, String password) {

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:(?:mariadb|mysql)://([^:/?]+)(?::(\\d+))?/([A-Za-z0-9_$]+)(?:\\?.*)?");

    public DatabaseAddress {
        Objects.requireNonNull(host);
        Objects.requireNonNull(database);
        Objects.requireNonNull(user);
        Objects.requireNonNull(password);
    }

    /** {@code jdbc:mariadb://host[:port]/database[?…]}; the port defaults to 3306. */
    public static DatabaseAddress of(String jdbcUrl, String user, String password) {
        Matcher url = JDBC_URL.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("not a MariaDB JDBC URL with a database: " + jdbcUrl
                    + " (expected jdbc:mariadb://host:port/database)");
        }
        int port = url.group(2) == null ? 3306 : Integer.parseInt(url.group(2));
        return new DatabaseAddress(url.group(1), port, url.group(3), user, password);
    }

    /** Whether the server is on this machine's loopback, where the connection never leaves the host. */
    boolean onLoopback() {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://" + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return jdbcUrl() + " as " + user;
    }
}
