package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * A citizen asks on the public form and follows the question with the code shown; a question through the
 * back-office screens: the board forwards it to a unit, whose reporter answers it; an
 * approver finds it by the state filter, edits and approves the answer, publishes it or sends it privately, and the
 * lists follow.
 */
class QuestionsBrowserIT extends ChromiumTest {

    /**
     * The server refuses a form sent sooner than {@code portal.questions.min-fill-seconds} after it was opened (a robot's
     * speed): 1 s for the test deployment (arquillian.xml), 3 s by default.
     */
    private static final Duration FILLING_TIME = Duration.ofMillis(1_200);

    @Test
    void aCitizenAsksOnTheFormReceivesATrackingCodeAndFollowsTheQuestionWithIt() {
        String token = ContentFixture.token();
        Map<String, String> fields = QuestionsFixture.question(token, "WITH_NAME");
        browser().driver().manage().deleteAllCookies();
        long opened = System.nanoTime();
        browser().open(QuestionsFixture.FORM);
        for (String field : List.of("name", "email", "phone", "address", "title", "text")) {
            browser().type(By.id("ask-" + field), fields.get(field));
        }
        new Select(browser().find(By.id("ask-field"))).selectByValue(fields.get("field"));
        browser().click(By.cssSelector("input[name='publication'][value='WITH_NAME']"));
        browser().type(By.id("ask-challenge"), QuestionsFixture.solved(browser().textOf(By.id("challenge-question"))));
        browser().screenshot("questions-ask-form");
        Await.until("the time a person takes to fill the form", () -> Duration.ofNanos(System.nanoTime() - opened),
                took -> took.compareTo(FILLING_TIME) >= 0, Duration.ofSeconds(10));
        browser().clickAndAwaitNewPage(By.id("ask-submit"));

        String code = browser().textOf(By.id("tracking-code"));
        assertTrue(code.matches("HD-\\d{4}-[2-9A-Z]{6}"), "a tracking code is shown: " + code);
        assertEquals(List.of(fields.get("title")), Database.strings("SELECT title FROM question WHERE tracking_code = ?", code),
                "the question is stored under the code shown");
        browser().screenshot("questions-ask-taken");
        browser().clickAndAwaitNewPage(By.id("track-own"));
        String tracked = browser().find(By.tagName("main")).getText();
        assertTrue(tracked.contains(code) && tracked.contains(fields.get("title")), "the tracking page follows the question: " + tracked);
        browser().screenshot("questions-track");
    }

    @Test
    void theBoardForwardsAQuestionTheUnitReporterAnswersItAndAnApproverApprovesItOnScreen() {
        String token = ContentFixture.token();
        Map<String, String> fields = QuestionsFixture.question(token, "WITH_NAME");
        String code = QuestionsFixture.ask(Portal.anonymous().from("198.18.0." + (1 + Math.floorMod(token.hashCode(), 250))), fields);
        String unit = Database.strings("SELECT name FROM unit WHERE id = ?", QuestionsFixture.reportersUnit()).get(0);

        signInAs(Role.EDITOR);
        browser().open("/admin/questions/inbox.xhtml");
        WebElement received = rowOf("questions-form:table", code);
        assertTrue(received.getText().contains(fields.get("email")), "the board sees the asker's contact: " + received.getText());
        browser().screenshot("questions-inbox");
        received.findElement(By.xpath(".//button[contains(@id, ':forward')]")).click();
        browser().find(By.id("forward-form:note"));
        browser().choose("forward-form:unit", unit);
        browser().type(By.id("forward-form:note"), "Đề nghị trả lời đúng hạn " + token);
        browser().screenshot("questions-forward-dialog");
        browser().click(By.id("forward-form:confirm-forward"));
        awaitState(code, "FORWARDED");
        assertTrue(browser().find(By.cssSelector(".ui-growl-message")).getText().contains("Đã chuyển câu hỏi cho đơn vị"));

        signInAs(Role.UNIT_REPORTER);
        browser().open("/admin/questions/mine.xhtml");
        WebElement forwarded = rowOf("mine-form:table", code);
        assertTrue(forwarded.getText().contains("Đề nghị trả lời đúng hạn " + token), forwarded.getText());
        forwarded.findElement(By.xpath(".//button[contains(@id, ':answer')]")).click();
        browser().type(By.id("answer-form:answer"), "Hồ sơ gồm đơn đăng ký và giấy tờ về quyền sử dụng đất " + token);
        browser().click(By.id("answer-form:save-answer"));
        awaitState(code, "ANSWER_DRAFTED");
        Await.until("the drafted answer in the list", () -> rowOf("mine-form:table", code).getText(),
                text -> text.contains("giấy tờ về quyền sử dụng đất " + token), Duration.ofSeconds(20));
        browser().screenshot("questions-mine");

        signInAs(Role.APPROVER);
        browser().open("/admin/questions/inbox.xhtml");
        chooseState("Đang xử lý: đơn vị đã dự thảo trả lời");
        WebElement drafted = rowOf("questions-form:table", code);
        assertTrue(drafted.getText().contains("giấy tờ về quyền sử dụng đất " + token), "the list follows the state chosen: " + drafted.getText());
        drafted.findElement(By.xpath(".//button[contains(@id, ':approve')]")).click();
        browser().find(By.id("approve-form:answer"));
        browser().type(By.id("approve-form:answer"), "Hồ sơ gồm đơn đăng ký, giấy tờ về quyền sử dụng đất và sơ đồ thửa đất " + token);
        browser().screenshot("questions-approve-dialog");
        browser().click(By.id("approve-form:confirm-approve"));
        awaitState(code, "ANSWER_APPROVED");
        Await.until("the approved question gone from the drafted list", () -> {
            browser().awaitAjax();
            return browser().driver().findElements(By.xpath("//*[@id='questions-form:table']//span[contains(@class, 'question-code')"
                    + " and normalize-space() = '" + code + "']")).size();
        }, n -> n == 0, Duration.ofSeconds(20));
        chooseState("Đang xử lý: câu trả lời đã được duyệt");
        assertTrue(rowOf("questions-form:table", code).getText().contains("sơ đồ thửa đất " + token), "the approved answer as edited");
        browser().screenshot("questions-approved");
    }

    /**
     * The approval step on screen: an approver approves two drafted answers (one carrying the unit's file), publishes the
     * one whose asker consented (it leaves the approved list, shows in the published list and on /hoi-dap with its file)
     * and sends the other privately (it has no publish button); every change of the state filter shows that state's list.
     */
    @Test
    void anApproverApprovesTwoAnswersPublishesTheConsentedOneAndSendsTheOtherPrivatelyOnScreen() {
        String token = ContentFixture.token();
        Portal visitor = Portal.anonymous().from("198.18.4." + (1 + Math.floorMod(token.hashCode(), 250)));
        String consented = QuestionsFixture.ask(visitor, QuestionsFixture.question(token + "c", "WITHOUT_NAME"));
        String kept = QuestionsFixture.ask(visitor, QuestionsFixture.question(token + "p", "PRIVATE"));
        QuestionsFixture.drafted(QuestionsFixture.idOf(consented));
        QuestionsFixture.drafted(QuestionsFixture.idOf(kept));
        String fileName = "so-do-" + token + ".png";
        assertEquals(200, Portal.as(Role.UNIT_REPORTER).upload("/admin/api/v1/questions/" + QuestionsFixture.idOf(consented) + "/answer-files",
                fileName, TestImages.scene(40, 30, "png", "F")).statusCode());

        signInAs(Role.APPROVER);
        browser().open("/admin/questions/inbox.xhtml");
        chooseState("Đang xử lý: đơn vị đã dự thảo trả lời");
        for (String code : List.of(consented, kept)) {
            rowOf("questions-form:table", code).findElement(By.xpath(".//button[contains(@id, ':approve')]")).click();
            browser().find(By.id("approve-form:answer"));
            if (code.equals(consented)) {
                assertTrue(browser().textOf(By.id("approve-form")).contains(fileName), "the unit's file in the approval dialog");
                browser().screenshot("questions-approve-dialog-with-file");
            }
            browser().type(By.id("approve-form:answer"), "Câu trả lời đã duyệt " + code);
            browser().click(By.id("approve-form:confirm-approve"));
            awaitState(code, "ANSWER_APPROVED");
            awaitGone(code);
        }

        chooseState("Đang xử lý: câu trả lời đã được duyệt");
        WebElement approvedRow = rowOf("questions-form:table", kept);
        assertTrue(approvedRow.findElements(By.xpath(".//button[contains(@id, ':publish')]")).isEmpty(), "no consent: nothing to publish");
        rowOf("questions-form:table", consented).findElement(By.xpath(".//button[contains(@id, ':publish')]")).click();
        confirm("questions-publish-confirm");
        awaitState(consented, "PUBLISHED");
        awaitGone(consented);
        rowOf("questions-form:table", kept).findElement(By.xpath(".//button[contains(@id, ':send-privately')]")).click();
        confirm("questions-send-privately-confirm");
        awaitState(kept, "SENT_PRIVATELY");
        awaitGone(kept);

        chooseState("Đã trả lời và công khai");
        assertTrue(rowOf("questions-form:table", consented).getText().contains("Câu trả lời đã duyệt " + consented), "the published list");
        chooseState("Đã trả lời riêng cho người hỏi");
        assertTrue(rowOf("questions-form:table", kept).getText().contains("Câu trả lời đã duyệt " + kept), "the privately sent list");
        browser().screenshot("questions-sent-privately");

        browser().open("/hoi-dap");
        WebElement file = Await.until("the published answer and its file on /hoi-dap", () -> {
            browser().open("/hoi-dap");
            List<WebElement> links = browser().driver().findElements(By.xpath("//a[contains(@class, 'answer-file') and normalize-space() = '" + fileName + "']"));
            return links.isEmpty() ? null : links.get(0);
        }, found -> found != null, Duration.ofSeconds(30));
        assertTrue(file.getAttribute("href").contains("/hoi-dap/tep/" + consented + "/"), file.getAttribute("href"));
        browser().screenshot("questions-published-with-file");
    }

    /** Confirms the step in the open confirmation dialog, once it is shown. */
    private static void confirm(String screenshot) {
        browser().find(By.cssSelector(".ui-confirm-dialog[aria-hidden='false'] .ui-confirmdialog-yes"));
        browser().screenshot(screenshot);
        browser().click(By.cssSelector(".ui-confirm-dialog[aria-hidden='false'] .ui-confirmdialog-yes"));
    }

    /** Waits until the table no longer lists the question {@code code} (it moved to another state's list). */
    private static void awaitGone(String code) {
        Await.until("the question " + code + " gone from the list shown", () -> {
            browser().awaitAjax();
            return browser().driver().findElements(By.xpath("//*[@id='questions-form:table']//span[contains(@class, 'question-code')"
                    + " and normalize-space() = '" + code + "']")).size();
        }, n -> n == 0, Duration.ofSeconds(20));
    }

    /** Picks a state in the inbox's filter as a person does: opens the list and clicks the state. */
    private static void chooseState(String label) {
        browser().pick("questions-form:state", label);
    }

    private static void signInAs(Role role) {
        browser().driver().manage().deleteAllCookies();
        browser().signIn(Portal.loginOf(role), DemoAccount.PASSWORD);
    }

    /** The table row of the question {@code code}, paging forward through the lazy table until it shows. */
    private static WebElement rowOf(String tableId, String code) {
        By row = By.xpath("//*[@id='" + tableId + "']//tr[.//span[contains(@class, 'question-code') and normalize-space() = '" + code + "']]");
        return Await.until("the question " + code + " in " + tableId, () -> {
            browser().awaitAjax();
            List<WebElement> found = browser().driver().findElements(row);
            if (found.isEmpty()) {
                List<WebElement> next = browser().driver().findElements(By.cssSelector(
                        "[id='" + tableId + "'] .ui-paginator-next:not(.ui-state-disabled)"));
                if (!next.isEmpty()) {
                    next.get(0).click();
                }
                return null;
            }
            return found.get(0);
        }, element -> element != null, Duration.ofSeconds(30));
    }

    private static void awaitState(String code, String state) {
        Await.until("question " + code + " " + state, () -> Database.strings("SELECT state FROM question WHERE tracking_code = ?", code).get(0),
                state::equals, Duration.ofSeconds(20));
    }
}
