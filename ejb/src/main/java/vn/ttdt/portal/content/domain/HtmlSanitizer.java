package vn.ttdt.portal.content.domain;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Cleans rich-text article bodies written in the back-office editor (PrimeFaces textEditor, i.e. Quill) or
 * imported from the old portal, so they can be rendered unescaped on public pages.
 *
 * <p>It keeps only what an article needs: paragraphs and line breaks, inline emphasis (b, strong, i, em, u,
 * s, sub, sup), quotes, lists, headings h2 to h4 (h1 belongs to the page title), figures with captions,
 * simple tables with colspan/rowspan, horizontal rules, links and images. Everything else is removed: any
 * element that can run script, load a document or plug-in, submit a form or change how URLs resolve, every
 * event handler, and all {@code style} and {@code class} attributes, since the portal's own stylesheet decides
 * the look and inline CSS is itself a script and tracking vector in old browsers.
 *
 * <p>Links may point to {@code http}, {@code https} or {@code mailto} and always get
 * {@code rel="nofollow noopener noreferrer"}; images may come from {@code https} addresses, and an {@code http}
 * image source is upgraded to {@code https}, as browsers do for a page served over https: the public
 * Content-Security-Policy lets pictures come from the portal and from {@code https:} only. Relative
 * URLs are only kept below {@code /media/}, where the portal serves uploaded files. The contents of script,
 * style, frame, template, form-field, SVG and MathML elements are dropped rather than turned into text.
 * Output is UTF-8 with only the markup-significant characters escaped, so Vietnamese stays readable.
 */
public final class HtmlSanitizer {

    private static final String PORTAL = "https://portal.invalid";
    private static final String MEDIA = "/media/";
    private static final String DROPPED_WITH_CONTENT = String.join(",",
            "script", "style", "noscript", "template", "textarea", "title", "select", "iframe", "frame",
            "frameset", "noframes", "noembed", "xmp", "plaintext", "object", "embed", "applet", "svg", "math",
            "base", "link", "meta");
    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "b", "strong", "i", "em", "u", "s", "sub", "sup", "blockquote", "ul", "ol", "li",
                    "h2", "h3", "h4", "a", "img", "figure", "figcaption", "table", "thead", "tbody", "tr", "th",
                    "td", "hr")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("th", "colspan", "rowspan")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
            .preserveRelativeLinks(false);

    private HtmlSanitizer() {
    }

    public static String sanitize(String html) {
        if (html == null) {
            return "";
        }
        String cleaned = Jsoup.clean(withoutDroppedContent(html), PORTAL, SAFELIST, outputSettings());
        Document document = Jsoup.parseBodyFragment(cleaned);
        document.outputSettings(outputSettings());
        for (Element link : document.select("a")) {
            if (!keepUrl(link, "href")) {
                link.unwrap();
            }
        }
        for (Element image : document.select("img")) {
            if (!keepUrl(image, "src")) {
                image.remove();
            } else if (image.attr("src").regionMatches(true, 0, "http:", 0, 5)) {
                image.attr("src", "https:" + image.attr("src").substring(5));
            }
        }
        return document.body().html();
    }

    private static String withoutDroppedContent(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings(outputSettings());
        document.body().select(DROPPED_WITH_CONTENT).remove();
        return document.body().html();
    }

    /**
     * Jsoup resolved every relative URL against {@link #PORTAL}; turns those back into site-relative paths
     * when they stay inside {@link #MEDIA}, and reports every other same-site URL as unsafe.
     */
    private static boolean keepUrl(Element element, String attribute) {
        String url = element.attr(attribute);
        if (url.isEmpty()) {
            return false;
        }
        String path = portalPath(url);
        if (path == null) {
            return true;
        }
        if (!isMediaPath(path)) {
            return false;
        }
        element.attr(attribute, path);
        return true;
    }

    private static String portalPath(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        for (String origin : new String[] {PORTAL, "http://portal.invalid"}) {
            if (lower.startsWith(origin)) {
                String rest = url.substring(origin.length());
                if (rest.isEmpty() || "/?#:".indexOf(rest.charAt(0)) >= 0) {
                    return rest;
                }
            }
        }
        return null;
    }

    private static boolean isMediaPath(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.startsWith(MEDIA) && !lower.contains("..") && !lower.contains("\\")
                && !lower.contains("%2e") && !lower.contains("%2f") && !lower.contains("%5c")
                && lower.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    private static Document.OutputSettings outputSettings() {
        return new Document.OutputSettings()
                .prettyPrint(false)
                .charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.base);
    }
}
