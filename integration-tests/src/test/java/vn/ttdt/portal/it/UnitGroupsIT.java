package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;

/** /admin/api/v1/unit-groups: the board maintains groups and their dated supervisors, validated in Vietnamese, audited. */
class UnitGroupsIT extends PortalIT {

    private static final String GROUPS = "/admin/api/v1/unit-groups";

    @Test
    void theDemoGroupsAreListedWithTheDemoSupervisorOfTheDepartments() {
        String groups = Portal.as(Role.IT_ADMIN).get(GROUPS).body();

        for (String code : List.of("DEPARTMENTS", "COMMUNES", "PARTY_MASS_ORGS", "CULTURE_CENTRE", "CULTURE_OFFICE")) {
            assertTrue(groups.contains("\"code\":\"" + code + "\""), code + " in " + groups);
        }
        assertTrue(groups.contains("\"login\":\"giamsat.demo\""), groups);
        assertTrue(Portal.as(Role.EDITOR).get("/admin/api/v1/units/groups").body().contains("\"supervisorName\":\"Hoàng Thị Hà"));
    }

    @Test
    void aGroupIsCreatedRenamedAndKeepsItsCodeAndEachChangeIsAudited() {
        String created = UnitGroupFixture.newGroup("Khối thử tạo");
        String id = Json.field(created, "id");
        String code = Json.field(created, "code");

        HttpResponse<String> renamed = Portal.as(Role.IT_ADMIN).json("PUT", GROUPS + "/" + id,
                "{\"code\":\"" + code + "\",\"name\":\"Khối đã đổi tên " + code + "\",\"supervisorTitle\":\"Trưởng ban\"}");
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertEquals("Khối đã đổi tên " + code, Json.field(renamed.body(), "name"));

        HttpResponse<String> recoded = Portal.as(Role.APPROVER).json("PUT", GROUPS + "/" + id,
                "{\"code\":\"KHAC_" + code + "\",\"name\":\"Tên\",\"supervisorTitle\":\"Trưởng ban\"}");
        assertEquals(400, recoded.statusCode(), recoded.body());
        assertEquals("Không thể đổi mã của khối đơn vị đã có.", Json.field(recoded.body(), "message"));

        HttpResponse<String> duplicate = Portal.as(Role.APPROVER).json("POST", GROUPS,
                "{\"code\":\"" + code + "\",\"name\":\"Trùng mã\",\"supervisorTitle\":\"Trưởng ban\"}");
        assertEquals(400, duplicate.statusCode(), duplicate.body());
        assertEquals("Đã có khối đơn vị dùng mã này.", Json.field(duplicate.body(), "message"));
        assertEquals(List.of("UNIT_GROUP_CREATED pheduyet.demo", "UNIT_GROUP_UPDATED quantri.demo"), Database.strings(
                "SELECT CONCAT(action, ' ', actor) FROM audit_event WHERE target_type = 'unit-group' AND target_id = ? ORDER BY id", id));
    }

    @Test
    void anInvalidGroupIsRefusedWith400NamingEachFieldInVietnamese() {
        HttpResponse<String> refused = Portal.as(Role.APPROVER).json("POST", GROUPS, "{\"code\":\"khối 1\",\"name\":\" \"}");

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Mã khối gồm chữ in hoa không dấu"), refused.body());
        assertTrue(refused.body().contains("Vui lòng nhập tên khối."), refused.body());
        assertTrue(refused.body().contains("Vui lòng nhập chức danh người phụ trách khối."), refused.body());
    }

    @Test
    void onlyAQuotaSupervisorIsPutInChargeAndNotEndingBeforeTheyStart() {
        long group = Long.parseLong(Json.field(UnitGroupFixture.newGroup("Khối thử phân công"), "id"));
        long supervisor = Long.parseLong(Json.field(UnitGroupFixture.newSupervisor("Người giám sát thử"), "id"));
        String editor = Json.field(Portal.as(Role.EDITOR).get("/admin/api/v1/me").body(), "id");

        HttpResponse<String> notASupervisor = UnitGroupFixture.assign(group, Long.parseLong(editor), "2026-01-01", null);
        assertEquals(400, notASupervisor.statusCode(), notASupervisor.body());
        assertEquals("Tài khoản đã chọn không có vai trò giám sát chỉ tiêu nên không thể phụ trách khối.",
                Json.field(notASupervisor.body(), "message"));
        HttpResponse<String> backwards = UnitGroupFixture.assign(group, supervisor, "2026-06-01", "2026-05-31");
        assertEquals(400, backwards.statusCode(), backwards.body());
        assertTrue(backwards.body().contains("Ngày kết thúc phụ trách không được trước ngày bắt đầu."), backwards.body());
        HttpResponse<String> missing = Portal.as(Role.APPROVER).json("POST", GROUPS + "/" + group + "/supervisors", "{}");
        assertEquals(400, missing.statusCode(), missing.body());
        assertTrue(missing.body().contains("Vui lòng chọn người phụ trách khối."), missing.body());
        assertTrue(missing.body().contains("Vui lòng nhập ngày bắt đầu phụ trách."), missing.body());

        HttpResponse<String> assigned = UnitGroupFixture.assign(group, supervisor, "2024-01-01", null);
        assertEquals(200, assigned.statusCode(), assigned.body());
        assertEquals("true", Json.field(assigned.body(), "current"));
        String assignment = Json.field(assigned.body().substring(assigned.body().indexOf("\"supervisors\"")), "id");

        HttpResponse<String> tooEarly = Portal.as(Role.APPROVER).json("POST", GROUPS + "/" + group + "/supervisors/" + assignment + "/end",
                "{\"validTo\":\"2023-12-31\"}");
        assertEquals(400, tooEarly.statusCode(), tooEarly.body());
        HttpResponse<String> ended = Portal.as(Role.IT_ADMIN).json("POST", GROUPS + "/" + group + "/supervisors/" + assignment + "/end",
                "{\"validTo\":\"" + LocalDate.now().minusDays(2) + "\"}");
        assertEquals(200, ended.statusCode(), ended.body());
        assertEquals("false", Json.field(ended.body(), "current"));
        assertEquals(List.of("1"), Database.strings("SELECT COUNT(*) FROM unit_group_supervisor WHERE group_id = ? AND valid_to IS NOT NULL", group));
        assertEquals(List.of("SUPERVISOR_ASSIGNED", "SUPERVISOR_ASSIGNMENT_ENDED"), Database.strings(
                "SELECT action FROM audit_event WHERE target_type = 'unit-group' AND target_id = ? AND action LIKE 'SUPERVISOR%' ORDER BY id",
                Long.toString(group)));
    }

    @Test
    void anAssignmentOfAnotherGroupIsUnknownThere() {
        UnitGroupFixture.Supervised one = UnitGroupFixture.supervisedGroup("Khối một");
        long other = Long.parseLong(Json.field(UnitGroupFixture.newGroup("Khối hai"), "id"));
        String assignment = Json.field(Portal.as(Role.APPROVER).get(GROUPS + "/" + one.groupId()).body()
                .replaceFirst("^.*?\"supervisors\"", ""), "id");

        HttpResponse<String> elsewhere = Portal.as(Role.APPROVER).json("POST", GROUPS + "/" + other + "/supervisors/" + assignment + "/end",
                "{\"validTo\":\"2030-01-01\"}");

        assertEquals(404, elsewhere.statusCode(), elsewhere.body());
        assertEquals(List.of("0"), Database.strings("SELECT COUNT(*) FROM unit_group_supervisor WHERE id = ? AND valid_to IS NOT NULL", assignment));
    }
}
