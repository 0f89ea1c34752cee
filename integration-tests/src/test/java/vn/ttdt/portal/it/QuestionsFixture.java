package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ttdt.portal.organisation.domain.Role;

/** Citizens' questions for tests: the public form filled and solved as a person does, and the back-office steps. */
final class QuestionsFixture {

    static final String FORM = "/hoi-dap/gui-cau-hoi";
    static final Pattern CODE = Pattern.compile("id=\"tracking-code\">(HD-\\d{4}-[2-9A-Z]{6})<");
    private static final Pattern TICKET = Pattern.compile("name=\"ticket\" value=\"([^\"]+)\"");
    private static final Pattern SUM = Pattern.compile("id=\"challenge-question\">([^<]+)<");
    private static final List<String> DIGITS = Arrays.asList("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín");
    /** The refusal of a form sent sooner than the server's minimum time to fill it. */
    private static final String TOO_FAST = "gửi quá nhanh";

    private QuestionsFixture() {
    }

    /** An opened form: its ticket and the solved sum. */
    record OpenedForm(String ticket, String answer, HttpResponse<String> page) {
    }

    static OpenedForm open(Portal visitor) {
        HttpResponse<String> page = visitor.get(FORM);
        assertEquals(200, page.statusCode(), page.body());
        Matcher ticket = TICKET.matcher(page.body());
        Matcher sum = SUM.matcher(page.body());
        if (!ticket.find() || !sum.find()) {
            throw new AssertionError("no ticket or sum in the form: " + page.body());
        }
        return new OpenedForm(ticket.group(1), solved(sum.group(1)), page);
    }

    /** The answer to the form's sum in words, e.g. "ba cộng bốn bằng mấy?" → "7". */
    static String solved(String sum) {
        String[] words = sum.strip().replace(" bằng mấy?", "").split(" cộng ");
        return Integer.toString(DIGITS.indexOf(words[0]) + DIGITS.indexOf(words[1]));
    }

    /** A question's fields, unique by {@code token}, contact details included (written without diacritics, so that a search of a page for them cannot miss an escaped letter). */
    static Map<String, String> question(String token, String publication) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "Nguyen Thi Rieng " + token);
        form.put("email", "hoi." + token + "@example.org");
        form.put("phone", "09" + String.format("%08d", Math.floorMod(token.hashCode(), 100_000_000)));
        form.put("address", "Ap Binh Hoa " + token + ", xa Xuan Duong");
        form.put("field", "LAND");
        form.put("title", "Thủ tục cấp giấy chứng nhận " + token);
        form.put("text", "Xin hỏi thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu " + token + " gồm những gì?");
        form.put("publication", publication);
        return form;
    }

    /** Sends an opened form, once the server's minimum time to fill it has passed. */
    static HttpResponse<String> send(Portal visitor, OpenedForm form, Map<String, String> fields) {
        Map<String, String> sent = new LinkedHashMap<>(fields);
        sent.put("ticket", form.ticket());
        sent.putIfAbsent("challenge", form.answer());
        sent.putIfAbsent("website", "");
        return Await.until("the form to be old enough", () -> visitor.postForm(FORM, sent),
                r -> !(r.statusCode() == 400 && r.body().contains(TOO_FAST)), Duration.ofSeconds(30));
    }

    /** Sends an opened form as the browser does when a file is chosen: multipart, the file in field "attachment". */
    static HttpResponse<String> sendWithFile(Portal visitor, OpenedForm form, Map<String, String> fields, String fileName, byte[] file) {
        Map<String, String> sent = new LinkedHashMap<>(fields);
        sent.put("ticket", form.ticket());
        sent.putIfAbsent("challenge", form.answer());
        sent.putIfAbsent("website", "");
        String boundary = "----hoi-dap-" + Long.toString(System.nanoTime(), 36);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        sent.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = body.toByteArray();
        return Await.until("the form to be old enough", () -> visitor.send("POST", FORM, "multipart/form-data; boundary=" + boundary, bytes),
                r -> !(r.statusCode() == 400 && r.body().contains(TOO_FAST)), Duration.ofSeconds(30));
    }

    /** Asks with a file and returns the tracking code shown. */
    static String askWithFile(Portal visitor, Map<String, String> fields, String fileName, byte[] file) {
        return codeShown(sendWithFile(visitor, open(visitor), fields, fileName, file));
    }

    /** Asks and returns the tracking code shown. */
    static String ask(Portal visitor, Map<String, String> fields) {
        return codeShown(send(visitor, open(visitor), fields));
    }

    private static String codeShown(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        Matcher code = CODE.matcher(answer.body());
        if (!code.find()) {
            throw new AssertionError("no tracking code shown: " + answer.body());
        }
        return code.group(1);
    }

    static long idOf(String code) {
        return Long.parseLong(Database.strings("SELECT id FROM question WHERE tracking_code = ?", code).get(0));
    }

    static long unitId(String name) {
        return Long.parseLong(Database.strings("SELECT id FROM unit WHERE name = ?", name).get(0));
    }

    /** The demo unit reporter's unit. */
    static long reportersUnit() {
        return Long.parseLong(Database.strings("SELECT unit_id FROM account WHERE login = ?", Portal.loginOf(Role.UNIT_REPORTER)).get(0));
    }

    static HttpResponse<String> forward(long question, long unit) {
        return Portal.as(Role.EDITOR).json("POST", "/admin/api/v1/questions/" + question + "/forward",
                "{\"unitId\":" + unit + ",\"note\":\"Đề nghị trả lời đúng hạn\"}");
    }

    /** Forwards the question to the demo reporter's unit, whose reporter drafts an answer. */
    static void drafted(long question) {
        assertEquals(200, forward(question, reportersUnit()).statusCode());
        HttpResponse<String> answered = Portal.as(Role.UNIT_REPORTER).json("POST", "/admin/api/v1/questions/" + question + "/answer",
                "{\"answer\":\"Dự thảo trả lời của đơn vị\"}");
        assertEquals(200, answered.statusCode(), answered.body());
    }

    /** As {@link #drafted}, then an approver approves the answer. */
    static void approved(long question) {
        drafted(question);
        HttpResponse<String> approved = Portal.as(Role.APPROVER).json("POST", "/admin/api/v1/questions/" + question + "/approve",
                "{\"answer\":\"Câu trả lời đã duyệt\"}");
        assertEquals(200, approved.statusCode(), approved.body());
    }

    /** A new unit reporter of another unit than the demo reporter's; returns the login. */
    static String reporterOfAnotherUnit(String password) {
        String otherUnit = Database.strings("SELECT id FROM unit WHERE id <> ? ORDER BY id", reportersUnit()).get(0);
        String login = "daumoi.khac." + Long.toString(System.nanoTime(), 36);
        HttpResponse<String> created = Portal.as(Role.IT_ADMIN).json("POST", "/admin/api/v1/accounts", """
                {"account":{"login":"%s","fullName":"Cán bộ đơn vị khác","email":"%s@cammy.example.vn","unitId":%s,
                 "roles":["UNIT_REPORTER"]},"password":"%s"}""".formatted(login, login, otherUnit, password));
        assertEquals(201, created.statusCode(), created.body());
        return login;
    }

    static MimeMessage mailTo(String address, String subjectPart) {
        return TestInfrastructure.mailSent().stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address) && m.getSubject().contains(subjectPart);
            } catch (MessagingException e) {
                return false;
            }
        }).findFirst().orElse(null);
    }

    static MimeMessage awaitMail(String address, String subjectPart) {
        return Await.until("a mail to " + address + " about " + subjectPart, () -> mailTo(address, subjectPart),
                found -> found != null, Duration.ofSeconds(30));
    }
}
