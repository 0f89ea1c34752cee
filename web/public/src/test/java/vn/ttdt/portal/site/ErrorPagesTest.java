package vn.ttdt.portal.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The static error pages (served while the database cannot be reached, so they cannot read the bundle) show the
 * shell's texts exactly as the bundle has them, and the error texts of the bundle.
 */
class ErrorPagesTest {

    private static final Path ERRORS = Path.of("src/main/webapp/error");
    private static final List<String> SHELL = List.of("skip", "nav.label", "nav.home", "nav.about", "nav.publicServices",
            "nav.backOffice", "search.label", "search.placeholder", "search.submit", "footer.copyright");

    @Test
    void eachErrorPageHasTheShellAndItsTextsFromTheBundle() throws IOException {
        Properties ui = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/vn/ttdt/portal/site/ui.properties"), StandardCharsets.UTF_8)) {
            ui.load(in);
        }
        for (String code : List.of("404", "500", "503")) {
            String page = Files.readString(ERRORS.resolve(code + ".html"), StandardCharsets.UTF_8);
            assertTrue(page.contains("<html lang=\"vi\">"), code);
            for (String key : SHELL) {
                assertTrue(page.contains(ui.getProperty(key)), code + ".html lacks " + key + ": " + ui.getProperty(key));
            }
            for (String key : List.of("error." + code + ".title", "error." + code + ".text", "error." + code + ".hint", "error.home")) {
                assertTrue(page.contains(ui.getProperty(key, "(" + key + " missing from ui.properties)")), code + ".html lacks " + key);
            }
        }
    }
}
