package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.organisation.domain.Role;

/** The back-office home, the contributor registry and the training courses in headless Chromium, as the clerks use them. */
class ContributorScreensBrowserIT extends ChromiumTest {

    @Test
    void theEditorsHomeListsWhatWaitsAndLinksToTheScreenWhereItIsDone() {
        ContentFixture.publish("Tin cho biểu đồ tổng quan " + ContentFixture.token(), "<p>Biểu đồ</p>");
        as(Role.EDITOR);
        browser().open("/admin/index.xhtml");
        assertTrue(browser().find(By.id("work")).getText().contains("Tin, bài chờ biên tập"));
        assertTrue(browser().find(By.cssSelector("svg.chart[role='img']")).isDisplayed());
        browser().screenshot("home-editor");
        browser().clickAndAwaitNewPage(By.id("work-questions-to-forward"));
        assertTrue(browser().driver().getCurrentUrl().endsWith("/admin/questions/inbox.xhtml"), browser().driver().getCurrentUrl());
        as(Role.UNIT_REPORTER);
        browser().open("/admin/index.xhtml");
        browser().screenshot("home-unit-reporter");
        as(Role.FINANCE);
        browser().open("/admin/index.xhtml");
        browser().screenshot("home-finance");
    }

    @Test
    void theEditorEntersAContributorIsToldInVietnameseWhatIsWrongAndOpensTheirYear() {
        String token = ContentFixture.token();
        as(Role.EDITOR);
        browser().open("/admin/contributors/registry.xhtml");
        browser().click(By.id("contributors-form:new-contributor"));
        browser().awaitAjax();
        browser().type(By.id("contributor-dialog-form:fullName"), "Đinh Thị Màn Hình " + token);
        browser().type(By.id("contributor-dialog-form:penName"), "Màn Hình " + token);
        browser().type(By.id("contributor-dialog-form:occupation"), "Giáo viên Trường Tiểu học Long Giao");
        browser().type(By.id("contributor-dialog-form:email"), "khong-phai-thu");
        browser().click(By.id("contributor-dialog-form:save"));
        browser().awaitAjax();
        String messages = browser().find(By.id("contributor-dialog-form:dialog-messages")).getText();
        assertTrue(messages.contains("Địa chỉ thư điện tử không hợp lệ."), messages);
        browser().screenshot("contributors-dialog-refused");
        browser().type(By.id("contributor-dialog-form:email"), "manhinh." + token + "@example.vn");
        browser().click(By.id("contributor-dialog-form:save"));
        browser().awaitAjax();
        Await.until("the saved message", () -> browser().textOf(By.cssSelector(".ui-growl-message")),
                text -> text.contains("Đã lưu thông tin cộng tác viên."), Duration.ofSeconds(5));
        assertEquals(List.of("Màn Hình " + token), Database.strings("SELECT pen_name FROM contributor WHERE full_name = ?",
                "Đinh Thị Màn Hình " + token));

        browser().open("/admin/contributors/registry.xhtml");
        browser().type(By.id("contributors-form:filter-text"), "dinh thi man hinh " + token);
        browser().click(By.id("contributors-form:search"));
        browser().awaitAjax();
        Await.until("the contributor in the list", () -> browser().textOf(By.id("contributors-form:table")),
                text -> text.contains("Đinh Thị Màn Hình " + token), Duration.ofSeconds(5));
        browser().screenshot("contributors-registry");
        browser().click(By.cssSelector("#contributors-form\\:table button:has(.pi-list)"));
        browser().awaitAjax();
        Await.until("the works dialog", () -> browser().textOf(By.id("works-dialog-form")),
                text -> text.contains("Số tin, bài đã đăng theo tháng"), Duration.ofSeconds(5));
        browser().screenshot("contributors-works");
    }

    @Test
    void theAdministratorCreatesTheAccountOfAContributorFromTheRegistry() {
        String token = ContentFixture.token();
        HttpResponse<String> created = Portal.as(Role.APPROVER).json("POST", "/admin/api/v1/contributors", """
                {"fullName":"Hồ Văn Mời %s","penName":"Mời %s","occupation":"Nông dân","email":"hovanmoi.%s@example.vn"}"""
                .formatted(token, token, token));
        assertEquals(201, created.statusCode(), created.body());
        as(Role.IT_ADMIN);
        browser().open("/admin/contributors/registry.xhtml");
        browser().type(By.id("contributors-form:filter-text"), token);
        browser().click(By.id("contributors-form:search"));
        browser().awaitAjax();
        Await.until("the contributor in the list", () -> browser().textOf(By.id("contributors-form:table")),
                text -> text.contains("Hồ Văn Mời " + token), Duration.ofSeconds(5));
        browser().click(By.cssSelector("#contributors-form\\:table button:has(.pi-user-plus)"));
        browser().awaitAjax();
        browser().type(By.id("invite-dialog-form:login"), "hovanmoi." + token);
        browser().type(By.id("invite-dialog-form:password"), "Mat-Khau-Man-Hinh-26");
        browser().screenshot("contributors-invite");
        browser().click(By.id("invite-dialog-form:create-account"));
        browser().awaitAjax();
        Await.until("the account created", () -> browser().textOf(By.id("invite-dialog-form")),
                text -> text.contains("hovanmoi." + token), Duration.ofSeconds(5));
        assertEquals(List.of("contributor"), Database.strings("SELECT r.role_name FROM account a JOIN account_role r "
                + "ON r.account_id = a.id WHERE a.login = ?", "hovanmoi." + token));
    }

    @Test
    void theBoardOpensACourseWithItsParticipantsAndDeletesAnotherAfterConfirming() {
        as(Role.APPROVER);
        browser().open("/admin/contributors/training.xhtml?year=2023");
        assertTrue(browser().find(By.id("training-form:table")).getText().contains("Tập huấn kỹ năng viết tin, bài cho cộng tác viên năm 2023"));
        browser().screenshot("training-list");
        browser().click(By.cssSelector("#training-form\\:table button:has(.pi-pencil)"));
        browser().awaitAjax();
        Await.until("the course dialog", () -> browser().textOf(By.id("course-dialog-form")),
                text -> text.contains("Lê Thị Thu Trang") && text.contains("Tin, bài học viên đăng sau lớp tập huấn"), Duration.ofSeconds(5));
        browser().screenshot("training-dialog");

        String token = ContentFixture.token();
        HttpResponse<String> course = Portal.as(Role.EDITOR).json("POST", "/admin/api/v1/training-courses", """
                {"title":"Lớp xóa %s","startsOn":"2012-04-02","endsOn":"2012-04-02","place":"Hội trường xã","trainer":"Báo Đồng Nai",
                 "participants":[{"name":"Người học %s","attended":true,"evaluation":"GOOD"}]}""".formatted(token, token));
        assertEquals(201, course.statusCode(), course.body());
        browser().open("/admin/contributors/training.xhtml?year=2012");
        int row = browser().driver().findElements(By.cssSelector(".course-title")).stream().map(e -> e.getText()).toList().indexOf("Lớp xóa " + token);
        assertTrue(row >= 0);
        browser().driver().findElements(By.cssSelector(".delete-course")).get(row).click();
        browser().click(By.id("training-form:confirm-yes"));
        browser().awaitAjax();
        Await.until("the course to leave the list", () -> browser().textOf(By.id("training-form:table")),
                text -> !text.contains("Lớp xóa " + token), Duration.ofSeconds(5));
        assertEquals(List.of("0"), Database.strings("SELECT COUNT(*) FROM training_course WHERE title = ?", "Lớp xóa " + token));
    }

    private static void as(Role role) {
        browser().driver().manage().deleteAllCookies();
        browser().signIn(Portal.loginOf(role), DemoAccount.PASSWORD);
    }
}
