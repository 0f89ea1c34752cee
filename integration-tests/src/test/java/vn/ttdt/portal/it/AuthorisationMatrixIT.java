package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * Every back-office page and API endpoint × every role and anonymous: allowed, or refused.
 * The expected matrix is written here independently of the application's own tables.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorisationMatrixIT {

    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);
    private static final Set<Role> IT_ONLY = EnumSet.of(Role.IT_ADMIN);
    private static final Set<Role> WRITERS = EnumSet.of(Role.CONTRIBUTOR, Role.UNIT_REPORTER, Role.EDITOR, Role.APPROVER);

    record Page(String path, Set<Role> allowed) {
    }

    record Endpoint(String method, String path, String body, Set<Role> allowed) {
    }

    static final List<Page> PAGES = List.of(
            new Page("/admin/index.xhtml", EVERY_ROLE),
            new Page("/admin/profile.xhtml", EVERY_ROLE),
            new Page("/admin/content/inbox.xhtml", WRITERS),
            new Page("/admin/content/item.xhtml", WRITERS),
            new Page("/admin/org/units.xhtml", EnumSet.of(Role.IT_ADMIN, Role.QUOTA_SUPERVISOR, Role.APPROVER)),
            new Page("/admin/org/accounts.xhtml", IT_ONLY),
            new Page("/admin/import/items.xhtml", EnumSet.of(Role.APPROVER, Role.IT_ADMIN)),
            new Page("/admin/categories/tree.xhtml", EnumSet.of(Role.APPROVER, Role.IT_ADMIN)),
            new Page("/admin/audit/events.xhtml", IT_ONLY));

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/admin/api/v1/me", null, EVERY_ROLE),
            new Endpoint("GET", "/admin/api/v1/units", null, EVERY_ROLE),
            new Endpoint("GET", "/admin/api/v1/units/groups", null, EVERY_ROLE),
            new Endpoint("GET", "/admin/api/v1/units/1", null, EVERY_ROLE),
            new Endpoint("POST", "/admin/api/v1/units", "{}", IT_ONLY),
            new Endpoint("PUT", "/admin/api/v1/units/1", "{}", IT_ONLY),
            new Endpoint("POST", "/admin/api/v1/units/999999/deactivate", null, IT_ONLY),
            new Endpoint("POST", "/admin/api/v1/units/999999/reactivate", null, IT_ONLY),
            new Endpoint("GET", "/admin/api/v1/accounts", null, IT_ONLY),
            new Endpoint("GET", "/admin/api/v1/accounts/1", null, IT_ONLY),
            new Endpoint("POST", "/admin/api/v1/accounts", "{}", IT_ONLY),
            new Endpoint("PUT", "/admin/api/v1/accounts/999999", "{}", IT_ONLY),
            new Endpoint("POST", "/admin/api/v1/accounts/999999/deactivate", null, IT_ONLY),
            new Endpoint("POST", "/admin/api/v1/accounts/999999/unlock", null, IT_ONLY),
            new Endpoint("PUT", "/admin/api/v1/accounts/999999/password", "{}", IT_ONLY),
            new Endpoint("GET", "/admin/api/v1/audit-events", null, IT_ONLY),
            new Endpoint("POST", "/admin/api/v1/jobs/dormant-accounts?days=0", null, IT_ONLY),
            new Endpoint("GET", "/admin/api/v1/jobs/executions/999999", null, IT_ONLY),
            new Endpoint("GET", "/admin/api/v1/jobs/executions/999999/account-review", null, IT_ONLY),
            new Endpoint("GET", "/admin/api/v1/categories", null, EVERY_ROLE),
            new Endpoint("GET", "/admin/api/v1/categories/tree", null, EnumSet.of(Role.APPROVER, Role.IT_ADMIN)),
            new Endpoint("POST", "/admin/api/v1/categories", "{}", EnumSet.of(Role.APPROVER, Role.IT_ADMIN)),
            new Endpoint("PUT", "/admin/api/v1/categories/999999", "{}", EnumSet.of(Role.APPROVER, Role.IT_ADMIN)),
            new Endpoint("POST", "/admin/api/v1/categories/999999/hide", null, EnumSet.of(Role.APPROVER, Role.IT_ADMIN)),
            new Endpoint("POST", "/admin/api/v1/categories/999999/move-up", null, EnumSet.of(Role.APPROVER, Role.IT_ADMIN)),
            new Endpoint("POST", "/admin/api/v1/import/items", "{\"items\":[{}]}", EnumSet.of(Role.APPROVER, Role.IT_ADMIN)),
            new Endpoint("GET", "/admin/api/v1/items/inbox", null, WRITERS),
            new Endpoint("GET", "/admin/api/v1/items/mine", null, WRITERS),
            new Endpoint("POST", "/admin/api/v1/items", "{}", WRITERS),
            new Endpoint("GET", "/admin/api/v1/items/999999", null, WRITERS),
            new Endpoint("PUT", "/admin/api/v1/items/999999", "{}", WRITERS),
            new Endpoint("POST", "/admin/api/v1/items/999999/steps", "{\"action\":\"SUBMIT\"}", WRITERS),
            new Endpoint("GET", "/admin/api/v1/items/999999/revisions", null, WRITERS),
            new Endpoint("PUT", "/admin/api/v1/items/999999/schedule", "{}", EnumSet.of(Role.APPROVER)));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void everyPageIsShownToItsRolesAndRefusedToTheOthers() {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            Portal session = Portal.signedIn(role);
            for (Page page : PAGES) {
                HttpResponse<String> response = session.get(page.path());
                boolean shown = response.statusCode() == 200 && response.body().contains("id=\"page-title\"");
                boolean refused = response.statusCode() == 403 && !response.body().contains("id=\"page-title\"");
                if (page.allowed().contains(role) ? !shown : !refused) {
                    wrong.add(role + " " + page.path() + " -> " + response.statusCode());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void anonymousVisitorsSeeTheSignInFormInsteadOfAnyBackOfficePage() {
        Portal anonymous = Portal.anonymous();
        for (Page page : PAGES) {
            HttpResponse<String> response = anonymous.get(page.path());
            assertFalse(response.body().contains("id=\"page-title\""), page.path());
            boolean toLogin = response.statusCode() == 302 && response.headers().firstValue("Location").orElse("").contains("/admin/login.xhtml")
                    || response.statusCode() == 200 && response.body().contains("id=\"login-form\"");
            assertTrue(toLogin, page.path() + " -> " + response.statusCode());
        }
    }

    @Test
    void everyEndpointAnswersItsRolesAndRefusesTheOthersWith403() {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            Portal api = Portal.basic(role);
            for (Endpoint endpoint : ENDPOINTS) {
                int status = api.json(endpoint.method(), endpoint.path(), endpoint.body()).statusCode();
                boolean allowed = endpoint.allowed().contains(role);
                if (allowed ? (status == 401 || status == 403 || status >= 500) : status != 403) {
                    wrong.add(role + " " + endpoint.method() + " " + endpoint.path() + " -> " + status);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyEndpointRefusesAnonymousCallsWith401AndAChallenge() {
        Portal anonymous = Portal.anonymous();
        for (Endpoint endpoint : ENDPOINTS) {
            HttpResponse<String> response = anonymous.json(endpoint.method(), endpoint.path(), endpoint.body());
            if (response.statusCode() != 401) {
                fail(endpoint.method() + " " + endpoint.path() + " -> " + response.statusCode());
            }
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        }
    }

    @Test
    void aSignedInSessionAlsoOpensTheApiForItsRoles() {
        Portal finance = Portal.signedIn(Role.FINANCE);
        assertEquals(200, finance.get("/admin/api/v1/me").statusCode());
        assertEquals(403, finance.get("/admin/api/v1/accounts").statusCode());
    }

    // ---- Job executions, object level (issue 10, finding 6): each job's endpoints answer only that job's executions ----

    /** An execution endpoint; {@code {id}} stands for the execution; answers per role, every other role 403. */
    record ExecutionEndpoint(String method, String path, boolean payrollRun, java.util.Map<Role, Integer> answers) {

        int expected(Role role) {
            return answers.getOrDefault(role, 403);
        }
    }

    @Test
    void eachJobsEndpointsAnswerItsOwnExecutionsAndTakeAnotherJobsExecutionForUnknown() {
        long payrollRun = finishedPayrollRun();
        long accountReview = finishedAccountReview();
        List<ExecutionEndpoint> endpoints = List.of(
                new ExecutionEndpoint("GET", "/admin/api/v1/jobs/executions/{id}", false, java.util.Map.of(Role.IT_ADMIN, 200)),
                new ExecutionEndpoint("GET", "/admin/api/v1/jobs/executions/{id}/account-review", false, java.util.Map.of(Role.IT_ADMIN, 200)),
                new ExecutionEndpoint("POST", "/admin/api/v1/jobs/executions/{id}/restart", false, java.util.Map.of(Role.IT_ADMIN, 409)),
                new ExecutionEndpoint("GET", "/admin/api/v1/jobs/executions/{id}", true, java.util.Map.of(Role.IT_ADMIN, 404)),
                new ExecutionEndpoint("GET", "/admin/api/v1/jobs/executions/{id}/account-review", true, java.util.Map.of(Role.IT_ADMIN, 404)),
                new ExecutionEndpoint("POST", "/admin/api/v1/jobs/executions/{id}/restart", true, java.util.Map.of(Role.IT_ADMIN, 404)),
                new ExecutionEndpoint("GET", "/admin/api/v1/jobs/royalty-payroll/executions/{id}", true,
                        java.util.Map.of(Role.FINANCE, 200, Role.APPROVER, 200)),
                new ExecutionEndpoint("POST", "/admin/api/v1/jobs/royalty-payroll/executions/{id}/restart", true, java.util.Map.of(Role.FINANCE, 409)),
                new ExecutionEndpoint("GET", "/admin/api/v1/jobs/royalty-payroll/executions/{id}", false,
                        java.util.Map.of(Role.FINANCE, 404, Role.APPROVER, 404)),
                new ExecutionEndpoint("POST", "/admin/api/v1/jobs/royalty-payroll/executions/{id}/restart", false, java.util.Map.of(Role.FINANCE, 404)));
        List<String> wrong = new ArrayList<>();
        for (ExecutionEndpoint endpoint : endpoints) {
            String path = endpoint.path().replace("{id}", Long.toString(endpoint.payrollRun() ? payrollRun : accountReview));
            String which = endpoint.payrollRun() ? " (payroll run)" : " (account review)";
            for (Role role : Role.values()) {
                int status = Portal.basic(role).json(endpoint.method(), path, null).statusCode();
                if (status != endpoint.expected(role)) {
                    wrong.add(role + " " + endpoint.method() + " " + path + which + " -> " + status + ", expected " + endpoint.expected(role));
                }
            }
            int anonymous = Portal.anonymous().json(endpoint.method(), path, null).statusCode();
            if (anonymous != 401) {
                wrong.add("anonymous " + endpoint.method() + " " + path + which + " -> " + anonymous);
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** A completed run of the payroll job, for a month before any test's works (an empty draft). */
    private static long finishedPayrollRun() {
        return RoyaltyFixture.runToCompletion(Portal.basic(Role.FINANCE), "2019-07");
    }

    private static long finishedAccountReview() {
        Portal admin = Portal.basic(Role.IT_ADMIN);
        HttpResponse<String> started = admin.json("POST", "/admin/api/v1/jobs/dormant-accounts?days=90", null);
        assertEquals(200, started.statusCode(), started.body());
        String id = Json.field(started.body(), "executionId");
        Await.until("the account review " + id + " to end", () -> admin.get("/admin/api/v1/jobs/executions/" + id).body(),
                body -> body.contains("\"status\":\"COMPLETED\"") || body.contains("\"status\":\"FAILED\""),
                java.time.Duration.ofSeconds(60));
        return Long.parseLong(id);
    }
}
