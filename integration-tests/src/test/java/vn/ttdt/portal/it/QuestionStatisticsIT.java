package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * The questions' statistics over March 2022, a month no other test uses, with figures counted by hand: five questions
 * stored as they would stand, per unit, per field and in all, in the API, on the screen and in the spreadsheet.
 */
class QuestionStatisticsIT extends PortalIT {

    private static final String PERIOD = "?from=2022-03-01&to=2022-03-31";

    /**
     * 1 answered on 4 March, 3 working days after its forwarding on 1 March, on time; 2 answered on 10 March after its
     * deadline of 8 March, 7 working days (2–4, 7–10 March); 3 declined; 4 still with the unit; 5 spam, never forwarded.
     */
    private static void storeMarch2022(long unit, String token) {
        String site = Database.strings("SELECT site_id FROM unit WHERE id = ?", unit).get(0);
        store(site, token + "1", "LAND", "ANSWER_DRAFTED", unit, "2022-03-01", "2022-03-15", "2022-03-04");
        store(site, token + "2", "LAND", "PUBLISHED", unit, "2022-03-01", "2022-03-08", "2022-03-10");
        store(site, token + "3", "CONSTRUCTION", "DECLINED", unit, "2022-03-01", "2022-03-15", "2022-03-02");
        store(site, token + "4", "CONSTRUCTION", "FORWARDED", unit, "2022-03-01", "2022-03-15", null);
        store(site, token + "5", "OTHER", "SPAM", null, null, null, null);
    }

    private static void store(String site, String code, String field, String state, Long unit, String forwarded, String deadline,
                              String answered) {
        Database.update("INSERT INTO question (site_id, tracking_code, asker_name, field, title, text, publication, state, received_at,"
                        + " unit_id, forwarded_at, deadline, answered_at) VALUES (?, ?, 'Người hỏi', ?, ?, 'Nội dung', 'PRIVATE', ?,"
                        + " '2022-03-01 02:00:00', ?, ?, ?, ?)",
                site, code, field, "Thống kê " + code, state, unit, forwarded == null ? null : forwarded + " 03:00:00", deadline,
                answered == null ? null : answered + " 04:00:00");
    }

    @Test
    void theFiguresOfAMonthPerUnitPerFieldAndInAllAreTheOnesCountedByHand() throws Exception {
        String token = "TK" + ContentFixture.token().toUpperCase().replaceAll("[^A-Z0-9]", "");
        long unit = QuestionsFixture.reportersUnit();
        String unitName = Database.strings("SELECT name FROM unit WHERE id = ?", unit).get(0);
        storeMarch2022(unit, token.substring(0, Math.min(token.length(), 18)));

        HttpResponse<String> figures = Portal.as(Role.EDITOR).get("/admin/api/v1/questions/statistics" + PERIOD);
        assertEquals(200, figures.statusCode(), figures.body());
        String body = figures.body();
        assertLine(body, unitName, 4, 1, 1, 1, 0, 1, "5.0");
        assertLine(body, "Chưa chuyển đơn vị", 1, 0, 0, 0, 1, 0, null);
        assertLine(body, "Đất đai", 2, 1, 1, 0, 0, 0, "5.0");
        assertLine(body, "Xây dựng, giao thông", 2, 0, 0, 1, 0, 1, null);
        assertLine(body, "Lĩnh vực khác", 1, 0, 0, 0, 1, 0, null);
        assertLine(body, "Tổng cộng", 5, 1, 1, 1, 1, 1, "5.0");

        String screen = Portal.as(Role.APPROVER).get("/admin/questions/statistics.xhtml").body();
        assertTrue(screen.contains("id=\"by-unit\"") && screen.contains("q-chart"), "the table and the chart");
        HttpResponse<byte[]> sheet = Portal.as(Role.APPROVER).getBytes("/admin/api/v1/questions/statistics.xlsx" + PERIOD);
        assertEquals(200, sheet.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet.headers().firstValue("Content-Type").orElse(""));
        assertEquals('P', (char) sheet.body()[0], "a zip (xlsx) file");
        assertEquals(400, Portal.as(Role.EDITOR).get("/admin/api/v1/questions/statistics?from=2022-03-31&to=2022-03-01").statusCode());
        assertEquals(400, Portal.as(Role.EDITOR).get("/admin/api/v1/questions/statistics?from=x&to=2022-03-01").statusCode());
    }

    /**
     * April 2022, another month no other test uses: the demo reporter's unit has one question answered on time and one
     * overdue today, another unit one answered late. Each unit's reporter sees only their unit's figures; the board
     * sees both units.
     */
    @Test
    void aUnitsReporterSeesTheFiguresOfTheirOwnUnitOnlyAndTheBoardSeesEveryUnit() {
        String token = "TU" + ContentFixture.token().toUpperCase().replaceAll("[^A-Z0-9]", "");
        String code = token.substring(0, Math.min(token.length(), 18));
        long unit = QuestionsFixture.reportersUnit();
        String password = "Mat-khau-thong-ke-1";
        String otherLogin = QuestionsFixture.reporterOfAnotherUnit(password);
        long otherUnit = Long.parseLong(Database.strings("SELECT unit_id FROM account WHERE login = ?", otherLogin).get(0));
        String site = Database.strings("SELECT site_id FROM unit WHERE id = ?", unit).get(0);
        String unitName = Database.strings("SELECT name FROM unit WHERE id = ?", unit).get(0);
        String otherName = Database.strings("SELECT name FROM unit WHERE id = ?", otherUnit).get(0);
        storeApril(site, code + "1", "ANSWER_DRAFTED", unit, "2022-04-15", "2022-04-12");
        storeApril(site, code + "2", "FORWARDED", unit, "2022-04-15", null);
        storeApril(site, code + "3", "PUBLISHED", otherUnit, "2022-04-15", "2022-04-20");
        String april = "?from=2022-04-01&to=2022-04-30";

        String own = Portal.as(Role.UNIT_REPORTER).get("/admin/api/v1/questions/statistics" + april).body();
        assertLine(own, unitName, 2, 1, 0, 0, 0, 1, "1.0");
        assertEquals("1", Json.field(own, "overdue"), own);
        assertEquals(unitName, Json.field(own, "unit"));
        assertTrue(!own.contains(otherName), "no other unit's line: " + own);
        String others = Portal.basic(otherLogin, password).get("/admin/api/v1/questions/statistics" + april).body();
        assertLine(others, otherName, 1, 0, 1, 0, 0, 0, "7.0");
        assertEquals("0", Json.field(others, "overdue"));
        assertTrue(!others.contains(unitName), "not the demo reporter's unit: " + others);

        String board = Portal.as(Role.EDITOR).get("/admin/api/v1/questions/statistics" + april).body();
        assertLine(board, unitName, 2, 1, 0, 0, 0, 1, "1.0");
        assertLine(board, otherName, 1, 0, 1, 0, 0, 0, "7.0");
        assertEquals("1", Json.field(board, "overdue"));
        String screen = Portal.as(Role.UNIT_REPORTER).get("/admin/questions/statistics.xhtml").body();
        assertTrue(screen.contains("id=\"statistics-unit\"") && screen.contains(unitName), "the reporter's screen names their unit");
        assertEquals(200, Portal.as(Role.UNIT_REPORTER).getBytes("/admin/api/v1/questions/statistics.xlsx" + april).statusCode());
    }

    private static void storeApril(String site, String code, String state, long unit, String deadline, String answered) {
        Database.update("INSERT INTO question (site_id, tracking_code, asker_name, field, title, text, publication, state, received_at,"
                        + " unit_id, forwarded_at, deadline, answered_at) VALUES (?, ?, 'Người hỏi', 'LAND', ?, 'Nội dung', 'PRIVATE', ?,"
                        + " '2022-04-01 02:00:00', ?, '2022-04-11 03:00:00', ?, ?)",
                site, code, "Thống kê đơn vị " + code, state, unit, deadline, answered == null ? null : answered + " 04:00:00");
    }

    private static void assertLine(String json, String label, long received, long onTime, long late, long declined, long spam,
                                   long inProgress, String average) {
        int at = json.indexOf("\"label\":\"" + label + "\"");
        assertTrue(at >= 0, label + " in " + json);
        String line = json.substring(json.lastIndexOf('{', at), json.indexOf('}', at) + 1);
        assertEquals(java.util.List.of(received, onTime, late, declined, spam, inProgress),
                java.util.stream.Stream.of("received", "onTime", "late", "declined", "spam", "inProgress")
                        .map(name -> Long.parseLong(Json.field(line, name))).toList(), label + ": " + line);
        if (average == null) {
            assertTrue(!line.contains("\"averageWorkingDays\":") || line.contains("\"averageWorkingDays\":null"), line);
        } else {
            assertEquals(average, Json.field(line, "averageWorkingDays"), label);
        }
    }
}
