package vn.ttdt.portal.shared.domain;

/**
 * Text written into HTML, SVG or XML markup by hand (search highlights, charts, mails, revision diffs, rows the response
 * writer does not see, a Faces partial response's redirect): the five characters that could end a text, a tag or an attribute value, quoted either way,
 * are escaped; everything else, Vietnamese letters included, stays as it is.
 */
public final class HtmlEscape {

    private HtmlEscape() {
    }

    public static String text(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
