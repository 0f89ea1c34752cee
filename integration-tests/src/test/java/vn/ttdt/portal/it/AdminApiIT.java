package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;

/** The back-office API as a script would use it: validation, business rules, audit, lockout, notices by mail. */
class AdminApiIT extends PortalIT {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    private final Portal admin = Portal.basic(Role.IT_ADMIN);

    @Test
    void aUnitCreatedThroughTheApiIsStoredAuditedAndFoundWithoutDiacritics() {
        String suffix = Long.toString(System.nanoTime(), 36);
        HttpResponse<String> created = admin.json("POST", "/admin/api/v1/units", """
                {"name":"Ban Quản lý dự án Đường sá %s","shortName":"BQLDA-%s","groupId":%s,
                 "contactPerson":"Ngô Thị Lan","phone":"0251 3878 111","email":"bqlda@cammy.example.vn"}"""
                .formatted(suffix, suffix, departmentsGroupId()));
        assertEquals(201, created.statusCode(), created.body());
        String id = firstId(created.body());

        assertEquals(List.of("Ban Quản lý dự án Đường sá " + suffix), Database.strings("SELECT name FROM unit WHERE id = ?", id));
        HttpResponse<String> found = admin.get("/admin/api/v1/units?q=duong%20sa%20" + suffix);
        assertTrue(found.body().contains("\"total\":1"), found.body());
        HttpResponse<String> audit = admin.get("/admin/api/v1/audit-events?actor=quantri.demo&action=UNIT_CREATED");
        assertTrue(audit.body().contains("\"targetId\":\"" + id + "\""), audit.body());
    }

    @Test
    void anInvalidUnitIsRefusedWithVietnameseMessagesPerField() {
        HttpResponse<String> response = admin.json("POST", "/admin/api/v1/units",
                "{\"name\":\"\",\"shortName\":\"x\",\"email\":\"khong-phai-email\"}");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Vui lòng nhập tên đơn vị."), response.body());
        assertTrue(response.body().contains("Vui lòng chọn khối của đơn vị."), response.body());
        assertTrue(response.body().contains("Địa chỉ thư điện tử không hợp lệ."), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("application/json"));
    }

    @Test
    void aSecondUnitWithTheSameNameIsRefused() {
        HttpResponse<String> response = admin.json("POST", "/admin/api/v1/units",
                "{\"name\":\"UBND xã Long Giao\",\"shortName\":\"LG-2\",\"groupId\":" + departmentsGroupId() + "}");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Đã có đơn vị mang tên này."), response.body());
    }

    @Test
    void aDeactivatedUnitIsKeptAndCanBeReactivated() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String id = firstId(admin.json("POST", "/admin/api/v1/units",
                "{\"name\":\"Tổ công tác %s\",\"shortName\":\"TCT-%s\",\"groupId\":%s}".formatted(suffix, suffix, departmentsGroupId())).body());
        assertTrue(admin.json("POST", "/admin/api/v1/units/" + id + "/deactivate", null).body().contains("\"active\":false"));
        assertEquals(List.of("0"), Database.strings("SELECT active FROM unit WHERE id = ?", id));
        assertTrue(admin.json("POST", "/admin/api/v1/units/" + id + "/reactivate", null).body().contains("\"active\":true"));
    }

    @Test
    void aChangeMadeFromAnOutdatedCopyIsRefusedAndTheStoredUnitIsKept() {
        String suffix = Long.toString(System.nanoTime(), 36);
        HttpResponse<String> created = admin.json("POST", "/admin/api/v1/units",
                "{\"name\":\"Tổ xung kích %s\",\"shortName\":\"TXK-%s\",\"groupId\":%s}".formatted(suffix, suffix, departmentsGroupId()));
        String id = firstId(created.body());
        String version = match(VERSION, created.body());

        String change = "{\"name\":\"Tổ xung kích %s (đổi tên)\",\"shortName\":\"TXK-%s\",\"groupId\":%s,\"version\":%s}";
        assertEquals(200, admin.json("PUT", "/admin/api/v1/units/" + id,
                change.formatted(suffix, suffix, departmentsGroupId(), version)).statusCode());
        HttpResponse<String> stale = admin.json("PUT", "/admin/api/v1/units/" + id,
                "{\"name\":\"Tên cũ ghi đè\",\"shortName\":\"TXK-%s\",\"groupId\":%s,\"version\":%s}".formatted(suffix, departmentsGroupId(), version));

        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("Dữ liệu đã được người khác thay đổi."), stale.body());
        assertEquals(List.of("Tổ xung kích " + suffix + " (đổi tên)"), Database.strings("SELECT name FROM unit WHERE id = ?", id));
    }

    @Test
    void anAccountWithAShortPasswordIsRefusedAndNothingIsStored() {
        String login = "ctv." + Long.toString(System.nanoTime(), 36);
        HttpResponse<String> response = admin.json("POST", "/admin/api/v1/accounts", newAccount(login, "ngan-qua"));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Mật khẩu phải có ít nhất 12 ký tự."), response.body());
        assertEquals(List.of(), Database.strings("SELECT login FROM account WHERE login = ?", login));
    }

    @Test
    void fiveWrongPasswordsLockAnAccountEvenAgainstTheRightOneUntilTheLockExpires() {
        String login = "khoa." + Long.toString(System.nanoTime(), 36);
        String password = "Mat-khau-dung-2023";
        assertEquals(201, admin.json("POST", "/admin/api/v1/accounts", newAccount(login, password)).statusCode());
        assertEquals(200, Portal.basic(login, password).get("/admin/api/v1/me").statusCode());

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, Portal.basic(login, "sai-mat-khau-" + attempt).from("203.0.113.51").get("/admin/api/v1/me").statusCode());
        }
        HttpResponse<String> refused = Portal.basic(login, password).from("203.0.113.51").get("/admin/api/v1/me");
        assertEquals(401, refused.statusCode());
        assertTrue(refused.body().contains("locked"), refused.body());
        assertEquals(List.of("ACCOUNT_LOCKED"), Database.strings(
                "SELECT action FROM audit_event WHERE actor = ? AND action = 'ACCOUNT_LOCKED'", login));

        MimeMessage notice = Await.until("the lock notice for " + login, () -> mailTo(login + "@cammy.example.vn"),
                found -> found != null, Duration.ofSeconds(30));
        assertEquals("Tài khoản của bạn trên Trang thông tin điện tử đã bị tạm khóa", subject(notice));
        assertTrue(body(notice).contains("Tài khoản " + login + " đã bị tạm khóa đến"), body(notice));

        Database.update("UPDATE account SET locked_until = UTC_TIMESTAMP() - INTERVAL 1 SECOND WHERE login = ?", login);
        assertEquals(200, Portal.basic(login, password).get("/admin/api/v1/me").statusCode());
    }

    @Test
    void aPasswordResetByTheAdministratorIsMailedToTheOwner() {
        String login = "datlai." + Long.toString(System.nanoTime(), 36);
        String id = firstId(admin.json("POST", "/admin/api/v1/accounts", newAccount(login, "Mat-khau-ban-dau-1")).body());
        assertEquals(204, admin.json("PUT", "/admin/api/v1/accounts/" + id + "/password",
                "{\"password\":\"Mat-khau-moi-2023-x\"}").statusCode());
        assertEquals(200, Portal.basic(login, "Mat-khau-moi-2023-x").get("/admin/api/v1/me").statusCode());
        MimeMessage notice = Await.until("the reset notice for " + login, () -> mailTo(login + "@cammy.example.vn"),
                found -> found != null, Duration.ofSeconds(30));
        assertEquals("Mật khẩu tài khoản của bạn đã được đặt lại", subject(notice));
    }

    private static MimeMessage mailTo(String address) {
        return TestInfrastructure.mailSent().stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (MessagingException e) {
                return false;
            }
        }).findFirst().orElse(null);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (MessagingException | java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String newAccount(String login, String password) {
        return """
                {"account":{"login":"%s","fullName":"Cộng tác viên thử","email":"%s@cammy.example.vn",
                 "roles":["CONTRIBUTOR"]},"password":"%s"}""".formatted(login, login, password);
    }

    private String departmentsGroupId() {
        return Database.strings("SELECT id FROM unit_group WHERE code = 'DEPARTMENTS'").get(0);
    }

    private static String firstId(String json) {
        return match(ID, json);
    }

    private static String match(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        if (!m.find()) {
            throw new AssertionError(pattern + " not in " + json);
        }
        return m.group(1);
    }
}
