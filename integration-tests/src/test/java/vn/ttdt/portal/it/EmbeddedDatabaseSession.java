package vn.ttdt.portal.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import vn.ttdt.portal.devserver.EmbeddedMariaDb;

/**
 * Starts a fresh real MariaDB once for the whole test run, before Arquillian starts WildFly, and
 * stops it at the end. The server reaches it through -Dportal.db.url (arquillian.xml).
 */
public class EmbeddedDatabaseSession implements LauncherSessionListener {

    private EmbeddedMariaDb db;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String dir = System.getProperty("it.db.dir");
        if (dir == null) {
            return; // not run by Failsafe (e.g. an IDE running one unit test)
        }
        Path workDir = Path.of(dir);
        deleteRecursively(workDir);
        db = EmbeddedMariaDb.start(workDir, Integer.getInteger("it.db.port", 3317), "portal");
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
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
