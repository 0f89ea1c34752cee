package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.shared.domain.VietnameseText;

/**
 * Citizens' questions end to end: asked on the public form without a session, forwarded, answered by the unit,
 * approved and published, each mail received; the asker's contact details on no public page or API answer;
 * the form's guards and the flood limit refusing with a message and storing nothing.
 */
class QuestionsIT extends PortalIT {

    @Test
    void aQuestionIsAskedForwardedAnsweredApprovedAndPublishedWithoutItsAskersContactDetails() throws Exception {
        String token = ContentFixture.token();
        Map<String, String> fields = QuestionsFixture.question(token, "WITHOUT_NAME");
        Portal visitor = Portal.anonymous().from("203.0.113." + (10 + Math.floorMod(token.hashCode(), 200)));

        QuestionsFixture.OpenedForm opened = QuestionsFixture.open(visitor);
        assertTrue(opened.page().headers().allValues("Set-Cookie").isEmpty(), "the form sets no cookie");
        HttpResponse<String> taken = QuestionsFixture.send(visitor, opened, fields);
        assertEquals(200, taken.statusCode(), taken.body());
        String code = QuestionsFixture.CODE.matcher(taken.body()).results().findFirst().orElseThrow().group(1);
        MimeMessage receipt = QuestionsFixture.awaitMail(fields.get("email"), code);
        assertTrue(receipt.isMimeType("multipart/alternative"), receipt.getContentType());
        MimeMultipart parts = (MimeMultipart) receipt.getContent();
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain") && parts.getBodyPart(1).isMimeType("text/html"));
        assertTrue(((String) parts.getBodyPart(0).getContent()).contains("Mã tra cứu: " + code));
        String html = (String) parts.getBodyPart(1).getContent();
        assertTrue(html.contains("<html lang=\"vi\">") && html.contains("Mã tra cứu: " + code), html);

        long id = QuestionsFixture.idOf(code);
        String staffView = Portal.as(Role.EDITOR).get("/admin/api/v1/questions/" + id).body();
        assertTrue(staffView.contains(fields.get("email")) && staffView.contains(fields.get("phone")), "the board sees the contact: " + staffView);
        HttpResponse<String> forwarded = QuestionsFixture.forward(id, QuestionsFixture.reportersUnit());
        assertEquals(200, forwarded.statusCode(), forwarded.body());
        assertEquals("FORWARDED", Json.field(forwarded.body(), "state"));
        assertNotNull(Json.field(forwarded.body(), "deadline"));

        Portal reporter = Portal.as(Role.UNIT_REPORTER);
        assertTrue(reporter.get("/admin/api/v1/questions/mine?size=200").body().contains(code));
        HttpResponse<String> drafted = reporter.json("POST", "/admin/api/v1/questions/" + id + "/answer",
                "{\"answer\":\"Hồ sơ gồm đơn đăng ký " + token + "\"}");
        assertEquals(200, drafted.statusCode(), drafted.body());

        Portal approver = Portal.as(Role.APPROVER);
        String answer = "Hồ sơ gồm đơn đăng ký và giấy tờ về quyền sử dụng đất " + token;
        assertEquals(200, approver.json("POST", "/admin/api/v1/questions/" + id + "/approve", "{\"answer\":\"" + answer + "\"}").statusCode());
        HttpResponse<String> published = approver.json("POST", "/admin/api/v1/questions/" + id + "/publish", null);
        assertEquals(200, published.statusCode(), published.body());
        assertTrue(QuestionsFixture.awaitMail(fields.get("email"), "đã được trả lời").getSubject().contains(code));

        Portal reader = Portal.anonymous();
        String list = Await.until("the published answer on /hoi-dap", () -> reader.get("/hoi-dap").body(),
                body -> body.contains(answer), Duration.ofSeconds(30));
        List<String> publicAnswers = new ArrayList<>(List.of(list,
                reader.get("/hoi-dap?linh-vuc=LAND").body(),
                reader.get("/hoi-dap/tra-cuu?ma=" + code).body(),
                reader.get("/api/v1/questions?size=100").body(),
                reader.get("/api/v1/questions/" + code).body()));
        assertTrue(publicAnswers.get(2).contains(answer) && publicAnswers.get(2).contains("Đã trả lời và công khai"), publicAnswers.get(2));
        assertTrue(publicAnswers.get(3).contains(code), publicAnswers.get(3));
        assertEquals(answer, Json.field(publicAnswers.get(4), "answer"));
        for (String page : publicAnswers) {
            for (String personal : List.of(fields.get("name"), fields.get("email"), fields.get("phone"), fields.get("address"))) {
                assertFalse(page.contains(personal), "a public answer shows " + personal);
            }
        }
    }

    @Test
    void aQuestionUnansweredTwoWeeksAfterItsDeadlineIsOnTheOverdueListTenWorkingDaysLate() {
        String token = ContentFixture.token();
        String code = QuestionsFixture.ask(Portal.anonymous().from("203.0.113." + (1 + Math.floorMod(token.hashCode(), 9))),
                QuestionsFixture.question(token, "PRIVATE"));
        long id = QuestionsFixture.idOf(code);
        assertEquals(200, QuestionsFixture.forward(id, QuestionsFixture.reportersUnit()).statusCode());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Database.update("UPDATE question SET deadline = ? WHERE id = ?", today.minusDays(14), id);

        String overdue = Portal.as(Role.EDITOR).get("/admin/api/v1/questions/overdue?size=200").body();
        String row = overdue.substring(overdue.indexOf("\"code\":\"" + code + "\""));
        assertEquals("10", Json.field("{" + row, "workingDaysLate"), "two weeks without holidays: ten working days");
        assertTrue(Portal.as(Role.APPROVER).get("/admin/questions/overdue.xhtml").body().contains(code), "the overdue screen");
        assertEquals(403, Portal.as(Role.UNIT_REPORTER).get("/admin/api/v1/questions/overdue").statusCode(), "not for a unit");

        assertEquals(200, Portal.as(Role.UNIT_REPORTER).json("POST", "/admin/api/v1/questions/" + id + "/answer",
                "{\"answer\":\"Trả lời muộn " + token + "\"}").statusCode());
        assertFalse(Portal.as(Role.EDITOR).get("/admin/api/v1/questions/overdue?size=200").body().contains(code), "answered: off the list");
    }

    @Test
    void aNewQuestionRepeatingAnAnsweredOneShowsItInTheInboxWhateverItsDiacritics() {
        String token = ContentFixture.token();
        Portal visitor = Portal.anonymous().from("203.0.113." + (211 + Math.floorMod(token.hashCode(), 40)));
        Map<String, String> first = QuestionsFixture.question(token, "PRIVATE");
        first.put("text", "Xin hỏi lệ phí cấp đổi giấy phép xây dựng nhà ở riêng lẻ tại xã Xuân Đường là bao nhiêu " + token + "?");
        String answeredCode = QuestionsFixture.ask(visitor, first);
        long answered = QuestionsFixture.idOf(answeredCode);
        assertEquals(200, QuestionsFixture.forward(answered, QuestionsFixture.reportersUnit()).statusCode());
        assertEquals(200, Portal.as(Role.UNIT_REPORTER).json("POST", "/admin/api/v1/questions/" + answered + "/answer",
                "{\"answer\":\"Miễn lệ phí\"}").statusCode());
        assertEquals(200, Portal.as(Role.APPROVER).json("POST", "/admin/api/v1/questions/" + answered + "/approve",
                "{\"answer\":\"Miễn lệ phí\"}").statusCode());

        Map<String, String> again = QuestionsFixture.question(token + "b", "PRIVATE");
        again.put("title", VietnameseText.withoutMarks(first.get("title")).toUpperCase());
        again.put("text", VietnameseText.withoutMarks(first.get("text")));
        String repeated = QuestionsFixture.ask(visitor, again);

        String inbox = Portal.as(Role.EDITOR).get("/admin/api/v1/questions?size=200").body();
        assertTrue(inbox.contains("\"code\":\"" + repeated + "\""), "the repeated question is in the inbox");
        assertTrue(Pattern.compile("\"alreadyAnswered\":\\{\"code\":\"" + answeredCode + "\",\"id\":" + answered
                + ",[^{}]*}[^{}]*\"code\":\"" + repeated + "\"").matcher(inbox).find(), "the row of " + repeated + " in " + inbox);
    }

    @Test
    void anAttachmentPassesTheUploadChecksIsKeptAndReachesTheBoardAndADisguisedOrOversizeFileIsRefusedWithNothingStored() {
        String token = ContentFixture.token();
        Portal visitor = Portal.anonymous().from("198.18.0." + (1 + Math.floorMod(token.hashCode(), 250)));
        byte[] photo = TestImages.scene(40, 30, "png", "A");
        String code = QuestionsFixture.askWithFile(visitor, QuestionsFixture.question(token, "PRIVATE"), "giấy tờ đất.png", photo);
        long id = QuestionsFixture.idOf(code);

        HttpResponse<byte[]> kept = Portal.as(Role.EDITOR).bytes("/admin/api/v1/questions/" + id + "/attachment");
        assertEquals(200, kept.statusCode());
        assertArrayEquals(photo, kept.body());
        assertEquals("image/png", kept.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", kept.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("giấy tờ đất.png", Json.field(Portal.as(Role.EDITOR).get("/admin/api/v1/questions/" + id).body(), "attachmentName"));

        Map<String, HttpResponse<String>> refused = new LinkedHashMap<>();
        refused.put("script", QuestionsFixture.sendWithFile(visitor, QuestionsFixture.open(visitor), QuestionsFixture.question(token + "h", "PRIVATE"),
                "ho-so.pdf", "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8)));
        refused.put("disguised", QuestionsFixture.sendWithFile(visitor, QuestionsFixture.open(visitor), QuestionsFixture.question(token + "d", "PRIVATE"),
                "ho-so.pdf", photo));
        byte[] huge = Arrays.copyOf(photo, 6 * 1024 * 1024);
        refused.put("oversize", QuestionsFixture.sendWithFile(visitor, QuestionsFixture.open(visitor), QuestionsFixture.question(token + "o", "PRIVATE"),
                "anh-lon.png", huge));
        for (Map.Entry<String, HttpResponse<String>> answer : refused.entrySet()) {
            assertEquals(400, answer.getValue().statusCode(), answer.getKey());
            assertTrue(answer.getValue().body().contains("Tệp đính kèm không được nhận"), answer.getKey() + ": " + answer.getValue().body());
        }
        assertTrue(refused.get("disguised").body().contains("không khớp với đuôi tên tệp"));
        assertTrue(refused.get("oversize").body().contains("vượt quá dung lượng"));
        assertEquals(List.of("0"), Database.strings("SELECT COUNT(*) FROM question WHERE title IN (?, ?, ?)",
                "Thủ tục cấp giấy chứng nhận " + token + "h", "Thủ tục cấp giấy chứng nhận " + token + "d",
                "Thủ tục cấp giấy chứng nhận " + token + "o"));
    }

    @Test
    void theUnitsFilesGoWithTheAnswerPublishedForEveryoneToDownloadOrMailedWithAPrivateAnswer() throws Exception {
        String token = ContentFixture.token();
        Portal visitor = Portal.anonymous().from("198.18.2." + (1 + Math.floorMod(token.hashCode(), 250)));
        Map<String, String> consenting = QuestionsFixture.question(token + "c", "WITH_NAME");
        Map<String, String> keptPrivate = QuestionsFixture.question(token + "p", "PRIVATE");
        long published = QuestionsFixture.idOf(QuestionsFixture.ask(visitor, consenting));
        String privateCode = QuestionsFixture.ask(visitor, keptPrivate);
        long sentPrivately = QuestionsFixture.idOf(privateCode);
        Portal reporter = Portal.as(Role.UNIT_REPORTER);
        Portal approver = Portal.as(Role.APPROVER);
        byte[] plan = TestImages.scene(60, 40, "png", "P");
        String planName = "sơ đồ thửa đất " + token + ".png";

        for (long id : List.of(published, sentPrivately)) {
            assertEquals(200, QuestionsFixture.forward(id, QuestionsFixture.reportersUnit()).statusCode());
            HttpResponse<String> disguised = reporter.upload("/admin/api/v1/questions/" + id + "/answer-files", "ho-so.pdf", plan);
            assertEquals(400, disguised.statusCode(), disguised.body());
            assertTrue(disguised.body().contains("không khớp với đuôi tên tệp"), disguised.body());
            assertEquals(200, reporter.upload("/admin/api/v1/questions/" + id + "/answer-files", planName, plan).statusCode());
            assertEquals(200, reporter.json("POST", "/admin/api/v1/questions/" + id + "/answer", "{\"answer\":\"Xem sơ đồ đính kèm " + token + "\"}").statusCode());
            assertEquals(200, approver.json("POST", "/admin/api/v1/questions/" + id + "/approve", "{\"answer\":\"Xem sơ đồ đính kèm " + token + "\"}").statusCode());
        }
        HttpResponse<String> withdrawn = reporter.upload("/admin/api/v1/questions/" + published + "/answer-files", "ban-nhap.png", plan);
        assertEquals(400, withdrawn.statusCode(), "approved: the unit can no longer change the answer's files");

        String publishedBody = approver.json("POST", "/admin/api/v1/questions/" + published + "/publish", null).body();
        String key = Json.field(publishedBody.substring(publishedBody.indexOf("\"answerFiles\"")), "key");
        String code = Json.field(publishedBody, "code");
        HttpResponse<byte[]> download = Portal.anonymous().bytes("/hoi-dap/tep/" + code + "/" + key);
        assertEquals(200, download.statusCode());
        assertArrayEquals(plan, download.body());
        assertEquals("image/png", download.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        String disposition = download.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment; filename=\"s_____th_a___t_" + token + ".png\"; filename*=UTF-8''s%C6%A1%20%C4%91%E1%BB%93"),
                disposition);
        String page = Await.until("the published answer's file on /hoi-dap", () -> Portal.anonymous().get("/hoi-dap").body(),
                body -> body.contains("/hoi-dap/tep/" + code + "/" + key), Duration.ofSeconds(30));
        assertTrue(page.contains(planName), "the file's name is shown");
        assertEquals("/hoi-dap/tep/" + code + "/" + key, Json.field(Portal.anonymous().get("/api/v1/questions/" + code).body(), "url"));
        assertEquals(404, Portal.anonymous().bytes("/hoi-dap/tep/" + code + "/" + "0".repeat(32)).statusCode(), "an unknown key");

        String privateBody = approver.json("POST", "/admin/api/v1/questions/" + sentPrivately + "/send-privately", null).body();
        String privateKey = Json.field(privateBody.substring(privateBody.indexOf("\"answerFiles\"")), "key");
        assertEquals(404, Portal.anonymous().bytes("/hoi-dap/tep/" + privateCode + "/" + privateKey).statusCode(), "a private answer's file");
        MimeMessage mail = QuestionsFixture.awaitMail(keptPrivate.get("email"), "đã được trả lời");
        assertTrue(mail.isMimeType("multipart/mixed"), mail.getContentType());
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertTrue(parts.getBodyPart(0).isMimeType("multipart/alternative"), "the words, in plain text and HTML");
        assertEquals(planName, parts.getBodyPart(1).getFileName());
        assertArrayEquals(plan, parts.getBodyPart(1).getInputStream().readAllBytes());
    }

    @Test
    void aFileTakenOffTheDraftIsNoLongerServed() {
        String token = ContentFixture.token();
        long id = QuestionsFixture.idOf(QuestionsFixture.ask(Portal.anonymous().from("198.18.3." + (1 + Math.floorMod(token.hashCode(), 250))),
                QuestionsFixture.question(token, "PRIVATE")));
        assertEquals(200, QuestionsFixture.forward(id, QuestionsFixture.reportersUnit()).statusCode());
        Portal reporter = Portal.as(Role.UNIT_REPORTER);
        String base = "/admin/api/v1/questions/" + id + "/answer-files";
        String attached = reporter.upload(base, "nham-tep.png", TestImages.scene(20, 20, "png", "N")).body();
        String key = Json.field(attached.substring(attached.indexOf("\"answerFiles\"")), "key");
        assertEquals(200, reporter.bytes(base + "/" + key).statusCode());

        HttpResponse<String> detached = reporter.json("DELETE", base + "/" + key, null);
        assertEquals(200, detached.statusCode(), detached.body());
        assertFalse(detached.body().contains(key), detached.body());
        assertEquals(404, reporter.bytes(base + "/" + key).statusCode());
        assertEquals(404, reporter.json("DELETE", base + "/" + key, null).statusCode(), "already taken off");
    }

    @Test
    void theTrackingPageShowsOnlyTheStateOfTheQuestionWhoseCodeIsGivenAndNoPersonalData() {
        String token = ContentFixture.token();
        Map<String, String> fields = QuestionsFixture.question(token, "PRIVATE");
        String code = QuestionsFixture.ask(Portal.anonymous().from("203.0.113.250"), fields);

        HttpResponse<String> tracked = Portal.anonymous().get("/hoi-dap/tra-cuu?ma=" + code.toLowerCase());
        assertEquals(200, tracked.statusCode());
        assertTrue(tracked.body().contains("Đã tiếp nhận"), tracked.body());
        for (String personal : List.of(fields.get("name"), fields.get("email"), fields.get("phone"), fields.get("address"))) {
            assertFalse(tracked.body().contains(personal), personal);
        }
        assertTrue(Portal.anonymous().get("/hoi-dap/tra-cuu?ma=HD-2023-ZZZZZZ").body().contains("id=\"track-unknown\""));
        assertEquals(404, Portal.anonymous().get("/api/v1/questions/" + code).statusCode(), "not published yet");
    }

    @Test
    void aFloodFromOneAddressIsRefusedWithAMessageAfterFiveQuestionsAnHour() {
        String token = ContentFixture.token();
        Portal flood = Portal.anonymous().from("198.51.100." + (1 + Math.floorMod(token.hashCode(), 250)));
        List<QuestionsFixture.OpenedForm> forms = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            forms.add(QuestionsFixture.open(flood));
        }
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 6; i++) {
            last = QuestionsFixture.send(flood, forms.get(i), QuestionsFixture.question(token + "x" + i, "PRIVATE"));
            statuses.add(last.statusCode());
        }

        assertEquals(List.of(200, 200, 200, 200, 200, 429), statuses);
        assertTrue(last.body().contains("quá nhiều câu hỏi trong một giờ"), last.body());
        assertTrue(last.body().contains("Thủ tục cấp giấy chứng nhận " + token + "x5"), "the input is kept on the page");
        assertEquals("5", Database.strings("SELECT COUNT(*) FROM question WHERE title LIKE ?", "%" + token + "x%").get(0));
    }

    @Test
    void aFilledHoneypotOrAWrongSumIsRefusedAndNothingIsStored() {
        String token = ContentFixture.token();
        Portal visitor = Portal.anonymous().from("192.0.2." + (1 + Math.floorMod(token.hashCode(), 250)));

        Map<String, String> robot = QuestionsFixture.question(token + "r", "PRIVATE");
        robot.put("website", "http://spam.example");
        HttpResponse<String> refusedRobot = QuestionsFixture.send(visitor, QuestionsFixture.open(visitor), robot);
        Map<String, String> wrongSum = QuestionsFixture.question(token + "s", "PRIVATE");
        wrongSum.put("challenge", "99");
        HttpResponse<String> refusedSum = QuestionsFixture.send(visitor, QuestionsFixture.open(visitor), wrongSum);
        Map<String, String> noContact = QuestionsFixture.question(token + "c", "PRIVATE");
        noContact.put("email", "");
        noContact.put("phone", "");
        noContact.put("title", "<script>alert(1)</script>");
        HttpResponse<String> refusedContact = QuestionsFixture.send(visitor, QuestionsFixture.open(visitor), noContact);

        assertEquals(400, refusedRobot.statusCode());
        assertTrue(refusedRobot.body().contains("Không thể nhận câu hỏi này"), refusedRobot.body());
        assertEquals(400, refusedSum.statusCode());
        assertTrue(refusedSum.body().contains("Kết quả câu hỏi kiểm tra chưa đúng"), refusedSum.body());
        assertEquals(400, refusedContact.statusCode());
        assertTrue(refusedContact.body().contains("thư điện tử hoặc số điện thoại"), refusedContact.body());
        assertFalse(refusedContact.body().contains("<script>alert(1)</script>"), "the input is shown escaped");
        assertTrue(refusedContact.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the input is shown back");
        assertEquals("0", Database.strings("SELECT COUNT(*) FROM question WHERE text LIKE ?", "%" + token + "%").get(0));
        assertTrue(refusedRobot.headers().allValues("Set-Cookie").isEmpty(), "a refused visitor gets no session either");
    }
}
