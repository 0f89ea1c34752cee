package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * The site's information (issue 16) over HTTP: the English pages and their hreflang alternates, changes public at
 * once and kept as revisions, script stored inert in every field, bodies and tourist sites removed (a body with bodies
 * below it kept, with the reason), the outage banner and {@code /api/v1/notices} (the reason in English on /en), the
 * links to other portals and the sitemap.
 */
@Isolated("changes the site's information, which every page shows")
class SiteInformationIT extends PortalIT {

    private static final String SCRIPT = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    private static final Map<String, String> ENGLISH = Map.of("/gioi-thieu/co-cau-to-chuc", "/en/organisation",
            "/gioi-thieu/lanh-dao", "/en/leaders", "/gioi-thieu/lien-he", "/en/contact");

    @Test
    void theEnglishPagesAreInEnglishAndPointToTheirVietnamesePagesAndBack() {
        Portal visitor = Portal.anonymous();
        String base = base().toString().replaceFirst("/$", "");
        ENGLISH.forEach((vietnamese, english) -> {
            String en = page(visitor, english);
            assertTrue(Pattern.compile("<html[^>]*\\slang=\"en\"").matcher(en).find(), english);
            assertTrue(en.contains("hreflang=\"vi\" href=\"" + base + vietnamese + "\""), english + " → " + vietnamese);
            assertTrue(en.contains("hreflang=\"en\" href=\"" + base + english + "\""), english + " itself");
            String vi = page(visitor, vietnamese);
            assertTrue(Pattern.compile("<html[^>]*\\slang=\"vi\"").matcher(vi).find(), vietnamese);
            assertTrue(vi.contains("hreflang=\"en\" href=\"" + base + english + "\""), vietnamese + " → " + english);
            assertTrue(vi.contains("hreflang=\"vi\" href=\"" + base + vietnamese + "\""), vietnamese + " itself");
        });
        String organisation = page(visitor, "/en/organisation");
        assertTrue(organisation.contains("Organisational structure"));
        assertTrue(organisation.contains("District People"));
        assertTrue(organisation.contains("Vice Chairman of the People"));
        assertTrue(page(visitor, "/en/leaders").contains("Head of Division"));
        String contact = page(visitor, "/en/contact");
        assertTrue(contact.contains("<h1>Contact</h1>"));
        assertTrue(contact.contains("People"), "the English text of the contacts page");
        assertFalse(page(visitor, "/gioi-thieu/lich-su").contains("rel=\"alternate\" hreflang"), "a page only in Vietnamese names no alternate");
    }

    @Test
    void aPageTheBoardChangesIsPublicAtOnceAndTheOldTextIsKeptAsARevision() {
        Portal editor = Portal.as(Role.EDITOR);
        String token = ContentFixture.token();
        page(Portal.anonymous(), "/gioi-thieu/kinh-te");
        HttpResponse<String> saved = SiteInformationFixture.savePage(editor, "ECONOMY", "<p>Kinh tế năm nay " + token + "</p>", "");
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(page(Portal.anonymous(), "/gioi-thieu/kinh-te").contains("Kinh tế năm nay " + token));
        SiteInformationFixture.savePage(editor, "ECONOMY", "<p>Kinh tế sửa lại " + token + "</p>", "");
        String revisions = editor.get("/admin/api/v1/site/pages/ECONOMY/revisions").body();
        assertTrue(revisions.contains("Kinh tế năm nay " + token) && revisions.contains("Kinh tế sửa lại " + token), revisions);
        assertEquals(409, editor.json("PUT", "/admin/api/v1/site/pages/ECONOMY", "{\"body\":\"x\",\"version\":0}").statusCode(),
                "a save over a version the editor did not see");
    }

    @Test
    void scriptInEveryFieldIsStoredInertAndShownAsText() {
        Portal editor = Portal.as(Role.EDITOR);
        Portal itAdmin = Portal.as(Role.IT_ADMIN);
        String token = ContentFixture.token();
        assertEquals(200, SiteInformationFixture.savePage(editor, "SPOKESPERSON", "<p>Phát ngôn " + token + "</p>" + SCRIPT,
                "<p>Spokesperson " + token + "</p>" + SCRIPT).statusCode());
        HttpResponse<String> body = editor.json("POST", "/admin/api/v1/site/organisation-bodies", "{\"name\":" + Json.quoted("Ban " + token + SCRIPT)
                + ",\"nameEn\":" + Json.quoted("Board " + token + SCRIPT) + ",\"functions\":" + Json.quoted(SCRIPT + "<p>Chức năng</p>")
                + ",\"functionsEn\":" + Json.quoted(SCRIPT + "<p>Functions</p>") + ",\"position\":90,\"leaders\":[{\"name\":"
                + Json.quoted("Lãnh đạo " + token + "<script>x</script>") + ",\"title\":" + Json.quoted(SCRIPT) + ",\"titleEn\":" + Json.quoted(SCRIPT)
                + ",\"phone\":\"0251 3878 099\",\"email\":\"thu@cammy.example.gov.vn\"}]}");
        assertEquals(200, body.statusCode(), body.body());
        String touristSite = "{\"name\":" + Json.quoted("Điểm " + token + "<script>x</script>") + ",\"address\":" + Json.quoted(SCRIPT)
                + ",\"description\":" + Json.quoted(SCRIPT + "<p>Đẹp</p>") + ",\"photoKeys\":[],\"mapUrl\":";
        assertEquals(400, editor.json("POST", "/admin/api/v1/site/tourist-sites", touristSite + "\"javascript:alert(1)\"}").statusCode());
        HttpResponse<String> created = editor.json("POST", "/admin/api/v1/site/tourist-sites", touristSite + "\"https://maps.example.org/?q=1\"}");
        assertEquals(200, created.statusCode(), created.body());
        String link = "{\"kind\":\"OTHER\",\"name\":" + Json.quoted("Cổng " + token + "<script>x</script>") + ",\"position\":99,\"url\":";
        assertEquals(400, editor.json("POST", "/admin/api/v1/site/portal-links", link + "\"javascript:alert(1)\"}").statusCode());
        assertEquals(400, editor.json("POST", "/admin/api/v1/site/portal-links", link + Json.quoted("https://x.example/\"><script>") + "}").statusCode());
        HttpResponse<String> savedLink = editor.json("POST", "/admin/api/v1/site/portal-links", link + "\"https://cong.example.gov.vn/\"}");
        assertEquals(200, savedLink.statusCode(), savedLink.body());
        HttpResponse<String> notice = SiteInformationFixture.scheduleNotice(itAdmin, Instant.now().plus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(1)).plus(Duration.ofHours(2)), "Bảo trì " + token + SCRIPT);
        assertEquals(200, notice.statusCode(), notice.body());
        try {
            for (String stored : Database.strings("SELECT CONCAT(body, body_en) FROM site_page WHERE kind = 'SPOKESPERSON'"
                    + " UNION ALL SELECT CONCAT(functions, functions_en) FROM organisation_body WHERE name LIKE ?"
                    + " UNION ALL SELECT description FROM tourist_site WHERE name LIKE ?", "%" + token + "%", "%" + token + "%")) {
                assertFalse(stored.contains("<script") || stored.contains("onerror"), stored);
            }
            for (String path : List.of("/", "/gioi-thieu/nguoi-phat-ngon", "/gioi-thieu/co-cau-to-chuc", "/gioi-thieu/lanh-dao",
                    "/en/contact", "/en/organisation", "/en/leaders",
                    "/gioi-thieu/diem-du-lich/" + Json.field(created.body(), "slug"))) {
                String page = page(Portal.anonymous(), path);
                assertTrue(page.contains(token), path + " shows the new data");
                assertFalse(page.contains("<script>alert") || page.contains("<script>x") || page.contains("<img src=x"), path);
            }
            assertTrue(page(Portal.anonymous(), "/").contains("Cổng " + token + "&lt;script&gt;x&lt;/script&gt;"), "the link's name as text");
        } finally {
            SiteInformationFixture.cancelNotice(itAdmin, Json.field(notice.body(), "id"));
            assertEquals(204, editor.json("DELETE", "/admin/api/v1/site/portal-links/" + Json.field(savedLink.body(), "id"), null).statusCode());
        }
    }

    @Test
    void theBannerAndTheNoticesApiShowAnOutageSoonButNotOneFurtherThanSevenWorkingDaysAway() {
        Portal itAdmin = Portal.as(Role.IT_ADMIN);
        String token = ContentFixture.token();
        Instant soon = Instant.now().plus(Duration.ofDays(2));
        Instant later = Instant.now().plus(Duration.ofDays(40));
        String near = Json.field(SiteInformationFixture.scheduleNotice(itAdmin, soon, soon.plus(Duration.ofHours(3)),
                "Nâng cấp máy chủ " + token).body(), "id");
        String far = Json.field(SiteInformationFixture.scheduleNotice(itAdmin, later, later.plus(Duration.ofHours(3)),
                "Bảo trì xa " + token).body(), "id");
        try {
            String api = Portal.anonymous().get("/api/v1/notices").body();
            assertTrue(api.contains("Nâng cấp máy chủ " + token), api);
            assertFalse(api.contains("Bảo trì xa " + token), api);
            String home = page(Portal.anonymous(), "/");
            assertTrue(home.contains("id=\"outage-banner\"") && home.contains("Nâng cấp máy chủ " + token));
            assertFalse(home.contains("Bảo trì xa " + token));
            String english = page(Portal.anonymous(), "/en/contact");
            assertTrue(english.contains("Planned maintenance") && english.contains("scheduled maintenance of this portal."));
            String listed = itAdmin.get("/admin/api/v1/outage-notices").body();
            assertTrue(listed.contains("\"showsFrom\""), listed);
        } finally {
            SiteInformationFixture.cancelNotice(itAdmin, near);
            SiteInformationFixture.cancelNotice(itAdmin, far);
        }
        assertFalse(page(Portal.anonymous(), "/").contains("Nâng cấp máy chủ " + token), "a cancelled outage leaves the cached page");
        assertFalse(Portal.anonymous().get("/api/v1/notices").body().contains(token));
    }

    @Test
    void aBodyWithBodiesBelowItIsKeptWithTheReasonAndALeafBodyAndATouristSiteAreRemovedAudited() {
        Portal editor = Portal.as(Role.EDITOR);
        String token = ContentFixture.token();
        String parent = Json.field(editor.json("POST", "/admin/api/v1/site/organisation-bodies", body("Khối thử " + token, null)).body(), "id");
        String child = Json.field(editor.json("POST", "/admin/api/v1/site/organisation-bodies", body("Phòng thử " + token, parent)).body(), "id");
        HttpResponse<String> site = editor.json("POST", "/admin/api/v1/site/tourist-sites", "{\"name\":" + Json.quoted("Thác thử " + token)
                + ",\"address\":\"Xã Sông Ray\",\"description\":\"<p>Thác</p>\",\"photoKeys\":[],\"mapUrl\":\"https://maps.example.org/?q=2\"}");
        assertEquals(200, site.statusCode(), site.body());
        String slug = Json.field(site.body(), "slug");
        assertTrue(page(Portal.anonymous(), "/gioi-thieu/co-cau-to-chuc").contains("Phòng thử " + token));

        HttpResponse<String> refused = editor.json("DELETE", "/admin/api/v1/site/organisation-bodies/" + parent, null);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Không thể xóa “Khối thử " + token + "” vì còn cơ quan trực thuộc"), refused.body());
        assertEquals(List.of("2"), Database.strings("SELECT COUNT(*) FROM organisation_body WHERE name LIKE ?", "%thử " + token));

        assertEquals(204, editor.json("DELETE", "/admin/api/v1/site/organisation-bodies/" + child, null).statusCode());
        assertEquals(204, editor.json("DELETE", "/admin/api/v1/site/organisation-bodies/" + parent, null).statusCode());
        assertEquals(204, editor.json("DELETE", "/admin/api/v1/site/tourist-sites/" + Json.field(site.body(), "id"), null).statusCode());
        assertEquals(404, editor.json("DELETE", "/admin/api/v1/site/tourist-sites/" + Json.field(site.body(), "id"), null).statusCode());

        assertFalse(page(Portal.anonymous(), "/gioi-thieu/co-cau-to-chuc").contains(token), "the public chart at once");
        assertEquals(404, Portal.anonymous().get("/gioi-thieu/diem-du-lich/" + slug).statusCode());
        assertEquals(List.of("ORGANISATION_BODY_DELETED bientap.demo Khối thử " + token, "ORGANISATION_BODY_DELETED bientap.demo Phòng thử " + token,
                        "TOURIST_SITE_DELETED bientap.demo Thác thử " + token),
                Database.strings("SELECT CONCAT(action, ' ', actor, ' ', details) FROM audit_event WHERE action LIKE '%DELETED' AND details LIKE ?"
                        + " ORDER BY details", "%thử " + token));
    }

    private static String body(String name, String parentId) {
        return "{\"name\":" + Json.quoted(name) + ",\"parentId\":" + parentId + ",\"functions\":\"<p>Chức năng</p>\",\"position\":95,\"leaders\":[]}";
    }

    @Test
    void theEnglishPagesShowTheOutageReasonInEnglishOrAFixedEnglishSentence() {
        Portal itAdmin = Portal.as(Role.IT_ADMIN);
        String token = ContentFixture.token();
        Instant soon = Instant.now().plus(Duration.ofDays(3));
        HttpResponse<String> translated = itAdmin.json("POST", "/admin/api/v1/outage-notices", "{\"startsAt\":" + Json.quoted(soon.toString())
                + ",\"endsAt\":" + Json.quoted(soon.plus(Duration.ofHours(2)).toString()) + ",\"reason\":" + Json.quoted("Thay máy chủ " + token)
                + ",\"reasonEn\":" + Json.quoted("Server replacement " + token + "<script>x</script>") + "}");
        assertEquals(200, translated.statusCode(), translated.body());
        String untranslated = Json.field(SiteInformationFixture.scheduleNotice(itAdmin, soon.plus(Duration.ofHours(4)),
                soon.plus(Duration.ofHours(5)), "Nâng cấp mạng " + token).body(), "id");
        try {
            String english = page(Portal.anonymous(), "/en/contact");
            assertTrue(english.contains("Server replacement " + token + "&lt;script&gt;"), "the English reason, as text");
            assertFalse(english.contains("Thay máy chủ " + token) || english.contains("Nâng cấp mạng " + token), "no Vietnamese reason on /en");
            assertTrue(english.contains("scheduled maintenance of this portal."), "the fixed sentence for the notice without one");
            String vietnamese = page(Portal.anonymous(), "/");
            assertTrue(vietnamese.contains("Thay máy chủ " + token) && vietnamese.contains("Nâng cấp mạng " + token));
            assertFalse(vietnamese.contains("Server replacement " + token));
            assertTrue(Portal.anonymous().get("/api/v1/notices").body().contains("\"reasonEn\":\"Server replacement " + token), "the public API");
        } finally {
            SiteInformationFixture.cancelNotice(itAdmin, Json.field(translated.body(), "id"));
            SiteInformationFixture.cancelNotice(itAdmin, untranslated);
        }
    }

    @Test
    void theLinksToOtherPortalsAreOnEveryPageAndTheSiteInformationIsInTheSitemap() {
        String home = page(Portal.anonymous(), "/");
        assertTrue(home.contains("id=\"portal-links\"") && home.contains("href=\"https://dichvucong.gov.vn/\""), "demo links");
        String sitemap = Portal.anonymous().get("/sitemap.xml").body();
        String base = base().toString().replaceFirst("/$", "");
        for (String path : List.of("/gioi-thieu", "/gioi-thieu/lich-su", "/gioi-thieu/co-cau-to-chuc", "/gioi-thieu/lanh-dao",
                "/gioi-thieu/diem-du-lich/ho-suoi-vong", "/en/organisation", "/en/leaders", "/en/contact")) {
            assertTrue(sitemap.contains("<loc>" + base + path + "</loc>"), path);
        }
        assertEquals(404, Portal.anonymous().get("/gioi-thieu/diem-du-lich/khong-co-diem-nay").statusCode());
    }

    private static String page(Portal visitor, String path) {
        HttpResponse<String> response = visitor.get(path);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }
}
