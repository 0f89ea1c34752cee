package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * Unit groups with their quota rule, units, published items and posting requests written straight into the database
 * (each with a unique name), and the quota job run through the back-office API.
 */
final class QuotaFixture {

    private static final String SITE = "(SELECT MIN(id) FROM site)";
    private static final Pattern ROW = Pattern.compile("\\{[^{}]*}");

    private QuotaFixture() {
    }

    /** A new group with a rule from 2000 on: scope EACH_UNIT or GROUP_TOGETHER, minimum news, articles, posted percent. */
    static long group(String name, String scope, int news, int articles, int postedPercent) {
        String code = "QJ-" + ContentFixture.token();
        Database.update("INSERT INTO unit_group (site_id, code, name, supervisor_title, sort_order) VALUES (" + SITE
                + ", ?, ?, 'Trưởng khối', 90)", code, name);
        long group = Long.parseLong(Database.strings("SELECT id FROM unit_group WHERE code = ?", code).get(0));
        rule(group, 2000, 1, scope, news, articles, postedPercent);
        return group;
    }

    static void rule(long group, int fromYear, int fromQuarter, String scope, int news, int articles, int postedPercent) {
        Database.update("INSERT INTO quota_rule (site_id, group_id, from_year, from_quarter, scope, minimum_news, minimum_articles,"
                + " minimum_posted_percent, recorded_by, recorded_at) VALUES (" + SITE + ", ?, ?, ?, ?, ?, ?, ?, 'it', UTC_TIMESTAMP())",
                group, fromYear, fromQuarter, scope, news, articles, postedPercent);
    }

    static long unit(long group, String name) {
        Database.update("INSERT INTO unit (site_id, group_id, name, short_name, created_at, updated_at) VALUES (" + SITE
                + ", ?, ?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())", group, name, name);
        return Long.parseLong(Database.strings("SELECT id FROM unit WHERE name = ?", name).get(0));
    }

    /** A unit reporter account of one unit, with its password. */
    record Reporter(String login, String password) {

        Portal api() {
            return Portal.basic(login, password);
        }
    }

    /** A new unit reporter account of the unit. */
    static Reporter reporterOf(long unit) {
        String login = "daumoi." + ContentFixture.token();
        String password = "Dau-moi-chi-tieu-1";
        HttpResponse<String> account = Portal.as(Role.IT_ADMIN).json("POST", "/admin/api/v1/accounts", """
                {"account":{"login":"%s","fullName":"Cán bộ đầu mối %s","email":"%s@cammy.example.vn",
                 "roles":["UNIT_REPORTER"],"unitId":%d},"password":"%s"}""".formatted(login, login, login, unit, password));
        assertEquals(201, account.statusCode(), account.body());
        return new Reporter(login, password);
    }

    /** The title the fixture gave an item. */
    static String titleOf(long item) {
        return Database.strings("SELECT title FROM content_item WHERE id = ?", item).get(0);
    }

    /** An item of the unit, of kind NEWS or ARTICLE, in {@code state}, published at a Vietnam wall-clock time. */
    static long item(long unit, String kind, String state, LocalDateTime publishedVietnam) {
        String slug = "chi-tieu-" + ContentFixture.token();
        Database.update("""
                INSERT INTO content_item (site_id, kind, genre, title, slug, lead, body, category_id, source_unit_id, state,
                    created_by, created_at, updated_at, published_at, search_text)
                VALUES (%s, ?, 'NEWS_OR_REPLY', ?, ?, '', '', (SELECT MIN(id) FROM category), ?, ?, 'it', UTC_TIMESTAMP(),
                    UTC_TIMESTAMP(), ? - INTERVAL 7 HOUR, '')""".formatted(SITE), kind, slug, slug, unit, state, publishedVietnam);
        return Long.parseLong(Database.strings("SELECT id FROM content_item WHERE slug = ?", slug).get(0));
    }

    /** A posting request of the unit received at a Vietnam time, posted at one (or still open when null). */
    static void postingRequest(long unit, LocalDateTime receivedVietnam, LocalDateTime postedVietnam) {
        Database.update("INSERT INTO posting_request (site_id, unit_id, submitted_by, received_at, summary, state, posted_at)"
                + " VALUES (" + SITE + ", ?, 'it', ? - INTERVAL 7 HOUR, 'Đề nghị đăng tải kiểm thử', ?, ? - INTERVAL 7 HOUR)",
                unit, receivedVietnam, postedVietnam == null ? "OPEN" : "POSTED", postedVietnam);
    }

    static HttpResponse<String> start(Portal portal, int year, int quarter, boolean finalRun) {
        return portal.json("POST", "/admin/api/v1/jobs/quota-compliance?year=" + year + "&quarter=" + quarter
                + (finalRun ? "&final=true" : ""), null);
    }

    /** Runs the job for the quarter as the approver until it ends, and answers the execution id. */
    static long run(int year, int quarter, boolean finalRun) {
        return runUntilEnd(start(Portal.as(Role.APPROVER), year, quarter, finalRun));
    }

    /** Runs the job once for every quarter from {@code year}/{@code quarter} to {@code toYear}/{@code toQuarter}. */
    static long runRange(int year, int quarter, int toYear, int toQuarter) {
        return runUntilEnd(Portal.as(Role.APPROVER).json("POST", "/admin/api/v1/jobs/quota-compliance?year=" + year + "&quarter="
                + quarter + "&toYear=" + toYear + "&toQuarter=" + toQuarter, null));
    }

    private static long runUntilEnd(HttpResponse<String> started) {
        Portal approver = Portal.as(Role.APPROVER);
        assertEquals(200, started.statusCode(), started.body());
        long executionId = Long.parseLong(Json.field(started.body(), "executionId"));
        assertEquals("COMPLETED", awaitEnd(approver, executionId, Duration.ofSeconds(120)));
        return executionId;
    }

    static String awaitEnd(Portal portal, long executionId, Duration timeout) {
        String run = Await.until("quota run " + executionId + " to end",
                () -> portal.get("/admin/api/v1/jobs/quota-compliance/executions/" + executionId).body(),
                body -> body.contains("\"status\":\"COMPLETED\"") || body.contains("\"status\":\"FAILED\"")
                        || body.contains("\"status\":\"STOPPED\""),
                timeout);
        return Json.field(run, "status");
    }

    /** The quarter's rows (as JSON objects) through the API. */
    static List<String> rows(int year, int quarter) {
        HttpResponse<String> response = Portal.as(Role.APPROVER).get("/admin/api/v1/quota-compliance?year=" + year + "&quarter=" + quarter);
        assertEquals(200, response.statusCode(), response.body());
        List<String> rows = new ArrayList<>();
        Matcher m = ROW.matcher(response.body());
        while (m.find()) {
            rows.add(m.group());
        }
        return rows;
    }

    /** The rows of one unit (or, for a group's row, of the group's name with unit null). */
    static List<String> rowsOf(int year, int quarter, String unitOrGroup) {
        return rows(year, quarter).stream().filter(row -> row.contains("\"unit\":\"" + unitOrGroup + "\"")
                || row.contains("\"group\":\"" + unitOrGroup + "\"") && !row.contains("\"unit\":\"")).toList();
    }

    /** The drill-down of one row (a JSON object of {@link #rows}) through the API: "KIND id" in the order it lists them. */
    static List<String> countedItems(int year, int quarter, String row) {
        HttpResponse<String> response = Portal.as(Role.APPROVER).get("/admin/api/v1/quota-compliance/" + Json.field(row, "id")
                + "/items?year=" + year + "&quarter=" + quarter);
        assertEquals(200, response.statusCode(), response.body());
        List<String> items = new ArrayList<>();
        Matcher m = ROW.matcher(response.body());
        while (m.find()) {
            items.add(Json.field(m.group(), "kind") + " " + Json.field(m.group(), "id"));
        }
        return items;
    }

    /** One row's figures: required/achieved/shortfall/met/final. */
    static String figures(String row) {
        return String.join("/", Json.field(row, "required"), Json.field(row, "achieved"), Json.field(row, "shortfall"),
                Json.field(row, "met"), Json.field(row, "final"));
    }
}
