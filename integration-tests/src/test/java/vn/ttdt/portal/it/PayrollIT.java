package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ttdt.portal.it.RoyaltyFixture.Work;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.shared.domain.VietnameseText;

/**
 * The monthly royalty payroll end to end, in WildFly on MariaDB: works imported with their 2019 publication dates
 * (unit value 149,000 VND), graded by the approver, computed by the Jakarta Batch job, re-run as a draft, approved
 * and locked. Payees are pen names unique to each test, so other tests' works cannot change the amounts.
 */
class PayrollIT extends PortalIT {

    private final Portal approver = Portal.as(Role.APPROVER);
    private final Portal finance = Portal.as(Role.FINANCE);

    @Test
    void aMonthIsComputedExactlyAsTheRulesSayReRunAsADraftThenApprovedAndLocked() {
        String token = Long.toString(System.nanoTime(), 36);
        String solo = "Bút danh Một " + token;
        String a = "Đồng tác giả A " + token;
        String b = "Đồng tác giả B " + token;
        String c = "Đồng tác giả C " + token;
        List<Long> ids = RoyaltyFixture.importPublished(approver, token,
                new Work("Tin hệ số năm " + token, "NEWS_OR_REPLY", "2019-08-05T09:00:00+07:00", solo + ":100"),
                new Work("Phóng sự " + token, "REPORTAGE_MEMOIR_INTERVIEW", "2019-08-31T23:30:00+07:00", solo + ":100"),
                new Work("Chính luận ba tác giả " + token, "COMMENTARY", "2019-08-20T10:00:00+07:00", a + ":33", b + ":33", c + ":34"),
                new Work("Tin đăng lại " + token, "NEWS_OR_REPLY", "2019-08-10T10:00:00+07:00", "Báo khác " + token + ":100"),
                new Work("Tin tháng sau " + token, "NEWS_OR_REPLY", "2019-09-01T00:30:00+07:00", solo + ":100"));
        long news = ids.get(0);
        long reportage = ids.get(1);
        long commentary = ids.get(2);
        long repost = ids.get(3);
        long nextMonth = ids.get(4);

        HttpResponse<String> outOfBand = RoyaltyFixture.grade(approver, news, "{\"coefficient\":11}");
        assertEquals(400, outOfBand.statusCode(), outOfBand.body());
        assertTrue(outOfBand.body().contains("Hệ số 11 nằm ngoài khung 1–10"), outOfBand.body());
        HttpResponse<String> badShares = RoyaltyFixture.grade(approver, commentary, "{\"coefficient\":30,\"shares\":[50,40,5]}");
        assertEquals(400, badShares.statusCode(), badShares.body());
        HttpResponse<String> byFinance = RoyaltyFixture.grade(finance, news, "{\"coefficient\":5}");
        assertEquals(403, byFinance.statusCode(), byFinance.body());

        RoyaltyFixture.gradeOk(approver, news, "{\"coefficient\":5}");
        RoyaltyFixture.gradeOk(approver, reportage, "{\"coefficient\":20}");
        RoyaltyFixture.gradeOk(approver, commentary, "{\"coefficient\":30,\"shares\":[33,33,34]}");
        RoyaltyFixture.gradeOk(approver, repost, "{\"coefficient\":4,\"adjustment\":\"REPOST\"}");
        RoyaltyFixture.gradeOk(approver, nextMonth, "{\"coefficient\":2}");
        String technician = Database.strings("SELECT id FROM account WHERE login = 'giamsat.demo'").get(0);
        HttpResponse<String> assigned = finance.json("POST", "/admin/api/v1/royalty/schedule/assignments", """
                {"accountId":%s,"roleCode":"TECHNICIAN","validFrom":"2019-08-01","validTo":"2019-08-31"}""".formatted(technician));
        assertEquals(200, assigned.statusCode(), assigned.body());

        RoyaltyFixture.runToCompletion(finance, "2019-08");
        // 5 × 149,000 = 745,000 and 20 × 149,000 = 2,980,000: gross 3,725,000 reaches 2,000,000, so 10% is withheld
        assertEquals(List.of("745000"), RoyaltyFixture.lineAmounts("2019-08", news));
        assertEquals(List.of("2980000"), RoyaltyFixture.lineAmounts("2019-08", reportage));
        assertEquals(List.of("3725000/372500/3352500"), RoyaltyFixture.payeeTotals("2019-08", solo));
        // 30 × 149,000 = 4,470,000: 33% = 1,475,100 twice, 34% = 1,519,800, the remainder (none) to the first
        assertEquals(List.of("1475100", "1475100", "1519800"), RoyaltyFixture.lineAmounts("2019-08", commentary));
        assertEquals(List.of("1519800/0/1519800"), RoyaltyFixture.payeeTotals("2019-08", c));
        assertEquals(List.of(), RoyaltyFixture.lineAmounts("2019-08", repost), "a repost is not payable unless marked so");
        assertEquals(List.of(), RoyaltyFixture.lineAmounts("2019-08", nextMonth), "published after the month");
        // remuneration of the month's last day: 1.5 × 149,000
        assertEquals(List.of("223500"), remuneration("2019-08", "R:" + technician + ":TECHNICIAN"));

        HttpResponse<String> payroll = finance.get("/admin/api/v1/payrolls/2019-08");
        assertEquals(200, payroll.statusCode(), payroll.body());
        assertTrue(payroll.body().contains("\"status\":\"DRAFT\""), payroll.body());
        assertTrue(payroll.body().contains("\"name\":\"" + solo + "\""), payroll.body());
        assertTrue(payroll.body().contains("\"net\":3352500"), payroll.body());

        RoyaltyFixture.gradeOk(approver, news, "{\"coefficient\":6.5}");
        RoyaltyFixture.runToCompletion(finance, "2019-08");
        // the draft is replaced: 6.5 × 149,000 = 968,500, one line per share, nothing repeated
        assertEquals(List.of("968500"), RoyaltyFixture.lineAmounts("2019-08", news));
        assertEquals(List.of("3948500/394850/3553650"), RoyaltyFixture.payeeTotals("2019-08", solo));
        assertEquals(List.of("0"), Database.strings("SELECT COUNT(*) - COUNT(DISTINCT line_key) FROM payroll_line l "
                + "JOIN payroll r ON r.id = l.payroll_id WHERE r.period = '2019-08'"));

        HttpResponse<String> approved = finance.json("POST", "/admin/api/v1/payrolls/2019-08/approve", null);
        assertEquals(200, approved.statusCode(), approved.body());
        assertTrue(approved.body().contains("\"status\":\"APPROVED\""), approved.body());

        HttpResponse<String> rerun = finance.json("POST", "/admin/api/v1/jobs/royalty-payroll?month=2019-08", null);
        assertEquals(400, rerun.statusCode(), rerun.body());
        assertTrue(rerun.body().contains("Bảng nhuận bút tháng 08/2019 đã được duyệt"), rerun.body());
        HttpResponse<String> regrade = RoyaltyFixture.grade(approver, news, "{\"coefficient\":7}");
        assertEquals(400, regrade.statusCode(), regrade.body());

        String keyOfC = java.net.URLEncoder.encode("N:" + VietnameseText.fold(c), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        for (int attempt = 1; attempt <= 3; attempt++) {
            HttpResponse<String> contact = finance.json("POST", "/admin/api/v1/payrolls/2019-08/payees/" + keyOfC + "/contacts",
                    "{\"reached\":false,\"note\":\"Không liên lạc được lần " + attempt + "\"}");
            assertEquals(200, contact.statusCode(), contact.body());
        }
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertEquals(200, finance.json("POST", "/admin/api/v1/payrolls/2019-08/payees/A:" + technician + "/contacts",
                    "{\"reached\":false}").statusCode());
        }
        assertEquals(List.of("CARRIED_OVER/3"), Database.strings("SELECT CONCAT(p.status, '/', p.failed_contacts) FROM payroll_payee p "
                + "JOIN payroll r ON r.id = p.payroll_id WHERE r.period = '2019-08' AND p.payee_name = ?", c));

        RoyaltyFixture.runToCompletion(finance, "2019-09");
        assertEquals(List.of(), RoyaltyFixture.lineAmounts("2019-09", news), "paid by the approved August payroll");
        assertEquals(List.of("1519800"), RoyaltyFixture.lineAmounts("2019-09", commentary),
                "only the share carried over after three failed contacts comes back");
        String august = Database.strings("SELECT id FROM payroll WHERE period = '2019-08'").get(0);
        assertEquals(List.of("223500"), remuneration("2019-09", "C:" + august + ":" + technician + ":TECHNICIAN"),
                "the remuneration of a payee nobody could reach comes back too");
        assertEquals(List.of("298000"), RoyaltyFixture.lineAmounts("2019-09", nextMonth));

        HttpResponse<byte[]> pdf = finance.getBytes("/admin/api/v1/payrolls/2019-08/signature-sheet.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text = pdfText(pdf.body()).replaceAll("\\s+", " ");
        assertTrue(text.contains(solo) && text.contains(a) && text.contains("BẢNG KÊ CHI TRẢ NHUẬN BÚT"), text);
        assertFalse(text.contains(c), "a payee carried over is not on the signature sheet: " + text);
        assertTrue(text.contains("3.553.650"), "the payee's net: " + text);
        HttpResponse<byte[]> csv = finance.getBytes("/admin/api/v1/payrolls/2019-08/bank-transfer.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8).startsWith("account,bank,name,amount,content"));
        HttpResponse<byte[]> xlsx = finance.getBytes("/admin/api/v1/payrolls/2019-08/payroll.xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals("PK", new String(xlsx.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII), "an xlsx is a zip");

        HttpResponse<String> paid = finance.json("POST", "/admin/api/v1/payrolls/2019-08/paid", "{\"paidOn\":\"2019-10-10\"}");
        assertEquals(200, paid.statusCode(), paid.body());
        assertTrue(paid.body().contains("\"status\":\"PAID\""), paid.body());
        assertTrue(paid.body().contains("\"overdue\":true"), "paid more than 60 days after 2019-08-05: " + paid.body());
    }

    @Test
    void aBadMonthAndAnUnknownPayrollGetClearAnswers() {
        HttpResponse<String> badMonth = finance.json("POST", "/admin/api/v1/jobs/royalty-payroll?month=2023-13", null);
        assertEquals(400, badMonth.statusCode(), badMonth.body());
        assertTrue(badMonth.body().contains("Tháng phải có dạng"), badMonth.body());
        assertEquals(404, finance.get("/admin/api/v1/payrolls/1999-01").statusCode());
        assertEquals(403, Portal.as(Role.EDITOR).json("POST", "/admin/api/v1/jobs/royalty-payroll?month=2023-09", null).statusCode());
        assertEquals(403, approver.json("POST", "/admin/api/v1/payrolls/2019-08/approve", null).statusCode());
    }

    private static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new AssertionError("not a readable PDF", e);
        }
    }

    private static List<String> remuneration(String month, String lineKey) {
        return Database.strings("SELECT l.amount FROM payroll_line l JOIN payroll r ON r.id = l.payroll_id WHERE r.period = ? "
                + "AND l.line_key = ?", month, lineKey);
    }
}
