package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * The working-day calendar kept over the API in 2031, a year no other test uses: a day off on a weekday and a make-up
 * day on a weekend are taken, renamed and removed, each audited; a day off on a weekend, a make-up day on a weekday
 * and a day without a name are refused with a Vietnamese message and nothing stored.
 */
class HolidaysIT extends PortalIT {

    private static final String DAYS = "/admin/api/v1/calendar-days/";

    @Test
    void daysOffAndMakeUpDaysAreKeptValidatedAndAudited() {
        Portal admin = Portal.as(Role.IT_ADMIN);
        Portal approver = Portal.as(Role.APPROVER);

        HttpResponse<String> dayOff = admin.json("PUT", DAYS + "2031-01-02", "{\"working\":false,\"name\":\"Nghỉ bù Tết Dương lịch\"}");
        assertEquals(200, dayOff.statusCode(), dayOff.body());
        assertEquals("Thứ Năm", Json.field(dayOff.body(), "weekday"));
        assertEquals(200, approver.json("PUT", DAYS + "2031-01-04", "{\"working\":true,\"name\":\"Làm bù\"}").statusCode());
        assertEquals(200, approver.json("PUT", DAYS + "2031-01-04", "{\"working\":true,\"name\":\"Làm bù cho ngày 02/01\"}").statusCode());

        String year = admin.get("/admin/api/v1/calendar-days?year=2031").body();
        assertTrue(year.indexOf("2031-01-02") < year.indexOf("2031-01-04") && year.contains("Làm bù cho ngày 02/01"), year);

        List<String[]> refused = List.of(
                new String[] {"2031-01-05", "{\"working\":false,\"name\":\"Chủ nhật\"}", "phải là ngày thường"},
                new String[] {"2031-01-06", "{\"working\":true,\"name\":\"Thứ Hai\"}", "phải là thứ Bảy hoặc Chủ nhật"},
                new String[] {"2031-01-07", "{\"working\":false,\"name\":\"  \"}", "Vui lòng nhập tên ngày"},
                new String[] {"2031-02-30", "{\"working\":false,\"name\":\"x\"}", "ngày không hợp lệ"});
        for (String[] day : refused) {
            HttpResponse<String> answer = admin.json("PUT", DAYS + day[0], day[1]);
            assertEquals(400, answer.statusCode(), day[0]);
            assertTrue(answer.body().contains(day[2]), day[0] + ": " + answer.body());
        }
        assertFalse(admin.get("/admin/api/v1/calendar-days?year=2031").body().contains("2031-01-0" + "5"));

        assertEquals(204, admin.json("DELETE", DAYS + "2031-01-02", null).statusCode());
        assertEquals(404, admin.json("DELETE", DAYS + "2031-01-02", null).statusCode());
        assertEquals(List.of("3", "1"), List.of(
                Database.strings("SELECT COUNT(*) FROM audit_event WHERE action = 'CALENDAR_DAY_SAVED' AND target_id IN ('2031-01-02', '2031-01-04')").get(0),
                Database.strings("SELECT COUNT(*) FROM audit_event WHERE action = 'CALENDAR_DAY_REMOVED' AND target_id = '2031-01-02'").get(0)));
        assertEquals("1", Database.strings("SELECT COUNT(*) FROM calendar_day WHERE day BETWEEN '2031-01-01' AND '2031-01-31'").get(0));
    }
}
