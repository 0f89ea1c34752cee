package vn.ttdt.portal.devserver;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbErasureTest {

    private String tmpdir;

    @BeforeEach
    void remember() {
        tmpdir = System.getProperty("java.io.tmpdir");
    }

    @AfterEach
    void restore() {
        System.setProperty("java.io.tmpdir", tmpdir);
    }

    @Test
    void aCloneUnderTheSystemTemporaryDirectoryWouldLoseItsData() {
        System.setProperty("java.io.tmpdir", "/tmp");

        assertTrue(EmbeddedMariaDb.erasedAtStart(Path.of("/tmp/portal/devserver/target/run/mariadb")));
    }

    @Test
    void theRunCommandsOwnTemporaryDirectoryBesideTheRunDirectoryKeepsIt() {
        System.setProperty("java.io.tmpdir", "/tmp/portal/devserver/target/jvm-tmp");

        assertFalse(EmbeddedMariaDb.erasedAtStart(Path.of("/tmp/portal/devserver/target/run/mariadb")));
        assertFalse(EmbeddedMariaDb.erasedAtStart(Path.of("/root/portal/devserver/target/run/mariadb")));
    }
}
