package vn.ttdt.portal.site.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every cached page reads only what its cache key holds: no template reads the request itself. */
class TemplatesReadDeclaredParametersOnlyTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern REQUEST_INPUT = Pattern.compile(
            "#\\{\\s*(param|paramValues|header|headerValues|cookie|request)\\b|externalContext|facesContext");
    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam\\s+name=\"([^\"]+)\"");
    /** Each page and an address it answers at; slug is set by the friendly address, not by the visitor. */
    private static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("index.xhtml", "/"),
            Map.entry("gioi-thieu.xhtml", "/gioi-thieu.xhtml"),
            Map.entry("tag.xhtml", "/the/a"),
            Map.entry("search.xhtml", "/tim-kiem"),
            Map.entry("legal-documents.xhtml", "/van-ban"),
            Map.entry("legal-document.xhtml", "/van-ban/a"),
            Map.entry("procedures.xhtml", "/thu-tuc-hanh-chinh"),
            Map.entry("procedure.xhtml", "/thu-tuc-hanh-chinh/1.001193"),
            Map.entry("one-stop.xhtml", "/ket-qua-giai-quyet-tthc"),
            Map.entry("questions.xhtml", "/hoi-dap"));
    /** Pages the cache never keeps (outside the page-cache filter's mapping), so they may read their own view parameters. */
    private static final Map<String, String> NOT_CACHED = Map.of("ask.xhtml", "/hoi-dap/gui-cau-hoi", "track.xhtml", "/hoi-dap/tra-cuu");
    private static final Pattern CACHE_MAPPING = Pattern.compile(
            "<filter-mapping>\\s*<filter-name>page-cache</filter-name>(.*?)</filter-mapping>", Pattern.DOTALL);
    private static final Pattern URL_PATTERN = Pattern.compile("<url-pattern>([^<]*)</url-pattern>");

    @Test
    void noTemplateReadsParametersHeadersOrCookiesDirectly() throws IOException {
        List<Path> templates = templates();
        assertTrue(templates.size() >= PAGES.size() + 1, "the templates are found: " + templates);
        for (Path template : templates) {
            Matcher m = REQUEST_INPUT.matcher(Files.readString(template, StandardCharsets.UTF_8));
            boolean found = m.find();
            assertFalse(found, template + " reads request input: " + (found ? m.group() : ""));
        }
    }

    @Test
    void everyPageReadsOnlyTheParametersItsKeyHolds() throws IOException {
        for (Path template : templates()) {
            if (template.getParent().equals(WEBAPP) && !NOT_CACHED.containsKey(template.getFileName().toString())) {
                String path = PAGES.get(template.getFileName().toString());
                assertNotNull(path, template + " is a new page: declare its parameters in PageKey and list it here");
                List<String> read = new ArrayList<>();
                Matcher m = VIEW_PARAM.matcher(Files.readString(template, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!m.group(1).equals("slug")) {
                        read.add(m.group(1));
                    }
                }
                assertEquals(PageKey.declaredBy(path), java.util.Set.copyOf(read), template.toString());
            }
        }
    }

    @Test
    void thePagesThatReadWhatTheyLikeAreNotCached() throws IOException {
        Matcher mapping = CACHE_MAPPING.matcher(Files.readString(WEBAPP.resolve("WEB-INF/web.xml"), StandardCharsets.UTF_8));
        assertTrue(mapping.find(), "the page cache's filter mapping");
        List<String> patterns = URL_PATTERN.matcher(mapping.group(1)).results().map(r -> r.group(1)).toList();
        assertTrue(patterns.contains("/hoi-dap"), "the published questions are cached: " + patterns);
        for (String address : NOT_CACHED.values()) {
            for (String pattern : patterns) {
                boolean covers = pattern.equals(address)
                        || pattern.endsWith("/*") && address.startsWith(pattern.substring(0, pattern.length() - 1));
                assertFalse(covers, pattern + " would cache " + address);
            }
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
        }
    }
}
