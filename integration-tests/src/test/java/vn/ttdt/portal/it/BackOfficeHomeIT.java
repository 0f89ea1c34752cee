package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * The back-office home per role: each count of what waits is checked against data the test creates (one more after
 * it, one fewer once the work is done), each links to the screen where the work is done, and a unit reporter sees
 * only their own unit's questions and publications.
 */
@Isolated("counts each role's waiting work across the site: one more after its own")
class BackOfficeHomeIT extends PortalIT {

    private static final String HOME = "/admin/index.xhtml";
    private static final Pattern TOTAL = Pattern.compile("id=\"publications-total\"[^>]*>(\\d+)<");

    private static long count(Portal who, String tile) {
        String page = home(who);
        Matcher found = Pattern.compile("id=\"work-" + tile + "\" href=\"([^\"]+)\" data-count=\"(\\d+)\"").matcher(page);
        assertTrue(found.find(), tile + " missing from the home page: " + page);
        return Long.parseLong(found.group(2));
    }

    private static String link(Portal who, String tile) {
        Matcher found = Pattern.compile("id=\"work-" + tile + "\" href=\"([^\"]+)\"").matcher(home(who));
        assertTrue(found.find(), tile);
        return found.group(1);
    }

    private static String home(Portal who) {
        HttpResponse<String> page = who.get(HOME);
        assertEquals(200, page.statusCode(), page.body());
        return page.body();
    }

    /** This month's publications of a category as the caller's chart table says (0 when it has no row). */
    private static long published(Portal who, String category) {
        Matcher row = Pattern.compile("<th scope=\"row\">" + Pattern.quote(category) + "</th><td class=\"number\" data-count=\"(\\d+)\"")
                .matcher(home(who));
        return row.find() ? Long.parseLong(row.group(1)) : 0;
    }

    private static long publishedTotal(Portal who) {
        Matcher total = TOTAL.matcher(home(who));
        return total.find() ? Long.parseLong(total.group(1)) : 0;
    }

    private static String newDraft(Portal writer, String title) {
        return Json.field(ContentFixture.created(writer, title, "<p>Nội dung trang tổng quan</p>"), "id");
    }

    /** A citizen's question, asked from an address of its own so that the per-address limit of other tests is not touched. */
    private static long askedQuestion(String token) {
        Portal visitor = Portal.anonymous().from("198.18.2." + (1 + Math.floorMod(token.hashCode(), 250)));
        return QuestionsFixture.idOf(QuestionsFixture.ask(visitor, QuestionsFixture.question(token, "PRIVATE")));
    }

    @Test
    void aContributorSeesTheirDraftsAndReturnedItemsAndNoBoardWork() {
        Portal contributor = Portal.as(Role.CONTRIBUTOR);
        long before = count(contributor, "items-mine");
        newDraft(contributor, "Bản nháp tổng quan " + ContentFixture.token());
        assertEquals(before + 1, count(contributor, "items-mine"));
        assertEquals("/admin/content/inbox.xhtml", link(contributor, "items-mine"));
        String page = home(contributor);
        assertFalse(page.contains("id=\"work-items-to-edit\""), "the board's work is not a contributor's");
        assertFalse(page.contains("id=\"work-payrolls-to-approve\""));
        assertTrue(page.contains("id=\"publications-heading\""));
    }

    @Test
    void anEditorSeesItemsToEditNewQuestionsPostingRequestsAndThisMonthsPublicationsPerCategory() {
        Portal editor = Portal.as(Role.EDITOR);
        Portal contributor = Portal.as(Role.CONTRIBUTOR);
        String token = ContentFixture.token();

        long toEdit = count(editor, "items-to-edit");
        String item = newDraft(contributor, "Chờ biên tập " + token);
        ContentFixture.step(contributor, item, "SUBMIT", null);
        assertEquals(toEdit + 1, count(editor, "items-to-edit"));
        ContentFixture.step(editor, item, "TAKE_FOR_EDITING", null);
        ContentFixture.step(editor, item, "SEND_FOR_APPROVAL", null);
        assertEquals(toEdit, count(editor, "items-to-edit"), "sent for approval: no longer the editor's");

        long toForward = count(editor, "questions-to-forward");
        askedQuestion(token);
        assertEquals(toForward + 1, count(editor, "questions-to-forward"));
        assertEquals("/admin/questions/inbox.xhtml", link(editor, "questions-to-forward"));

        long requests = count(editor, "posting-requests");
        LegalDocsFixture.submitted(LegalDocsFixture.newReporter("Tổng quan " + token), "12/KH-UBND-" + token, "Kế hoạch " + token);
        assertEquals(requests + 1, count(editor, "posting-requests"));
        assertEquals("/admin/legaldocs/requests.xhtml", link(editor, "posting-requests"));

        String category = Database.strings("SELECT name FROM category WHERE slug = 'cai-cach-hanh-chinh'").get(0);
        long inCategory = published(editor, category);
        long total = publishedTotal(editor);
        ContentFixture.publish("Đăng trong tháng " + token, "<p>Đăng trong tháng</p>");
        assertEquals(inCategory + 1, published(editor, category));
        assertEquals(total + 1, publishedTotal(editor));
        String page = home(editor);
        assertTrue(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\""), "the chart is drawn on the server");
        assertTrue(page.contains("aria-labelledby=\"publications-chart-title publications-chart-desc\""));
    }

    @Test
    void anApproverSeesItemsToApproveAnswersToApproveAndPayrolls() {
        Portal approver = Portal.as(Role.APPROVER);
        Portal contributor = Portal.as(Role.CONTRIBUTOR);
        Portal editor = Portal.as(Role.EDITOR);
        String token = ContentFixture.token();

        long toApprove = count(approver, "items-to-approve");
        String item = newDraft(contributor, "Chờ duyệt " + token);
        ContentFixture.step(contributor, item, "SUBMIT", null);
        ContentFixture.step(editor, item, "TAKE_FOR_EDITING", null);
        ContentFixture.step(editor, item, "SEND_FOR_APPROVAL", null);
        assertEquals(toApprove + 1, count(approver, "items-to-approve"));
        ContentFixture.step(approver, item, "PUBLISH", null);
        assertEquals(toApprove, count(approver, "items-to-approve"));

        long answers = count(approver, "answers-to-approve");
        long question = askedQuestion(token);
        assertEquals(200, QuestionsFixture.forward(question, QuestionsFixture.reportersUnit()).statusCode());
        assertEquals(200, Portal.as(Role.UNIT_REPORTER).json("POST", "/admin/api/v1/questions/" + question + "/answer",
                "{\"answer\":\"Trả lời " + token + "\"}").statusCode());
        assertEquals(answers + 1, count(approver, "answers-to-approve"));

        long drafts = Long.parseLong(Database.strings(
                "SELECT COUNT(*) FROM payroll WHERE status = 'DRAFT' AND computed_at IS NOT NULL").get(0));
        assertEquals(drafts, count(approver, "payrolls-to-approve"));
        assertFalse(home(approver).contains("id=\"work-payrolls-to-pay\""), "paying is finance's work");
    }

    @Test
    void aUnitReporterSeesOnlyTheirOwnUnitsQuestionsDeadlinesRequestsAndPublications() {
        Portal reporter = Portal.as(Role.UNIT_REPORTER);
        Portal editor = Portal.as(Role.EDITOR);
        String token = ContentFixture.token();
        long ownUnit = QuestionsFixture.reportersUnit();
        long otherUnit = Long.parseLong(Database.strings("SELECT id FROM unit WHERE id <> ? ORDER BY id", ownUnit).get(0));

        long waiting = count(reporter, "unit-questions");
        long overdue = count(reporter, "unit-questions-overdue");
        long boardOverdue = count(editor, "questions-overdue");
        long ours = askedQuestion(token + "a");
        long theirs = askedQuestion(token + "b");
        assertEquals(200, QuestionsFixture.forward(ours, ownUnit).statusCode());
        assertEquals(200, QuestionsFixture.forward(theirs, otherUnit).statusCode());
        assertEquals(waiting + 1, count(reporter, "unit-questions"), "another unit's question is not counted");
        assertEquals("/admin/questions/mine.xhtml", link(reporter, "unit-questions"));
        assertTrue(home(reporter).contains("Hạn gần nhất:"), "the nearest deadline is shown");

        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);
        Database.update("UPDATE question SET deadline = ? WHERE id IN (?, ?)", yesterday, ours, theirs);
        assertEquals(overdue + 1, count(reporter, "unit-questions-overdue"), "only the own unit's late question");
        assertEquals(boardOverdue + 2, count(editor, "questions-overdue"), "the board sees every unit's");
        assertTrue(home(reporter).contains("bo-work-item pending urgent"), "a late question is marked");

        long requests = count(reporter, "unit-posting-requests");
        assertEquals(201, reporter.json("POST", "/admin/api/v1/posting-requests", """
                {"number":"%s","typeName":"Kế hoạch","issuer":"UBND xã","issuedOn":"2026-11-02","summary":"Kế hoạch %s"}"""
                .formatted("15/KH-UBND-" + token, token)).statusCode());
        LegalDocsFixture.submitted(LegalDocsFixture.newReporter("Khác " + token), "16/KH-UBND-" + token, "Đơn vị khác " + token);
        assertEquals(requests + 1, count(reporter, "unit-posting-requests"), "another unit's request is not counted");

        long unitTotal = publishedTotal(reporter);
        long siteTotal = publishedTotal(editor);
        ContentFixture.publish("Tin của xã Long Giao " + token, "<p>Không phải đơn vị của người báo cáo</p>");
        assertEquals(siteTotal + 1, publishedTotal(editor));
        assertEquals(unitTotal, publishedTotal(reporter), "another unit's publication is not in the reporter's chart");
        assertTrue(Pattern.compile("id=\"publications-heading\">[^<]*Xuân Đường").matcher(home(reporter)).find(),
                "the chart names the reporter's unit");
        assertFalse(home(reporter).contains("id=\"work-items-to-edit\""));
    }

    @Test
    void financeSeesThePayrollsToApproveAndThenToPay() {
        Portal finance = Portal.as(Role.FINANCE);
        String month = "2016-03";
        long toApprove = count(finance, "payrolls-to-approve");
        long toPay = count(finance, "payrolls-to-pay");
        long site = Long.parseLong(Database.strings("SELECT id FROM site WHERE code = 'default'").get(0));
        Database.update("INSERT INTO payroll (site_id, period, status) VALUES (?, ?, 'DRAFT')", site, month);
        assertEquals(toApprove, count(finance, "payrolls-to-approve"), "a draft not yet computed waits for its run, not for approval");
        Database.update("UPDATE payroll SET computed_at = NOW(6) WHERE site_id = ? AND period = ?", site, month);
        assertEquals(toApprove + 1, count(finance, "payrolls-to-approve"));
        assertEquals("/admin/royalty/payrolls.xhtml", link(finance, "payrolls-to-approve"));
        Database.update("UPDATE payroll SET status = 'APPROVED', approved_by = 'ketoan.demo', approved_at = NOW(6) "
                + "WHERE site_id = ? AND period = ?", site, month);
        assertEquals(toApprove, count(finance, "payrolls-to-approve"));
        assertEquals(toPay + 1, count(finance, "payrolls-to-pay"));
        Database.update("UPDATE payroll SET status = 'PAID', paid_on = '2016-04-10', paid_by = 'ketoan.demo' "
                + "WHERE site_id = ? AND period = ?", site, month);
        assertEquals(toPay, count(finance, "payrolls-to-pay"));
        assertFalse(home(finance).contains("id=\"work-items-mine\""), "finance writes no items");
    }

    @Test
    void theSupervisorAndTheAdministratorSeeThePublicationsWithoutWorkOfOthers() {
        for (Role role : new Role[] {Role.QUOTA_SUPERVISOR, Role.IT_ADMIN}) {
            String page = home(Portal.as(role));
            assertFalse(page.contains("id=\"work-"), role + " has none of the listed work");
            assertTrue(page.contains("id=\"publications-heading\""), role.toString());
        }
    }
}
