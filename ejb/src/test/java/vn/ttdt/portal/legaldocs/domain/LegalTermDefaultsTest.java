package vn.ttdt.portal.legaldocs.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LegalTermDefaultsTest {

    @Test
    void existingSitesGetTheSameTermsFromTheMigrationAsNewSitesFromTheCode() throws Exception {
        String migration = Files.readString(Path.of("src/main/resources/db/migration/V11__legal_documents.sql"), StandardCharsets.UTF_8);
        for (LegalTermDefaults.Seed seed : LegalTermDefaults.SEEDS) {
            assertTrue(migration.contains("'" + seed.kind() + "', '" + seed.code() + "', '" + seed.name() + "'")
                    || migration.contains("'" + seed.kind() + "' kind, '" + seed.code() + "' code, '" + seed.name() + "' name"), seed.toString());
        }
    }
}
