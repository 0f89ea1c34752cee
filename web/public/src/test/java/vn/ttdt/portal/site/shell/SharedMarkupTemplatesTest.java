package vn.ttdt.portal.site.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A shared part of the shell ({@code <shell:shared>}) is written once for every visitor: what it shows may come only
 * from the site's shell (theme, menu, notices, banners, links) and the bundles, never from what a request carries
 * (the searched words, the page's item, its address), in the part itself or in a template it includes.
 */
class SharedMarkupTemplatesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern SHARED = Pattern.compile("<shell:shared key=\"([^\"]+)\">(.*?)</shell:shared>", Pattern.DOTALL);
    private static final Pattern EXPRESSION = Pattern.compile("#\\{([^}]*)}");
    private static final Pattern INCLUDE = Pattern.compile("<ui:include src=\"([^\"]+)\"");
    private static final Pattern LOOP_VARIABLE = Pattern.compile("\\bvar=\"(\\w+)\"");
    private static final Pattern STRING = Pattern.compile("'[^']*'");
    private static final Pattern NAME = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)");
    private static final Set<String> EL_WORDS = Set.of("empty", "not", "and", "or", "eq", "ne", "lt", "gt", "le", "ge",
            "true", "false", "null", "div", "mod", "instanceof");
    /** The bundles, the language, a placement's name and the beans of the site's shell. */
    private static final Set<String> SHARED_NAMES = Set.of("txt", "en", "said", "labels", "english", "placement",
            "siteShell", "otherPortals", "outageBanner", "placements");
    /** What a shared part's key may depend on besides literal text: the language. */
    private static final Set<String> KEY_NAMES = Set.of("ratingTexts");

    @Test
    void theShellsSharedPartsReadNothingARequestCarries() throws IOException {
        List<String> keys = new ArrayList<>();
        for (Path template : templates()) {
            Matcher part = SHARED.matcher(Files.readString(template, StandardCharsets.UTF_8));
            while (part.find()) {
                keys.add(part.group(1));
                assertOnlyNames(part.group(1), KEY_NAMES, template + ", key " + part.group(1));
                assertSharedOnly(part.group(2), new HashSet<>(), template + ", part " + part.group(1));
            }
        }
        assertTrue(keys.containsAll(List.of("brand", "menu-vi", "footer-vi", "footer-en")), "the shell's parts: " + keys);
        List<String> ownMarkup = keys.stream().filter(k -> !k.equals("brand")).toList();
        assertEquals(ownMarkup.size(), Set.copyOf(ownMarkup).size(),
                "every part but the brand (the same markup in both languages) has a key of its own: " + keys);
    }

    @Test
    void theCheckFindsTheSearchedWordsInAPart() {
        AssertionError found = assertThrows(AssertionError.class,
                () -> assertSharedOnly("<input value=\"#{pages.query}\"/>", new HashSet<>(), "a search box"));
        assertTrue(found.getMessage().contains("pages"), found.getMessage());
    }

    private static void assertSharedOnly(String markup, Set<String> loopVariables, String where) throws IOException {
        LOOP_VARIABLE.matcher(markup).results().forEach(m -> loopVariables.add(m.group(1)));
        Set<String> allowed = new HashSet<>(SHARED_NAMES);
        allowed.addAll(loopVariables);
        assertOnlyNames(markup, allowed, where);
        Matcher include = INCLUDE.matcher(markup);
        while (include.find()) {
            Path included = WEBAPP.resolve(include.group(1).substring(1));
            assertSharedOnly(Files.readString(included, StandardCharsets.UTF_8), loopVariables, where + " > " + included);
        }
    }

    private static void assertOnlyNames(String markup, Set<String> allowed, String where) {
        Matcher expression = EXPRESSION.matcher(markup);
        while (expression.find()) {
            Matcher name = NAME.matcher(STRING.matcher(expression.group(1)).replaceAll("''"));
            while (name.find()) {
                String found = name.group(1);
                assertFalse(!EL_WORDS.contains(found) && !allowed.contains(found),
                        where + " reads " + found + " in #{" + expression.group(1) + "}");
            }
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
        }
    }
}
