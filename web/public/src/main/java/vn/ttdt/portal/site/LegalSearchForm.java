package vn.ttdt.portal.site;

import java.util.ResourceBundle;
import vn.ttdt.portal.shared.domain.HtmlEscape;

/**
 * The search form of {@code /van-ban} written in one piece: words, number and issuing body as typed, the filter menus
 * ({@link MenuOptions}) and the order, labels from the public texts, every value escaped. Written by Facelets, its fifty
 * elements and their attributes went one by one through the response writer on every search.
 */
final class LegalSearchForm {

    private LegalSearchForm() {
    }

    static String of(ResourceBundle txt, LegalDocumentPages page) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<form class=\"legal-search\" action=\"/van-ban\" method=\"get\" role=\"search\" aria-label=\"")
                .append(escape(txt.getString("legal.searchLabel"))).append("\">\n");
        input(html, "legal-filter legal-filter-wide", txt.getString("legal.words"), "q", "search", page.getQuery(), "200",
                txt.getString("legal.wordsHint"));
        input(html, "legal-filter", txt.getString("legal.number"), "so", "text", page.getNumber(), "60", "42/2022");
        input(html, "legal-filter", txt.getString("legal.issuer"), "co-quan", "text", page.getIssuer(), "200", null);
        String any = txt.getString("legal.any");
        menu(html, txt.getString("legal.type"), "loai", any, page.getTypeOptions());
        menu(html, txt.getString("legal.field"), "linh-vuc", any, page.getFieldOptions());
        menu(html, txt.getString("legal.level"), "cap", any, page.getLevelOptions());
        menu(html, txt.getString("legal.year"), "nam", any, page.getYearOptions());
        menu(html, txt.getString("legal.status"), "tinh-trang", any, page.getStatusOptions());
        menu(html, txt.getString("legal.sort"), "sap-xep", txt.getString("legal.sort.newest"),
                "<option value=\"cu-nhat\"" + ("cu-nhat".equals(page.getSort()) ? " selected=\"selected\"" : "") + ">"
                        + escape(txt.getString("legal.sort.oldest")) + "</option>");
        html.append("<div class=\"legal-filter legal-actions\">\n<button type=\"submit\" id=\"legal-search-submit\">")
                .append(escape(txt.getString("legal.search"))).append("</button>\n<a href=\"/van-ban\">")
                .append(escape(txt.getString("legal.clear"))).append("</a>\n</div>\n</form>");
        return html.toString();
    }

    private static void input(StringBuilder html, String divClass, String label, String name, String type, String value,
                              String maxLength, String placeholder) {
        html.append("<div class=\"").append(divClass).append("\">\n<label for=\"f-").append(name).append("\">").append(escape(label))
                .append("</label>\n<input id=\"f-").append(name).append("\" name=\"").append(name).append("\" type=\"").append(type)
                .append("\" value=\"").append(escape(value)).append("\" maxlength=\"").append(maxLength).append('"');
        if (placeholder != null) {
            html.append(" placeholder=\"").append(escape(placeholder)).append('"');
        }
        html.append(" />\n</div>\n");
    }

    private static void menu(StringBuilder html, String label, String name, String first, String options) {
        html.append("<div class=\"legal-filter\">\n<label for=\"f-").append(name).append("\">").append(escape(label))
                .append("</label>\n<select id=\"f-").append(name).append("\" name=\"").append(name).append("\">\n<option value=\"\">")
                .append(escape(first)).append("</option>").append(options).append("\n</select>\n</div>\n");
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlEscape.text(text);
    }
}
