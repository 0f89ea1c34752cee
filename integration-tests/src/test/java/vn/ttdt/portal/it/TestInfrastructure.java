package vn.ttdt.portal.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import vn.ttdt.portal.devserver.EmbeddedMariaDb;

/**
 * Starts the real services the server needs once for the whole test run, before Arquillian starts
 * WildFly: a fresh MariaDB (reached through -Dportal.db.url in arquillian.xml) and a test SMTP
 * server on port 2525 (the mail session's default) with IMAP on 2143 for in-container tests, and stops them at the end,
 * with the run's browsers.
 */
public class TestInfrastructure implements LauncherSessionListener {

    private static final int SMTP_PORT = 2525;
    /** Where in-container tests read a recipient's mailbox (login and password: the address, as GreenMail creates it). */
    static final int IMAP_PORT = 2143;
    private static GreenMail smtp;
    private static EmbeddedMariaDb db;

    /** Every message the portal has sent during this run. */
    public static List<MimeMessage> mailSent() {
        return List.of(smtp.getReceivedMessages());
    }

    /** Stops the run's MariaDB (its data kept), for a test of an outage; {@link #startDatabase()} brings it back. */
    static void stopDatabase() {
        db.stop();
    }

    static void startDatabase() {
        db.restart();
    }

    /**
     * Freezes the run's MariaDB (SIGSTOP): it keeps accepting connections but answers nothing, as a hung server or a
     * network black hole would; {@link #thawDatabase()} lets it go on (SIGCONT).
     */
    static void freezeDatabase() {
        signalDatabase("-STOP");
    }

    static void thawDatabase() {
        signalDatabase("-CONT");
    }

    private static void signalDatabase(String signal) {
        String port = "port=" + db.port();
        ProcessHandle server = ProcessHandle.current().descendants()
                .filter(process -> process.info().command().orElse("").matches(".*/(mariadbd|mysqld)"))
                .filter(process -> String.join(" ", process.info().arguments().orElse(new String[0])).contains(port))
                .findFirst().orElseThrow(() -> new IllegalStateException("no MariaDB process with " + port));
        try {
            Process kill = new ProcessBuilder("kill", signal, String.valueOf(server.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill " + signal + " " + server.pid() + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("kill " + signal + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String dir = System.getProperty("it.db.dir");
        if (dir == null) {
            return; // not run by Failsafe
        }
        Path workDir = Path.of(dir);
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the tests' temporary directory", e);
        }
        deleteRecursively(workDir);
        db = EmbeddedMariaDb.start(workDir, Integer.getInteger("it.db.port", 3317), "portal");
        smtp = new GreenMail(new ServerSetup[] {new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        smtp.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        Browser.quitAll();
        CrashServer.stop();
        if (smtp != null) {
            smtp.stop();
        }
        if (db != null) {
            db.close();
        }
    }

    private static void deleteRecursively(Path dir) {
        if (Files.notExists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("cannot clear " + dir, e);
        }
    }
}
