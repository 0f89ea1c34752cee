package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ttdt.portal.it.RoyaltyFixture.Work;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * Writing-skills training courses through the back-office API: Vietnamese validation, participants from the registry
 * or typed in, the yearly list with attendance, each registry participant's works published after the course, materials
 * through the upload checks, deletion — every change audited.
 */
class TrainingCoursesIT extends PortalIT {

    private static final String API = "/admin/api/v1/training-courses";

    private static String course(String title, String startsOn, String endsOn, String participants) {
        return """
                {"title":"%s","startsOn":"%s","endsOn":"%s","place":"Hội trường UBND xã Long Giao","trainer":"ThS. Phan Văn Giảng",
                 "audience":"Giáo viên, cán bộ đầu mối","participants":[%s]}""".formatted(title, startsOn, endsOn, participants);
    }

    @Test
    void aCourseWithoutTitleOrEndingBeforeItStartsIsRefusedInVietnamese() {
        Portal editor = Portal.as(Role.EDITOR);
        HttpResponse<String> untitled = editor.json("POST", API, course(" ", "2011-03-01", "2011-03-02", ""));
        assertEquals(400, untitled.statusCode(), untitled.body());
        assertTrue(untitled.body().contains("Vui lòng nhập tên lớp tập huấn."), untitled.body());
        HttpResponse<String> reversed = editor.json("POST", API, course("Lớp ngược ngày", "2011-03-02", "2011-03-01", ""));
        assertEquals(400, reversed.statusCode(), reversed.body());
        assertTrue(reversed.body().contains("Ngày kết thúc lớp tập huấn phải từ ngày bắt đầu trở đi."), reversed.body());
        HttpResponse<String> nameless = editor.json("POST", API, course("Lớp không tên học viên", "2011-03-01", "2011-03-01",
                "{\"attended\":true}"));
        assertEquals(400, nameless.statusCode(), nameless.body());
    }

    @Test
    void aCourseListsItsParticipantsWorksPublishedAfterItAndItsMaterialsAndCanBeDeleted() throws IOException {
        String token = ContentFixture.token();
        String penName = "Học Viên " + token;
        HttpResponse<String> contributor = Portal.as(Role.EDITOR).json("POST", "/admin/api/v1/contributors", """
                {"fullName":"Mạc Văn Học %s","penName":"%s","occupation":"Giáo viên"}""".formatted(token, penName));
        assertEquals(201, contributor.statusCode(), contributor.body());
        String contributorId = Json.field(contributor.body(), "id");
        RoyaltyFixture.importPublished(Portal.as(Role.APPROVER), token,
                new Work("Trước lớp " + token, "NEWS_OR_REPLY", "2011-02-15T09:00:00+07:00", penName + ":100"),
                new Work("Ngày cuối lớp " + token, "NEWS_OR_REPLY", "2011-03-02T20:00:00+07:00", penName + ":100"),
                new Work("Sau lớp " + token, "NEWS_OR_REPLY", "2011-04-10T09:00:00+07:00", penName + ":100"),
                new Work("Năm sau lớp " + token, "NEWS_OR_REPLY", "2012-01-05T09:00:00+07:00", penName + ":100"));

        Portal approver = Portal.as(Role.APPROVER);
        HttpResponse<String> created = approver.json("POST", API, course("Viết tin ngắn " + token, "2011-03-01", "2011-03-02",
                "{\"contributorId\":%s,\"attended\":true,\"evaluation\":\"EXCELLENT\",\"remark\":\"Viết tốt\"},".formatted(contributorId)
                        + "{\"name\":\"Người ngoài %s\",\"affiliation\":\"Hội Phụ nữ xã\",\"attended\":false}".formatted(token)));
        assertEquals(201, created.statusCode(), created.body());
        String id = Json.field(created.body(), "id");
        assertTrue(created.body().contains("\"name\":\"Mạc Văn Học " + token + "\""), "the registry's name is copied: " + created.body());
        assertTrue(created.body().contains("\"worksAfter\":2"), "after the last day of the course only: " + created.body());
        assertTrue(created.body().contains("Sau lớp " + token) && created.body().contains("Năm sau lớp " + token)
                && !created.body().contains("Trước lớp " + token) && !created.body().contains("Ngày cuối lớp " + token), created.body());
        assertFalse(objectAround(created.body(), "Người ngoài " + token).matches("(?s).*\"worksAfter\":[0-9].*"),
                "nothing is known of somebody outside the registry: " + created.body());

        String year = approver.get(API + "?year=2011").body();
        String listed = objectAround(year, "Viết tin ngắn " + token);
        assertTrue(listed.contains("\"participants\":2") && listed.contains("\"attended\":1"), year);

        byte[] pdf = LegalDocsFixture.pdf();
        HttpResponse<String> material = approver.send("POST", API + "/" + id + "/materials", "application/octet-stream", pdf);
        assertEquals(400, material.statusCode(), "the file name is required: " + material.body());
        HttpResponse<String> disguised = upload(approver, id, "bai-giang.pdf", "MZ\u0090 không phải PDF".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, disguised.statusCode(), "a file that is not what its name says is refused: " + disguised.body());
        HttpResponse<String> handout = upload(approver, id, "bai-giang.pdf", pdf);
        assertEquals(200, handout.statusCode(), handout.body());
        assertTrue(handout.body().contains("\"fileName\":\"bai-giang.pdf\""), handout.body());
        HttpResponse<byte[]> download = approver.bytes(API + "/" + id + "/materials/1");
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
        assertEquals(404, approver.bytes(API + "/" + id + "/materials/2").statusCode());

        assertEquals(200, upload(approver, id, "so-tay.pdf", pdf).statusCode());
        assertEquals(404, approver.json("DELETE", API + "/" + id + "/materials/3", null).statusCode());
        HttpResponse<String> removed = approver.json("DELETE", API + "/" + id + "/materials/1", null);
        assertEquals(200, removed.statusCode(), removed.body());
        assertTrue(removed.body().contains("\"fileName\":\"so-tay.pdf\"") && !removed.body().contains("bai-giang.pdf"), removed.body());
        assertEquals(200, approver.bytes(API + "/" + id + "/materials/1").statusCode(), "the later material moved up");
        assertEquals(404, approver.bytes(API + "/" + id + "/materials/2").statusCode());

        assertEquals(204, approver.json("DELETE", API + "/" + id, null).statusCode());
        assertEquals(404, approver.get(API + "/" + id).statusCode());
        assertEquals(List.of("TRAINING_COURSE_SAVED", "TRAINING_MATERIAL_ADDED", "TRAINING_MATERIAL_ADDED",
                "TRAINING_MATERIAL_REMOVED", "TRAINING_COURSE_DELETED"), Database.strings(
                "SELECT action FROM audit_event WHERE target_type = 'training-course' AND target_id = ? ORDER BY id", id));
    }

    /** The innermost JSON object around the first occurrence of {@code marker} (objects without nested objects). */
    private static String objectAround(String json, String marker) {
        int at = json.indexOf(marker);
        assertTrue(at >= 0, marker + " in " + json);
        return json.substring(json.lastIndexOf('{', at), json.indexOf('}', at) + 1);
    }

    private static HttpResponse<String> upload(Portal who, String course, String name, byte[] bytes) {
        return who.upload(API + "/" + course + "/materials", name, bytes);
    }
}
