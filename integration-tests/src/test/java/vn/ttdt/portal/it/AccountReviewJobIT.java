package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.organisation.domain.Role;

/** The dormant-accounts Jakarta Batch job, started through the API, with its state kept in MariaDB. */
class AccountReviewJobIT extends PortalIT {

    private static final Pattern EXECUTION = Pattern.compile("\"executionId\":(\\d+)");

    private final Portal admin = Portal.as(Role.IT_ADMIN);

    @Test
    void theReviewFindsAccountsUnusedForMoreThanTheGivenDaysAndKeepsItsStateInTheDatabase() {
        String dormant = "ngu.dong." + Long.toString(System.nanoTime(), 36);
        String recent = "moi.dung." + Long.toString(System.nanoTime(), 36);
        createAccount(dormant);
        createAccount(recent);
        Database.update("UPDATE account SET last_login_at = UTC_TIMESTAMP() - INTERVAL 200 DAY WHERE login = ?", dormant);
        Database.update("UPDATE account SET last_login_at = UTC_TIMESTAMP() - INTERVAL 10 DAY WHERE login = ?", recent);

        HttpResponse<String> started = admin.json("POST", "/admin/api/v1/jobs/dormant-accounts?days=90", null);
        assertEquals(200, started.statusCode(), started.body());
        String executionId = match(EXECUTION, started.body());

        String execution = Await.until("the account review to finish",
                () -> admin.get("/admin/api/v1/jobs/executions/" + executionId).body(),
                body -> body.contains("\"status\":\"COMPLETED\"") || body.contains("\"status\":\"FAILED\""),
                Duration.ofSeconds(60));
        assertTrue(execution.contains("\"status\":\"COMPLETED\""), execution);
        assertTrue(execution.contains("\"exitStatus\":\"FOUND_"), execution);

        String findings = admin.get("/admin/api/v1/jobs/executions/" + executionId + "/account-review").body();
        String finding = match(Pattern.compile("(\\{[^{}]*\"login\":\"" + Pattern.quote(dormant) + "\"[^{}]*})"), findings);
        assertEquals("200", match(Pattern.compile("\"daysInactive\":(\\d+)"), finding), finding);
        assertFalse(findings.contains("\"login\":\"" + recent + "\""), findings);
        assertFalse(findings.contains("\"login\":\"quantri.demo\""), findings);

        String jobTable = Database.strings("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND LOWER(table_name) = 'job_execution'").get(0);
        assertEquals(List.of("COMPLETED"), Database.strings(
                "SELECT batchstatus FROM " + jobTable + " WHERE jobexecutionid = ?", executionId));
        assertEquals(List.of("ACCOUNT_REVIEW_COMPLETED"), Database.strings(
                "SELECT action FROM audit_event WHERE action = 'ACCOUNT_REVIEW_COMPLETED' AND details LIKE 'dormant accounts: %' "
                        + "AND target_id = (SELECT jobinstanceid FROM " + jobTable + " WHERE jobexecutionid = ?)", executionId));
    }

    @Test
    void anOutOfRangeNumberOfDaysIsRefusedInVietnamese() {
        HttpResponse<String> response = admin.json("POST", "/admin/api/v1/jobs/dormant-accounts?days=0", null);
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Số ngày phải từ 1 đến 3650."), response.body());
    }

    @Test
    void anUnknownExecutionIsNotFound() {
        assertEquals(404, admin.get("/admin/api/v1/jobs/executions/987654321").statusCode());
    }

    private void createAccount(String login) {
        HttpResponse<String> created = admin.json("POST", "/admin/api/v1/accounts", """
                {"account":{"login":"%s","fullName":"Tài khoản rà soát","email":"%s@cammy.example.vn","roles":["CONTRIBUTOR"]},
                 "password":"%s"}""".formatted(login, login, DemoAccount.PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new AssertionError(pattern + " not in " + text);
        }
        return m.group(1);
    }
}
