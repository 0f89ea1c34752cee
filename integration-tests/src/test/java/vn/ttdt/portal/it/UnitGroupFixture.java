package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.shared.domain.Quarter;

/** Unit groups, quota supervisors and their assignments that a test makes for itself, so that it touches no one else's. */
final class UnitGroupFixture {

    static final String PASSWORD = "Giam-sat-chi-tieu-1";

    /** A supervisor account with the group it supervises. */
    record Supervised(long groupId, String groupCode, String groupName, long accountId, String login) {

        Portal api() {
            return Portal.basic(login, PASSWORD);
        }

        /** Signed in through the form, for the screens. */
        Portal signedIn() {
            Portal portal = Portal.anonymous();
            HttpResponse<String> response = portal.signIn(login, PASSWORD);
            assertEquals(302, response.statusCode(), "sign-in as " + login);
            assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/admin/"), "sign-in as " + login);
            return portal;
        }
    }

    private UnitGroupFixture() {
    }

    static Quarter currentQuarter() {
        return Quarter.of(Instant.now());
    }

    static Quarter nextQuarter() {
        Quarter now = currentQuarter();
        return now.number() == 4 ? new Quarter(now.year() + 1, 1) : new Quarter(now.year(), now.number() + 1);
    }

    /** A new group with a unique code ("IT_…") and name ("{name} …"); returns its JSON. */
    static String newGroup(String name) {
        String token = ContentFixture.token().toUpperCase();
        HttpResponse<String> created = Portal.as(Role.APPROVER).json("POST", "/admin/api/v1/unit-groups", """
                {"code":"IT_%s","name":"%s %s","supervisorTitle":"Phó trưởng Ban biên tập"}""".formatted(token, name, token));
        assertEquals(201, created.statusCode(), created.body());
        return created.body();
    }

    /** A new active quota-supervisor account (password {@link #PASSWORD}); returns its JSON. */
    static String newSupervisor(String fullName) {
        String login = "giamsat." + ContentFixture.token();
        HttpResponse<String> created = Portal.as(Role.IT_ADMIN).json("POST", "/admin/api/v1/accounts", """
                {"account":{"login":"%s","fullName":"%s","email":"%s@cammy.example.vn","roles":["QUOTA_SUPERVISOR"]},
                 "password":"%s"}""".formatted(login, fullName, login, PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        return created.body();
    }

    static HttpResponse<String> assign(long groupId, long accountId, String validFrom, String validTo) {
        return Portal.as(Role.APPROVER).json("POST", "/admin/api/v1/unit-groups/" + groupId + "/supervisors",
                "{\"accountId\":" + accountId + ",\"validFrom\":\"" + validFrom + "\""
                        + (validTo == null ? "" : ",\"validTo\":\"" + validTo + "\"") + "}");
    }

    /** A new group supervised from 2020-01-01 on by a new supervisor account. */
    static Supervised supervisedGroup(String name) {
        String group = newGroup(name);
        String account = newSupervisor("Người giám sát " + Json.field(group, "code"));
        long groupId = Long.parseLong(Json.field(group, "id"));
        long accountId = Long.parseLong(Json.field(account, "id"));
        HttpResponse<String> assigned = assign(groupId, accountId, "2020-01-01", null);
        assertEquals(200, assigned.statusCode(), assigned.body());
        return new Supervised(groupId, Json.field(group, "code"), Json.field(group, "name"), accountId, Json.field(account, "login"));
    }

    static String ruleJson(long groupId, Quarter from, String scope, int news, int articles, int postedPercent) {
        return """
                {"groupId":%d,"year":%d,"quarter":%d,"scope":"%s","minimumNews":%d,"minimumArticles":%d,"minimumPostedPercent":%d}"""
                .formatted(groupId, from.year(), from.number(), scope, news, articles, postedPercent);
    }
}
