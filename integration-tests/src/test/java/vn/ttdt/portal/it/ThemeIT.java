package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * The site's look as the board sets it: shown on the public pages at once (name, colours, footer's legal items, logo),
 * audited; colours people cannot read refused with their ratio; script in any field never reaches a page as markup.
 * Every test puts the theme back as it found it.
 */
@Isolated("changes the site's theme, which every page shows")
class ThemeIT extends PortalIT {

    private static final Pattern STYLE_SHEET = Pattern.compile("href=\"(/giao-dien\\.css\\?v=[0-9a-f]+)\"");

    private final Portal approver = Portal.as(Role.APPROVER);
    private final Portal visitor = Portal.anonymous();
    private String original;

    @BeforeEach
    void keepTheTheme() {
        HttpResponse<String> current = approver.get("/admin/api/v1/site/theme");
        assertEquals(200, current.statusCode(), current.body());
        original = current.body();
    }

    @AfterEach
    void restoreTheTheme() {
        String now = approver.get("/admin/api/v1/site/theme").body();
        String restored = original.replaceFirst("\"version\":-?\\d+", "\"version\":" + Json.field(now, "version"));
        HttpResponse<String> saved = approver.json("PUT", "/admin/api/v1/site/theme", restored);
        assertEquals(200, saved.statusCode(), saved.body());
    }

    @Test
    void aSavedThemeShowsOnThePublicPagesAtOnceAndIsAudited() {
        String token = ContentFixture.token();
        visitor.get("/");
        HttpResponse<String> logo = approver.upload("/admin/api/v1/site/theme/images", "logo-" + token + ".png",
                TestImages.scene(400, 400, "png", "Logo"));
        assertEquals(200, logo.statusCode(), logo.body());
        String logoKey = Json.field(logo.body(), "key");

        HttpResponse<String> saved = approver.json("PUT", "/admin/api/v1/site/theme", draft("Cổng TTĐT thử nghiệm " + token,
                "UBND xã Thử Nghiệm " + token, "#0b5394", "#222222", "#fafafa", "#0a4a80", "Ghi chú chân trang " + token, logoKey,
                Json.field(original, "version")));
        assertEquals(200, saved.statusCode(), saved.body());

        for (String path : List.of("/", "/tin/xa-xuan-duong-day-manh-cai-cach-hanh-chinh-nam-2023", "/van-ban", "/en/contact")) {
            String page = visitor.get(path).body();
            assertTrue(page.contains("Cổng TTĐT thử nghiệm " + token), path + " shows the new name");
            assertTrue(page.contains("UBND xã Thử Nghiệm " + token), path + " shows the new owner");
            for (String item : List.of("Giấy phép số 09/GP-" + token, "Trưởng Ban biên tập " + token, "Số 1 đường " + token,
                    "0251 3878 999", "bbt-" + token + "@example.gov.vn", "Ghi chú chân trang " + token)) {
                assertTrue(page.contains(item), path + " footer shows " + item);
            }
            assertTrue(page.contains("src=\"/media/" + logoKey + "/320.jpg\""), path + " shows the logo");
        }
        String home = visitor.get("/").body();
        Matcher sheet = STYLE_SHEET.matcher(home);
        assertTrue(sheet.find(), home);
        HttpResponse<String> css = visitor.get(sheet.group(1));
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertTrue(css.body().contains("--brand:#0b5394") && css.body().contains("--text:#222222")
                && css.body().contains("--bg:#fafafa") && css.body().contains("--link:#0a4a80"), css.body());
        assertTrue(css.headers().firstValue("Cache-Control").orElse("").contains("immutable"), "kept under its fingerprint");
        assertEquals("no-cache", visitor.get("/giao-dien.css?v=cu").headers().firstValue("Cache-Control").orElse(""));
        assertFalse(Database.strings("SELECT id FROM audit_event WHERE action = 'THEME_SAVED' AND actor = ? AND details LIKE ?",
                Portal.loginOf(Role.APPROVER), "%" + token + "%").isEmpty(), "the change is audited");
    }

    @Test
    void aColourPairPeopleCannotReadIsRefusedWithItsRatio() {
        String token = ContentFixture.token();
        HttpResponse<String> grey = approver.json("PUT", "/admin/api/v1/site/theme", draft("Tên " + token, "Chủ quản " + token,
                "#a31515", "#777777", "#ffffff", "#0b4f8a", null, null, null));
        assertEquals(400, grey.statusCode(), grey.body());
        assertTrue(grey.body().contains("Độ tương phản 4,48:1, cần ít nhất 4,5:1"), grey.body());
        assertTrue(grey.body().contains("màu chữ trên màu nền"), grey.body());

        HttpResponse<String> yellow = approver.json("PUT", "/admin/api/v1/site/theme", draft("Tên " + token, "Chủ quản " + token,
                "#ffcc00", "#1c1c1c", "#ffffff", "#0b4f8a", null, null, null));
        assertEquals(400, yellow.statusCode(), yellow.body());
        assertTrue(yellow.body().contains("Độ tương phản 1,") && yellow.body().contains("chữ trắng trên màu chủ đạo"), yellow.body());
        assertFalse(visitor.get("/").body().contains("Tên " + token), "nothing was saved");
    }

    @Test
    void scriptInEveryFieldIsStoredInert() {
        String token = ContentFixture.token();
        String script = "<script>alert('" + token + "')</script>";
        String quoted = Json.quoted(script);
        HttpResponse<String> saved = approver.json("PUT", "/admin/api/v1/site/theme", """
                {"siteName":%s,"ownerName":%s,"licence":%s,"responsiblePerson":%s,"address":%s,"phone":"0251 3878 000",
                 "email":"bbt@example.gov.vn","footerNote":%s,"primary":"#a31515","text":"#1c1c1c","background":"#f6f6f4",
                 "link":"#0b4f8a"}""".formatted(quoted, quoted, quoted, quoted, quoted, quoted));
        assertEquals(200, saved.statusCode(), saved.body());
        for (String path : List.of("/", "/gioi-thieu", "/en/contact")) {
            String page = visitor.get(path).body();
            assertFalse(page.contains(script), path + " carries the script as markup");
            assertTrue(page.contains("&lt;script&gt;alert('" + token + "')&lt;/script&gt;")
                    || page.contains("&lt;script&gt;alert(&#39;" + token + "&#39;)&lt;/script&gt;"), path + " shows it as text");
        }
        for (String field : List.of("phone", "email", "primary", "text", "background", "link", "logoKey", "bannerKey")) {
            String body = draft("Tên " + token, "Chủ quản " + token, "#a31515", "#1c1c1c", "#f6f6f4", "#0b4f8a", null, null, null)
                    .replaceFirst("\"" + field + "\":(\"[^\"]*\"|null)", "\"" + field + "\":" + quoted);
            HttpResponse<String> refused = approver.json("PUT", "/admin/api/v1/site/theme", body);
            assertEquals(400, refused.statusCode(), field + ": " + refused.body());
        }
        String css = visitor.get("/giao-dien.css").body();
        assertFalse(css.contains("<") || css.contains("script"), css);
    }

    @Test
    void aDisguisedPictureIsRefusedAsLogoOrBanner() {
        byte[] page = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> html = approver.upload("/admin/api/v1/site/theme/images", "logo.png", page);
        assertEquals(400, html.statusCode(), html.body());
        HttpResponse<String> pdf = approver.upload("/admin/api/v1/site/theme/images", "banner.pdf", TestImages.scene(50, 50, "png", "x"));
        assertEquals(400, pdf.statusCode(), pdf.body());
        HttpResponse<String> unknown = approver.json("PUT", "/admin/api/v1/site/theme", draft("Tên", "Chủ quản", "#a31515", "#1c1c1c",
                "#f6f6f4", "#0b4f8a", null, "0123456789abcdef0123456789abcdef", null));
        assertEquals(400, unknown.statusCode(), "a key that is no image of the site: " + unknown.body());
    }

    private static String draft(String name, String owner, String primary, String text, String background, String link,
                                String footerNote, String logoKey, String version) {
        String token = name.replaceAll(".* ", "");
        return """
                {"siteName":%s,"ownerName":%s,"licence":"Giấy phép số 09/GP-%s","responsiblePerson":"Trưởng Ban biên tập %s",
                 "address":"Số 1 đường %s","phone":"0251 3878 999","email":"bbt-%s@example.gov.vn","footerNote":%s,
                 "primary":"%s","text":"%s","background":"%s","link":"%s","logoKey":%s,"bannerKey":null,"version":%s}"""
                .formatted(Json.quoted(name), Json.quoted(owner), token, token, token, token,
                        footerNote == null ? "null" : Json.quoted(footerNote), primary, text, background, link,
                        logoKey == null ? "null" : Json.quoted(logoKey), version == null ? "null" : version);
    }
}
