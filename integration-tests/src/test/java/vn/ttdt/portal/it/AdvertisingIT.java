package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * Business advertising over HTTP: banners on the public site only while their contract runs (today's real date; the
 * injected-clock cases are in {@link RatingsAndPlacementsInContainerIT}), links through the click counter with
 * {@code rel="sponsored noopener"}, no open redirect, pictures and addresses checked, everything typed shown inert,
 * and the yearly revenue as JSON and spreadsheet.
 */
class AdvertisingIT extends PortalIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void aBannerIsShownWhileItsContractRunsAndCountsClicksOnTheWayToItsAddress() {
        String token = ContentFixture.token();
        String advertiser = AdvertisingFixture.advertiser("Công ty Quảng cáo " + token);
        String running = AdvertisingFixture.contract(advertiser, "HĐ-R-" + token, "HOME", TODAY.minusDays(1), TODAY.plusDays(10), 5_000_000, null);
        String ended = AdvertisingFixture.contract(advertiser, "HĐ-E-" + token, "HOME", TODAY.minusDays(20), TODAY.minusDays(1), 5_000_000, null);
        String future = AdvertisingFixture.contract(advertiser, "HĐ-F-" + token, "HOME", TODAY.plusDays(1), TODAY.plusDays(30), 5_000_000, null);
        String shown = AdvertisingFixture.banner(running, "Banner đang chạy " + token, "https://shop.example.vn/khuyen-mai?ma=" + token);
        AdvertisingFixture.banner(ended, "Banner đã hết hạn " + token, "https://shop.example.vn/cu");
        AdvertisingFixture.banner(future, "Banner chưa đến hạn " + token, "https://shop.example.vn/moi");
        try {
            String home = Portal.anonymous().get("/").body();
            assertTrue(home.contains("href=\"/qc/" + shown + "\" rel=\"sponsored noopener\""), home);
            assertTrue(home.contains("Banner đang chạy " + token));
            assertFalse(home.contains("Banner đã hết hạn " + token));
            assertFalse(home.contains("Banner chưa đến hạn " + token));
            assertFalse(home.contains("shop.example.vn"), "the advertiser's address is only behind the click counter");

            HttpResponse<String> click = Portal.anonymous().get("/qc/" + shown);
            assertEquals(302, click.statusCode());
            assertEquals("https://shop.example.vn/khuyen-mai?ma=" + token, click.headers().firstValue("Location").orElse(""));
            assertTrue(click.headers().firstValue("Set-Cookie").isEmpty(), "no cookie");
            Portal.anonymous().get("/qc/" + shown);
            assertEquals("2", Database.strings("SELECT clicks FROM ad_banner WHERE id = ?", Long.parseLong(shown)).get(0));
        } finally {
            AdvertisingFixture.deleteContract(running);
            AdvertisingFixture.deleteContract(ended);
            AdvertisingFixture.deleteContract(future);
        }
        assertFalse(Portal.anonymous().get("/").body().contains("Banner đang chạy " + token), "a deleted contract leaves the cached page");
    }

    @Test
    void theClickCounterLeadsOnlyToKnownBanners() {
        for (String path : new String[] {"/qc/999999999", "/qc/abc", "/qc/", "/qc/1%2F..%2F..%2Fevil", "/qc/https:%2F%2Fevil.example",
            "/qc/12345678901234567890"}) {
            HttpResponse<String> response = Portal.anonymous().get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Location").isEmpty(), path);
        }
    }

    @Test
    void aDisguisedPictureAndAnAddressThatIsNotHttpAreRefused() {
        String token = ContentFixture.token();
        String advertiser = AdvertisingFixture.advertiser("Công ty Ảnh " + token);
        String contract = AdvertisingFixture.contract(advertiser, "HĐ-A-" + token, "HOME", LocalDate.of(2092, 1, 1), LocalDate.of(2092, 2, 1), 1, null);
        try {
            for (String url : new String[] {"javascript:alert(1)", "data:text/html,x", "//evil.example/", "/tin/x", "ftp://example.vn/a"}) {
                HttpResponse<String> refused = AdvertisingFixture.addBanner(contract, "Banner " + token, url);
                assertEquals(400, refused.statusCode(), url);
                assertTrue(refused.body().contains("http:// hoặc https://"), refused.body());
            }
            String banner = AdvertisingFixture.banner(contract, "Banner " + token, "https://example.vn/");
            String path = "/admin/api/v1/advertising/banners/" + banner + "/image";
            byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> disguised = AdvertisingFixture.approver().upload(path, "banner.png", page);
            assertEquals(400, disguised.statusCode(), disguised.body());
            HttpResponse<String> renamed = AdvertisingFixture.approver().upload(path, "banner.jpg", TestImages.scene(120, 60, "png", "QC"));
            assertEquals(400, renamed.statusCode(), renamed.body());
            HttpResponse<String> document = AdvertisingFixture.approver().upload(path, "hop-dong.pdf", page);
            assertEquals(400, document.statusCode(), document.body());
            assertEquals("0", Database.strings("SELECT COUNT(*) FROM ad_banner WHERE id = ? AND image_id IS NOT NULL",
                    Long.parseLong(banner)).get(0));

            HttpResponse<String> picture = AdvertisingFixture.approver().upload(path, "banner.png", TestImages.scene(600, 120, "png", "QC"));
            assertEquals(200, picture.statusCode(), picture.body());
            assertTrue(Json.field(picture.body(), "imageUrl").matches("/media/[0-9a-f]{32}/768\\.jpg"), picture.body());
        } finally {
            AdvertisingFixture.deleteContract(contract);
        }
    }

    @Test
    void aTaxCodeIsCheckedAndUniqueAndOnlyApproversManageAdvertising() {
        HttpResponse<String> wrong = AdvertisingFixture.addAdvertiser("Công ty Sai Mã", "0300588568");
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("Mã số thuế không hợp lệ"), wrong.body());
        String code = AdvertisingFixture.taxCode();
        assertEquals(201, AdvertisingFixture.addAdvertiser("Công ty Một " + code, code).statusCode());
        HttpResponse<String> twice = AdvertisingFixture.addAdvertiser("Công ty Hai " + code, code);
        assertEquals(400, twice.statusCode());
        assertTrue(twice.body().contains(code), twice.body());
        assertEquals(403, Portal.as(Role.EDITOR).json("POST", "/admin/api/v1/advertising/advertisers",
                "{\"name\":\"x\",\"taxCode\":\"" + AdvertisingFixture.taxCode() + "\"}").statusCode());
    }

    @Test
    void scriptInEveryFieldIsStoredAsTypedAndShownAsText() {
        String token = ContentFixture.token();
        String script = "<script>alert('qc')</script>";
        String advertiser = AdvertisingFixture.advertiser(script + " Công ty " + token);
        String contract = AdvertisingFixture.contract(advertiser, "HĐ-X-" + token, "HOME", TODAY, TODAY, 1_000, null);
        assertEquals(400, AdvertisingFixture.addBanner(contract, "Banner " + token, "https://example.vn/?q=<b>").statusCode(),
                "markup in an address is refused");
        String banner = AdvertisingFixture.banner(contract, "<img src=x onerror=alert(1)> Banner " + token,
                "https://example.vn/?q=%3Cscript%3E&t='x'");
        try {
            assertEquals(script + " Công ty " + token, Database.strings("SELECT name FROM advertiser WHERE id = ?", Long.parseLong(advertiser)).get(0));
            String home = Portal.anonymous().get("/").body();
            assertTrue(home.contains("&lt;img src=x onerror=alert(1)&gt; Banner " + token), home);
            assertFalse(home.contains("<img src=x"));
            String report = Portal.as(Role.FINANCE).get("/admin/api/v1/advertising/revenue/" + TODAY.getYear()).body();
            assertTrue(report.contains("\\u003cscript\\u003e") || report.contains("<script>alert('qc')</script> Công ty " + token), report);
            assertEquals("https://example.vn/?q=%3Cscript%3E&t='x'", Portal.anonymous().get("/qc/" + banner).headers().firstValue("Location").orElse(""));
        } finally {
            AdvertisingFixture.deleteContract(contract);
        }
    }

    @Test
    void theYearlyRevenueListsTheYearsContractsWithFeesPaidAndOutstandingAsJsonAndSpreadsheet() {
        String token = ContentFixture.token();
        String before = Portal.as(Role.FINANCE).get("/admin/api/v1/advertising/revenue/2093").body();
        String advertiser = AdvertisingFixture.advertiser("Công ty Doanh thu " + token);
        AdvertisingFixture.contract(advertiser, "DT-1-" + token, "HOME", LocalDate.of(2093, 2, 1), LocalDate.of(2093, 4, 30), 12_000_000,
                LocalDate.of(2093, 2, 5));
        AdvertisingFixture.contract(advertiser, "DT-2-" + token, "EVERY_PAGE", LocalDate.of(2093, 12, 1), LocalDate.of(2094, 1, 31),
                8_500_000, null);
        AdvertisingFixture.contract(advertiser, "DT-3-" + token, "HOME", LocalDate.of(2094, 1, 1), LocalDate.of(2094, 1, 31), 1_000_000, null);
        HttpResponse<String> report = Portal.as(Role.FINANCE).get("/admin/api/v1/advertising/revenue/2093");
        assertEquals(200, report.statusCode(), report.body());
        String body = report.body();
        assertTrue(body.contains("DT-1-" + token) && body.contains("DT-2-" + token), body);
        assertFalse(body.contains("DT-3-" + token), "a contract starting the next year counts there");
        assertEquals(20_500_000, total(body, "fees") - total(before, "fees"), body);
        assertEquals(12_000_000, total(body, "paid") - total(before, "paid"), body);
        assertEquals(8_500_000, total(body, "outstanding") - total(before, "outstanding"), body);

        HttpResponse<byte[]> sheet = Portal.as(Role.APPROVER).bytes("/admin/api/v1/advertising/revenue/2093/revenue.xlsx");
        assertEquals(200, sheet.statusCode());
        assertEquals("PK", new String(sheet.body(), 0, 2, StandardCharsets.US_ASCII));
        assertTrue(sheet.headers().firstValue("Content-Disposition").orElse("").contains("doanh-thu-quang-cao-2093.xlsx"));
        assertEquals(400, Portal.as(Role.FINANCE).get("/admin/api/v1/advertising/revenue/1999").statusCode());
    }

    /** A total of the report: JSON-B writes the fields in alphabetical order, so the totals come before the rows. */
    private static long total(String report, String field) {
        String marker = "\"" + field + "\":";
        int at = report.indexOf(marker) + marker.length();
        int end = at;
        while (end < report.length() && Character.isDigit(report.charAt(end))) {
            end++;
        }
        return Long.parseLong(report.substring(at, end));
    }
}
