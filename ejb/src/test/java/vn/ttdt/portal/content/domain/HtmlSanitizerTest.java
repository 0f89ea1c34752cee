package vn.ttdt.portal.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlSanitizerTest {

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "style", "iframe", "object", "embed",
            "svg", "math", "form", "input", "button", "meta", "link", "base", "template", "textarea", "video",
            "audio", "source", "details");
    private static final Set<String> FORBIDDEN_ATTRIBUTES = Set.of("style", "srcdoc", "formaction", "xlink:href",
            "action");
    private static final List<String> ALLOWED_LINK_STARTS = List.of("http://", "https://", "mailto:", "/media/");
    private static final List<String> ALLOWED_IMAGE_STARTS = List.of("https://", "/media/");
    private static final List<String> FORBIDDEN_TEXT = List.of("javascript:", "vbscript:", "data:text/html",
            "expression(", "<script");

    static List<String> vectors() throws IOException {
        try (InputStream in = HtmlSanitizerTest.class.getClassLoader().getResourceAsStream("xss-vectors.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
    }

    @Test
    void theVectorFileHoldsAtLeastFiftyVectors() throws IOException {
        assertTrue(vectors().size() >= 50, "only " + vectors().size() + " vectors");
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void noVectorLeavesAnythingExecutable(String vector) {
        String output = HtmlSanitizer.sanitize("<p>Tin tức</p>" + vector);

        for (Element element : Jsoup.parseBodyFragment(output).getAllElements()) {
            assertFalse(FORBIDDEN_ELEMENTS.contains(element.normalName()), () -> element.normalName() + " in " + output);
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), () -> name + " in " + output);
                assertFalse(FORBIDDEN_ATTRIBUTES.contains(name), () -> name + " in " + output);
                if (name.equals("href") || name.equals("src")) {
                    String url = attribute.getValue().strip().toLowerCase(Locale.ROOT)
                            .replaceAll("[\\s\\p{Cntrl}]", "");
                    List<String> allowed = name.equals("src") ? ALLOWED_IMAGE_STARTS : ALLOWED_LINK_STARTS;
                    assertTrue(allowed.stream().anyMatch(url::startsWith), () -> url + " in " + output);
                }
            }
        }
        String lower = output.toLowerCase(Locale.ROOT);
        for (String forbidden : FORBIDDEN_TEXT) {
            assertFalse(lower.contains(forbidden), () -> forbidden + " in " + output);
        }
    }

    @Test
    void vietnameseTextStaysAsCharacters() {
        String text = "Cải cách hành chính năm 2023 – Đồng Nai";

        assertEquals(text, HtmlSanitizer.sanitize(text));
    }

    @Test
    void emphasisIsKeptUnchanged() {
        String html = "<p><strong>Đậm</strong> <em>nghiêng</em></p>";

        assertEquals(html, HtmlSanitizer.sanitize(html));
    }

    @Test
    void aLinkKeepsItsTargetAndGetsANoFollowRel() {
        Element link = sanitized("<a href=\"https://dongnai.gov.vn\">Đồng Nai</a>").selectFirst("a");

        assertEquals("https://dongnai.gov.vn", link.attr("href"));
        assertEquals("nofollow noopener noreferrer", link.attr("rel"));
        assertEquals("Đồng Nai", link.text());
    }

    @Test
    void anImageBelowMediaKeepsItsRelativeSource() {
        Element image = sanitized("<img src=\"/media/2023/anh.jpg\" alt=\"Ảnh\">").selectFirst("img");

        assertEquals("/media/2023/anh.jpg", image.attr("src"));
        assertEquals("Ảnh", image.attr("alt"));
    }

    @Test
    void anImageFromAnotherSiteOverHttpIsUpgradedToHttpsAndOneOverHttpsIsKept() {
        Document document = sanitized("<img src=\"http://dongnai.gov.vn/anh/hoi-nghi.jpg\" alt=\"Hội nghị\">"
                + "<img src=\"HTTP://camMy.dongnai.gov.vn/a.png?w=1\"><img src=\"https://baodongnai.com.vn/b.jpg\">"
                + "<a href=\"http://dongnai.gov.vn\">Đồng Nai</a>");

        assertEquals(List.of("https://dongnai.gov.vn/anh/hoi-nghi.jpg", "https://camMy.dongnai.gov.vn/a.png?w=1",
                "https://baodongnai.com.vn/b.jpg"), document.select("img").eachAttr("src"));
        assertEquals("http://dongnai.gov.vn", document.selectFirst("a").attr("href"), "links are left as written");
    }

    @Test
    void anImageOutsideMediaLosesItsSource() {
        Element image = sanitized("<img src=\"/etc/passwd\">").selectFirst("img");

        assertTrue(image == null || !image.hasAttr("src"));
    }

    @Test
    void tableCellsKeepColspan() {
        Element cell = sanitized("<table><tr><td colspan=\"2\">a</td></tr></table>").selectFirst("td");

        assertEquals("2", cell.attr("colspan"));
    }

    @Test
    void styleAndClassAreDroppedButTheParagraphStays() {
        assertEquals("<p>đỏ</p>", HtmlSanitizer.sanitize("<p style=\"color:red\" class=\"x\">đỏ</p>"));
    }

    @Test
    void nullBecomesEmpty() {
        assertEquals("", HtmlSanitizer.sanitize(null));
    }

    private static Document sanitized(String html) {
        return Jsoup.parseBodyFragment(HtmlSanitizer.sanitize(html));
    }
}
