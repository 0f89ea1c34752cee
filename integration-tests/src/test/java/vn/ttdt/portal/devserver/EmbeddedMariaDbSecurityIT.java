package vn.ttdt.portal.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The run command's database: reachable on the loopback with the generated password only; no other account, no empty
 * or wrong password, no connection through any other address of this machine. It installs and starts a MariaDB of its
 * own (≈ 12 s), so it runs among the integration tests, beside the others, instead of holding up their module in the
 * dev server's build (docs/tests.md); second in the classes' order, after the run's deployment rather than beside it.
 * In the dev server's package: it reads the run directory's password file.
 */
@Order(2)
class EmbeddedMariaDbSecurityIT {

    private static final Path RUN = Path.of("target/devserver-security-run").toAbsolutePath();
    private static EmbeddedMariaDb db;
    private static String password;
    private static int port;

    @BeforeAll
    static void start() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        password = RunDirectoryPassword.of(RUN.resolve(RunDirectoryPassword.FILE_NAME));
        db = EmbeddedMariaDb.startSecured(RUN.resolve("mariadb"), port, "portal", "portal", password);
    }

    @AfterAll
    static void stop() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void thePasswordIsGeneratedOnceAndReadableByItsOwnerOnly() throws IOException {
        Path file = RUN.resolve(RunDirectoryPassword.FILE_NAME);
        assertEquals(password, RunDirectoryPassword.of(file));
        assertTrue(password.length() >= 20, password);
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), Files.getPosixFilePermissions(file));
    }

    @Test
    void theDatabaseAnswersTheUserWithThePasswordOnTheLoopback() throws SQLException {
        try (Connection c = connect("127.0.0.1", "portal", password); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT @@bind_address, @@skip_grant_tables")) {
            assertTrue(rs.next());
            assertEquals("127.0.0.1", rs.getString(1));
            assertFalse(rs.getBoolean(2), "grant tables are checked");
        }
    }

    @Test
    void withoutTheRightPasswordOrAsAnotherUserItRefuses() {
        for (String[] credentials : List.of(new String[] {"portal", ""}, new String[] {"portal", "portal"},
                new String[] {"portal", password + "x"}, new String[] {"root", ""}, new String[] {"root", password})) {
            SQLException refused = assertThrows(SQLException.class, () -> connect("127.0.0.1", credentials[0], credentials[1]).close(),
                    credentials[0] + " / '" + credentials[1] + "'");
            assertEquals("28000", refused.getSQLState(), refused.getMessage());
        }
    }

    @Test
    void noOtherAddressOfThisMachineReachesIt() throws SocketException {
        List<InetAddress> others = NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).toList();
        for (InetAddress other : others) {
            SQLException refused = assertThrows(SQLException.class, () -> connect(other.getHostAddress(), "portal", password).close(),
                    other.toString());
            assertTrue(refused.getSQLState() == null || refused.getSQLState().startsWith("08"), refused.getMessage());
        }
    }

    private static Connection connect(String host, String user, String secret) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://" + host + ":" + port + "/portal?connectTimeout=3000", user, secret);
    }
}
