package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.StringJoiner;
import vn.ttdt.portal.organisation.domain.Role;

/** Published works for royalty tests, imported with their original publication time, then graded through the API. */
final class RoyaltyFixture {

    private RoyaltyFixture() {
    }

    /** A work to import: title, genre, publication instant (with offset) and authors as "name:share". */
    record Work(String title, String genre, String publishedAt, String... authors) {
    }

    /** Imports the works (published, in a new category of their own) and answers their item ids in the same order. */
    static List<Long> importPublished(Portal approver, String token, Work... works) {
        StringJoiner items = new StringJoiner(",");
        int n = 1;
        for (Work work : works) {
            StringJoiner authors = new StringJoiner(",");
            for (String author : work.authors()) {
                String[] parts = author.split(":");
                authors.add("{\"name\":\"" + parts[0] + "\",\"share\":" + parts[1] + "}");
            }
            items.add("""
                    {"sourceId":"nb-%d","kind":"NEWS","genre":"%s","title":"%s","lead":"Sapo","body":"<p>Nội dung</p>",
                     "category":"nhuan-but-%s","sourceUnit":"Xã Long Giao","state":"PUBLISHED","publishedAt":"%s","authors":[%s]}"""
                    .formatted(n++, work.genre(), work.title(), token, work.publishedAt(), authors));
        }
        String batch = """
                {"categories":[{"slug":"nhuan-but-%s","name":"Nhuận bút %s","description":"Thử nhuận bút"}],"items":[%s]}"""
                .formatted(token, token, items);
        HttpResponse<String> imported = approver.json("POST", "/admin/api/v1/import/items", batch);
        assertEquals(200, imported.statusCode(), imported.body());
        return java.util.Arrays.stream(works)
                .map(w -> Long.parseLong(Database.strings("SELECT id FROM content_item WHERE title = ?", w.title()).get(0)))
                .toList();
    }

    static HttpResponse<String> grade(Portal approver, long itemId, String gradeJson) {
        return approver.json("PUT", "/admin/api/v1/items/" + itemId + "/grading", gradeJson);
    }

    static void gradeOk(Portal approver, long itemId, String gradeJson) {
        HttpResponse<String> graded = grade(approver, itemId, gradeJson);
        assertEquals(200, graded.statusCode(), graded.body());
    }

    /** Starts the payroll job of the month and answers the execution id. */
    static long start(Portal finance, String month) {
        HttpResponse<String> started = finance.json("POST", "/admin/api/v1/jobs/royalty-payroll?month=" + month, null);
        assertEquals(200, started.statusCode(), started.body());
        return Long.parseLong(Json.field(started.body(), "executionId"));
    }

    /** Waits for a run to end and answers its status. */
    static String awaitEnd(Portal finance, long executionId, Duration timeout) {
        String run = Await.until("payroll run " + executionId + " to end",
                () -> finance.get("/admin/api/v1/jobs/royalty-payroll/executions/" + executionId).body(),
                body -> body.contains("\"status\":\"COMPLETED\"") || body.contains("\"status\":\"FAILED\"")
                        || body.contains("\"status\":\"STOPPED\""),
                timeout);
        return Json.field(run, "status");
    }

    static long runToCompletion(Portal finance, String month) {
        long executionId = start(finance, month);
        assertEquals("COMPLETED", awaitEnd(finance, executionId, Duration.ofSeconds(90)));
        return executionId;
    }

    /** One graded work of the month by one payee (the name made unique), and the month's payroll computed as a draft. */
    static void computedPayroll(String month, String payee) {
        String token = ContentFixture.token();
        Portal approver = Portal.as(Role.APPROVER);
        long work = importPublished(approver, token, new Work("Tác phẩm " + payee + " " + token, "NEWS_OR_REPLY",
                month + "-12T08:00:00+07:00", payee + " " + token + ":100")).get(0);
        gradeOk(approver, work, "{\"coefficient\":3}");
        runToCompletion(Portal.as(Role.FINANCE), month);
    }

    /**
     * The month's payroll computed and approved, its one payee still due (the month needs a base salary: 2019-07 on). A
     * work is due in every month's payroll after its own until one approved payroll pays it, so another class that
     * approves a later month meanwhile may pay this one's work first: the approval is then refused, as finance's would
     * be, and the fixture computes the month again with a new work for the payee.
     */
    static void approvedPayroll(String month, String payee) {
        for (int attempt = 1; ; attempt++) {
            computedPayroll(month, payee);
            HttpResponse<String> approved = Portal.as(Role.FINANCE).json("POST", "/admin/api/v1/payrolls/" + month + "/approve", null);
            boolean paidElsewhere = approved.statusCode() == 400 && approved.body().contains("đã được chi trả ở bảng đã duyệt khác");
            if (!paidElsewhere || attempt == 3) {
                assertEquals(200, approved.statusCode(), approved.body());
                return;
            }
        }
    }

    /**
     * A payroll run of a month before any base salary (the schedule's first is 2019-07-01) in which the demo finance
     * officer holds a remuneration role: its remuneration step finds no unit value and the run fails. Answers its id.
     */
    static long failedRun(String month) {
        Portal finance = Portal.as(Role.FINANCE);
        YearMonth period = YearMonth.parse(month);
        String account = Database.strings("SELECT id FROM account WHERE login = 'ketoan.demo'").get(0);
        HttpResponse<String> assigned = finance.json("POST", "/admin/api/v1/royalty/schedule/assignments",
                "{\"accountId\":" + account + ",\"roleCode\":\"TECHNICIAN\",\"validFrom\":\"" + period.atDay(1)
                        + "\",\"validTo\":\"" + period.atEndOfMonth() + "\"}");
        assertEquals(200, assigned.statusCode(), assigned.body());
        long executionId = start(finance, month);
        assertEquals("FAILED", awaitEnd(finance, executionId, Duration.ofSeconds(90)));
        return executionId;
    }

    /** gross/tax/net of a payee of the month's payroll, straight from the database. */
    static List<String> payeeTotals(String month, String payeeName) {
        return Database.strings("SELECT CONCAT(p.gross, '/', p.tax, '/', p.net) FROM payroll_payee p JOIN payroll r ON r.id = p.payroll_id "
                + "WHERE r.period = ? AND p.payee_name = ?", month, payeeName);
    }

    static List<String> lineAmounts(String month, long itemId) {
        return Database.strings("SELECT l.amount FROM payroll_line l JOIN payroll r ON r.id = l.payroll_id "
                + "WHERE r.period = ? AND l.item_id = ? ORDER BY l.author_position", month, itemId);
    }
}
