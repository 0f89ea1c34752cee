package vn.ttdt.portal.site;

import java.util.List;
import vn.ttdt.portal.legaldocs.application.LegalDocumentView;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.HtmlEscape;

/**
 * The rows of the legal documents' table on {@code /van-ban}, written in one piece: number (a link to the document)
 * with type and issuer, issue day, summary, status badge, every text escaped. As a repeat, the twenty rows' dozen
 * expressions and elements each were the largest share of rendering a search page.
 */
final class LegalDocumentRows {

    private LegalDocumentRows() {
    }

    static String of(List<LegalDocumentView> documents) {
        StringBuilder html = new StringBuilder(documents.size() * 640);
        for (LegalDocumentView d : documents) {
            html.append("<tr><td><a class=\"legal-number\" href=\"/van-ban/").append(escape(d.slug())).append("\">")
                    .append(escape(d.number())).append("</a><br/><span class=\"legal-meta\">").append(escape(d.type()))
                    .append(" · ").append(escape(d.issuer())).append("</span></td><td><time datetime=\"")
                    .append(d.issuedOn()).append("\">").append(BusinessCalendar.dayLabel(d.issuedOn()))
                    .append("</time></td><td>").append(escape(d.summary()))
                    .append("</td><td><span class=\"legal-badge legal-").append(escape(d.status())).append("\">")
                    .append(escape(d.statusLabel())).append("</span></td></tr>\n");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlEscape.text(text);
    }
}
