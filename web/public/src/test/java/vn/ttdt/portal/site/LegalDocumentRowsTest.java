package vn.ttdt.portal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.legaldocs.application.LegalDocumentView;

class LegalDocumentRowsTest {

    private static LegalDocumentView document(String number, String summary) {
        return new LegalDocumentView(42, "nghi-dinh-42-2022-nd-cp", number, "Nghị định", 1, null, null, "Trung ương", 2,
                "Chính phủ", "Lê Minh Khái", LocalDate.of(2022, 9, 26), LocalDate.of(2022, 11, 15), null, summary, "IN_FORCE",
                "Còn hiệu lực", null, List.of(), List.of(), List.of(), 3);
    }

    @Test
    void aRowLinksTheNumberAndShowsTypeIssuerDaySummaryAndStatus() {
        assertEquals("<tr><td><a class=\"legal-number\" href=\"/van-ban/nghi-dinh-42-2022-nd-cp\">42/2022/NĐ-CP</a><br/>"
                + "<span class=\"legal-meta\">Nghị định · Chính phủ</span></td>"
                + "<td><time datetime=\"2022-09-26\">26/09/2022</time></td>"
                + "<td>Quy định về dịch vụ công trực tuyến</td>"
                + "<td><span class=\"legal-badge legal-IN_FORCE\">Còn hiệu lực</span></td></tr>\n",
                LegalDocumentRows.of(List.of(document("42/2022/NĐ-CP", "Quy định về dịch vụ công trực tuyến"))));
    }

    @Test
    void textsTypedByStaffAreEscapedAndEveryDocumentHasItsRow() {
        String rows = LegalDocumentRows.of(List.of(document("1/<b>", "A & B \"C\""), document("2/KH", "D")));
        assertTrue(rows.contains(">1/&lt;b&gt;</a>") && rows.contains("<td>A &amp; B &quot;C&quot;</td>"), rows);
        assertEquals(2, rows.split("<tr>", -1).length - 1);
        assertEquals("", LegalDocumentRows.of(List.of()));
    }
}
