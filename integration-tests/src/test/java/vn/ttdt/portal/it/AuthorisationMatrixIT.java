package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * Every back-office page and API endpoint × every role and anonymous: allowed, or refused.
 * The expected matrix is written here independently of the application's own tables.
 */
class AuthorisationMatrixIT extends PortalIT {

    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);
    private static final Set<Role> IT_ONLY = EnumSet.of(Role.IT_ADMIN);
    private static final Set<Role> WRITERS = EnumSet.of(Role.CONTRIBUTOR, Role.UNIT_REPORTER, Role.EDITOR, Role.APPROVER);
    private static final Set<Role> BOARD = EnumSet.of(Role.EDITOR, Role.APPROVER);
    private static final Set<Role> ONE_STOP = EnumSet.of(Role.UNIT_REPORTER, Role.EDITOR, Role.APPROVER);
    private static final Set<Role> QUOTA_READERS = EnumSet.of(Role.APPROVER, Role.QUOTA_SUPERVISOR, Role.IT_ADMIN);
    private static final Set<Role> QUOTA_MAINTAINERS = EnumSet.of(Role.APPROVER, Role.IT_ADMIN);
    private static final Set<Role> QUOTA_RESULT_READERS = EnumSet.of(Role.APPROVER, Role.QUOTA_SUPERVISOR, Role.IT_ADMIN, Role.UNIT_REPORTER);
    private static final Set<Role> QUOTA_DASHBOARD = EnumSet.of(Role.APPROVER, Role.QUOTA_SUPERVISOR);
    private static final Set<Role> QUESTION_DESK = EnumSet.of(Role.UNIT_REPORTER, Role.EDITOR, Role.APPROVER);
    private static final Set<Role> QUOTA_RUNNERS = EnumSet.of(Role.APPROVER, Role.IT_ADMIN);
    private static final Set<Role> SITE_LINKS = EnumSet.of(Role.EDITOR, Role.APPROVER, Role.IT_ADMIN);
    private static final Set<Role> REGISTRY_READERS = EnumSet.of(Role.EDITOR, Role.APPROVER, Role.FINANCE, Role.IT_ADMIN);
    private static final Set<Role> THEME = EnumSet.of(Role.APPROVER, Role.IT_ADMIN);
    private static final Set<Role> VISIT_STATISTICS = EnumSet.of(Role.EDITOR, Role.APPROVER, Role.IT_ADMIN);
    private static final Set<Role> YEARLY_REPORT = EnumSet.of(Role.APPROVER, Role.IT_ADMIN);

    record Page(String path, Set<Role> allowed) {
    }

    record Endpoint(String method, String path, String body, Set<Role> allowed, String contentType) {

        Endpoint(String method, String path, String body, Set<Role> allowed) {
            this(method, path, body, allowed, "application/json");
        }

        HttpResponse<String> call(Portal portal) {
            return portal.send(method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        }
    }

    static final List<Page> PAGES = List.of(
            new Page("/admin/index.xhtml", EVERY_ROLE),
            new Page("/admin/profile.xhtml", EVERY_ROLE),
            new Page("/admin/content/inbox.xhtml", WRITERS),
            new Page("/admin/content/item.xhtml", WRITERS),
            new Page("/admin/org/units.xhtml", EnumSet.of(Role.IT_ADMIN, Role.QUOTA_SUPERVISOR, Role.APPROVER)),
            new Page("/admin/org/accounts.xhtml", IT_ONLY),
            new Page("/admin/org/holidays.xhtml", EnumSet.of(Role.IT_ADMIN, Role.EDITOR, Role.APPROVER)),
            new Page("/admin/quota/groups.xhtml", QUOTA_READERS),
            new Page("/admin/quota/rules.xhtml", QUOTA_READERS),
            new Page("/admin/import/items.xhtml", EnumSet.of(Role.APPROVER, Role.IT_ADMIN)),
            new Page("/admin/import/legal-documents.xhtml", EnumSet.of(Role.APPROVER, Role.IT_ADMIN)),
            new Page("/admin/categories/tree.xhtml", EnumSet.of(Role.APPROVER, Role.IT_ADMIN)),
            new Page("/admin/audit/events.xhtml", IT_ONLY),
            new Page("/admin/legaldocs/documents.xhtml", EnumSet.of(Role.EDITOR, Role.APPROVER)),
            new Page("/admin/legaldocs/requests.xhtml", EnumSet.of(Role.EDITOR, Role.APPROVER)),
            new Page("/admin/legaldocs/mine.xhtml", EnumSet.of(Role.UNIT_REPORTER)),
            new Page("/admin/legaldocs/terms.xhtml", BOARD),
            new Page("/admin/procedures/list.xhtml", BOARD),
            new Page("/admin/procedures/import.xhtml", BOARD),
            new Page("/admin/one-stop/results.xhtml", ONE_STOP),
            new Page("/admin/one-stop/import.xhtml", ONE_STOP),
            new Page("/admin/questions/inbox.xhtml", BOARD),
            new Page("/admin/questions/overdue.xhtml", BOARD),
            new Page("/admin/questions/statistics.xhtml", QUESTION_DESK),
            new Page("/admin/questions/mine.xhtml", EnumSet.of(Role.UNIT_REPORTER)),
            new Page("/admin/quota/compliance.xhtml", QUOTA_READERS),
            new Page("/admin/quota/dashboard.xhtml", QUOTA_DASHBOARD),
            new Page("/admin/advertising/advertisers.xhtml", EnumSet.of(Role.APPROVER)),
            new Page("/admin/advertising/contracts.xhtml", EnumSet.of(Role.APPROVER)),
            new Page("/admin/advertising/revenue.xhtml", EnumSet.of(Role.APPROVER, Role.FINANCE)),
            new Page("/admin/reports/yearly.xhtml?year=2001", YEARLY_REPORT),
            new Page("/admin/ratings/results.xhtml", BOARD),
            new Page("/admin/statistics/visits.xhtml", VISIT_STATISTICS),
            new Page("/admin/site/pages.xhtml", BOARD),
            new Page("/admin/site/organisation.xhtml", BOARD),
            new Page("/admin/site/tourist-sites.xhtml", BOARD),
            new Page("/admin/site/links.xhtml", EnumSet.of(Role.EDITOR, Role.APPROVER, Role.IT_ADMIN)),
            new Page("/admin/notices/outages.xhtml", IT_ONLY),
            new Page("/admin/contributors/registry.xhtml", REGISTRY_READERS),
            new Page("/admin/contributors/training.xhtml", BOARD),
            new Page("/admin/site/theme.xhtml", THEME));

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/admin/api/v1/me", null, EVERY_ROLE),
            new Endpoint("GET", "/admin/api/v1/notifications", null, EVERY_ROLE),
            new Endpoint("GET", "/admin/api/v1/notifications/999999", null, EVERY_ROLE),
            new Endpoint("POST", "/admin/api/v1/notifications/999999/read", null, EVERY_ROLE),
            new Endpoint("GET", "/admin/api/v1/units", null, EVERY_ROLE),
            new Endpoint("GET", "/admin/api/v1/units/groups", null, EVERY_ROLE),
            new Endpoint("GET", "/admin/api/v1/units/1", null, EVERY_ROLE),
            new Endpoint("POST", "/admin/api/v1/units", "{}", IT_ONLY),
            new Endpoint("PUT", "/admin/api/v1/units/1", "{}", IT_ONLY),
            new Endpoint("POST", "/admin/api/v1/units/999999/deactivate", null, IT_ONLY),
            new Endpoint("POST", "/admin/api/v1/units/999999/reactivate", null, IT_ONLY),
            new Endpoint("GET", "/admin/api/v1/unit-groups", null, QUOTA_READERS),
            new Endpoint("POST", "/admin/api/v1/unit-groups", "{}", QUOTA_MAINTAINERS),
            new Endpoint("GET", "/admin/api/v1/unit-groups/supervisor-choices", null, QUOTA_MAINTAINERS),
            new Endpoint("GET", "/admin/api/v1/unit-groups/999999", null, QUOTA_READERS),
            new Endpoint("PUT", "/admin/api/v1/unit-groups/999999", "{}", QUOTA_MAINTAINERS),
            new Endpoint("POST", "/admin/api/v1/unit-groups/999999/supervisors", "{}", QUOTA_MAINTAINERS),
            new Endpoint("POST", "/admin/api/v1/unit-groups/999999/supervisors/999999/end", "{}", QUOTA_MAINTAINERS),
            new Endpoint("GET", "/admin/api/v1/quota/rules", null, QUOTA_READERS),
            new Endpoint("PUT", "/admin/api/v1/quota/rules", "{}", QUOTA_MAINTAINERS),
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
            new Endpoint("POST", "/admin/api/v1/import/legal-documents", "{\"documents\":[{}]}", EnumSet.of(Role.APPROVER, Role.IT_ADMIN)),
            new Endpoint("GET", "/admin/api/v1/items/inbox", null, WRITERS),
            new Endpoint("GET", "/admin/api/v1/items/mine", null, WRITERS),
            new Endpoint("POST", "/admin/api/v1/items", "{}", WRITERS),
            new Endpoint("GET", "/admin/api/v1/items/999999", null, WRITERS),
            new Endpoint("PUT", "/admin/api/v1/items/999999", "{}", WRITERS),
            new Endpoint("POST", "/admin/api/v1/items/999999/steps", "{\"action\":\"SUBMIT\"}", WRITERS),
            new Endpoint("GET", "/admin/api/v1/items/999999/revisions", null, WRITERS),
            new Endpoint("PUT", "/admin/api/v1/items/999999/schedule", "{}", EnumSet.of(Role.APPROVER)),
            new Endpoint("GET", "/admin/api/v1/items/999999/revisions/diff?older=1&newer=2", null, WRITERS),
            new Endpoint("GET", "/admin/api/v1/items/999999/similar", null, WRITERS),
            new Endpoint("GET", "/admin/api/v1/items/999999/autosave", null, WRITERS),
            new Endpoint("PUT", "/admin/api/v1/items/999999/autosave", "{}", WRITERS),
            new Endpoint("DELETE", "/admin/api/v1/items/999999/autosave", null, WRITERS),
            new Endpoint("GET", "/admin/api/v1/media/999999", null, WRITERS),
            new Endpoint("GET", "/admin/api/v1/legal-documents", null, BOARD),
            new Endpoint("GET", "/admin/api/v1/legal-documents/terms?kind=LEVEL", null, EnumSet.of(Role.EDITOR, Role.APPROVER, Role.UNIT_REPORTER)),
            new Endpoint("GET", "/admin/api/v1/legal-documents/999999", null, BOARD),
            new Endpoint("POST", "/admin/api/v1/legal-documents/terms", "{}", BOARD),
            new Endpoint("PUT", "/admin/api/v1/legal-documents/terms/999999", "{}", BOARD),
            new Endpoint("POST", "/admin/api/v1/legal-documents", "{}", BOARD),
            new Endpoint("PUT", "/admin/api/v1/legal-documents/999999", "{}", BOARD),
            new Endpoint("POST", "/admin/api/v1/posting-requests", "{}", EnumSet.of(Role.UNIT_REPORTER)),
            new Endpoint("GET", "/admin/api/v1/posting-requests/mine", null, EnumSet.of(Role.UNIT_REPORTER)),
            new Endpoint("GET", "/admin/api/v1/posting-requests/open", null, BOARD),
            new Endpoint("GET", "/admin/api/v1/posting-requests/999999", null, EnumSet.of(Role.EDITOR, Role.APPROVER, Role.UNIT_REPORTER)),
            new Endpoint("POST", "/admin/api/v1/posting-requests/999999/post", "{}", BOARD),
            new Endpoint("POST", "/admin/api/v1/posting-requests/999999/decline", "{}", BOARD),
            new Endpoint("POST", "/admin/api/v1/import/one-stop?period=2002-02", "x", ONE_STOP, "text/csv"),
            new Endpoint("POST", "/admin/api/v1/import/procedures", "{\"procedures\":[{}]}", BOARD),
            new Endpoint("POST", "/admin/api/v1/import/procedures", "x", BOARD, ProceduresFixture.XLSX),
            new Endpoint("GET", "/admin/api/v1/procedures?q=khai%20sinh", null, BOARD),
            new Endpoint("GET", "/admin/api/v1/procedures/999999", null, BOARD),
            new Endpoint("POST", "/admin/api/v1/procedures", "{}", BOARD),
            new Endpoint("PUT", "/admin/api/v1/procedures/999999", "{}", BOARD),
            new Endpoint("POST", "/admin/api/v1/procedures/999999/withdraw", null, BOARD),
            new Endpoint("POST", "/admin/api/v1/procedures/999999/reinstate", null, BOARD),
            new Endpoint("GET", "/admin/api/v1/calendar-days?year=2030", null, EnumSet.of(Role.IT_ADMIN, Role.EDITOR, Role.APPROVER)),
            new Endpoint("PUT", "/admin/api/v1/calendar-days/2030-01-05", "{\"working\":false,\"name\":\"x\"}",
                    EnumSet.of(Role.IT_ADMIN, Role.EDITOR, Role.APPROVER)),
            new Endpoint("DELETE", "/admin/api/v1/calendar-days/2030-01-05", null, EnumSet.of(Role.IT_ADMIN, Role.EDITOR, Role.APPROVER)),
            new Endpoint("GET", "/admin/api/v1/questions", null, BOARD),
            new Endpoint("GET", "/admin/api/v1/questions/mine", null, EnumSet.of(Role.UNIT_REPORTER)),
            new Endpoint("GET", "/admin/api/v1/questions/overdue", null, BOARD),
            new Endpoint("GET", "/admin/api/v1/questions/statistics?from=2022-01-01&to=2022-12-31", null, QUESTION_DESK),
            new Endpoint("GET", "/admin/api/v1/questions/statistics.xlsx?from=2022-01-01&to=2022-12-31", null, QUESTION_DESK),
            new Endpoint("GET", "/admin/api/v1/questions/999999", null, QUESTION_DESK),
            new Endpoint("GET", "/admin/api/v1/questions/999999/attachment", null, QUESTION_DESK),
            new Endpoint("GET", "/admin/api/v1/questions/999999/answer-files/0123456789abcdef0123456789abcdef", null, QUESTION_DESK),
            new Endpoint("POST", "/admin/api/v1/questions/999999/answer-files", "x", EnumSet.of(Role.UNIT_REPORTER), "application/octet-stream"),
            new Endpoint("DELETE", "/admin/api/v1/questions/999999/answer-files/0123456789abcdef0123456789abcdef", null,
                    EnumSet.of(Role.UNIT_REPORTER)),
            new Endpoint("POST", "/admin/api/v1/questions/999999/spam", "{\"reason\":\"x\"}", BOARD),
            new Endpoint("POST", "/admin/api/v1/questions/999999/forward", "{\"unitId\":1}", BOARD),
            new Endpoint("POST", "/admin/api/v1/questions/999999/extend", "{\"reason\":\"x\",\"workingDays\":3}", EnumSet.of(Role.UNIT_REPORTER)),
            new Endpoint("POST", "/admin/api/v1/questions/999999/answer", "{\"answer\":\"x\"}", EnumSet.of(Role.UNIT_REPORTER)),
            new Endpoint("POST", "/admin/api/v1/questions/999999/decline", "{\"reason\":\"x\"}", EnumSet.of(Role.UNIT_REPORTER)),
            new Endpoint("POST", "/admin/api/v1/questions/999999/approve", "{\"answer\":\"x\"}", EnumSet.of(Role.APPROVER)),
            new Endpoint("POST", "/admin/api/v1/questions/999999/publish", null, EnumSet.of(Role.APPROVER)),
            new Endpoint("POST", "/admin/api/v1/questions/999999/send-privately", null, EnumSet.of(Role.APPROVER)),
            new Endpoint("POST", "/admin/api/v1/jobs/quota-compliance?year=1999&quarter=1", null, QUOTA_RUNNERS),
            new Endpoint("GET", "/admin/api/v1/jobs/quota-compliance/executions", null, QUOTA_READERS),
            new Endpoint("GET", "/admin/api/v1/jobs/quota-compliance/executions/999999", null, QUOTA_READERS),
            new Endpoint("POST", "/admin/api/v1/jobs/quota-compliance/executions/999999/restart", null, QUOTA_RUNNERS),
            new Endpoint("GET", "/admin/api/v1/quota-compliance?year=2001&quarter=2", null, QUOTA_RESULT_READERS),
            new Endpoint("GET", "/admin/api/v1/quota-compliance/999999/items?year=2001&quarter=2", null, QUOTA_RESULT_READERS),
            new Endpoint("GET", "/admin/api/v1/quota-compliance/dashboard.xlsx?year=2001&quarter=2", null, QUOTA_DASHBOARD),
            new Endpoint("GET", "/admin/api/v1/quota-compliance/dashboard.pdf?year=2001&quarter=2", null, QUOTA_DASHBOARD),
            new Endpoint("POST", "/admin/api/v1/quota-compliance/reopen?year=2001&quarter=2", null, EnumSet.of(Role.APPROVER)),
            new Endpoint("GET", "/admin/api/v1/advertising/advertisers", null, EnumSet.of(Role.APPROVER)),
            new Endpoint("POST", "/admin/api/v1/advertising/advertisers", "{}", EnumSet.of(Role.APPROVER)),
            new Endpoint("GET", "/admin/api/v1/advertising/contracts", null, EnumSet.of(Role.APPROVER)),
            new Endpoint("POST", "/admin/api/v1/advertising/contracts", "{}", EnumSet.of(Role.APPROVER)),
            new Endpoint("DELETE", "/admin/api/v1/advertising/contracts/999999", null, EnumSet.of(Role.APPROVER)),
            new Endpoint("GET", "/admin/api/v1/advertising/contracts/999999/banners", null, EnumSet.of(Role.APPROVER)),
            new Endpoint("POST", "/admin/api/v1/advertising/contracts/999999/banners", "{}", EnumSet.of(Role.APPROVER)),
            new Endpoint("POST", "/admin/api/v1/advertising/banners/999999/image", "x", EnumSet.of(Role.APPROVER), "application/octet-stream"),
            new Endpoint("GET", "/admin/api/v1/advertising/contracts/999999/file", null, EnumSet.of(Role.APPROVER)),
            new Endpoint("POST", "/admin/api/v1/advertising/contracts/999999/file", "x", EnumSet.of(Role.APPROVER), "application/octet-stream"),
            new Endpoint("GET", "/admin/api/v1/advertising/revenue/2026", null, EnumSet.of(Role.APPROVER, Role.FINANCE)),
            new Endpoint("GET", "/admin/api/v1/advertising/revenue/2026/revenue.xlsx", null, EnumSet.of(Role.APPROVER, Role.FINANCE)),
            new Endpoint("GET", "/admin/api/v1/reports/yearly?year=2001", null, YEARLY_REPORT),
            new Endpoint("GET", "/admin/api/v1/reports/yearly.pdf?year=2001", null, YEARLY_REPORT),
            new Endpoint("GET", "/admin/api/v1/reports/yearly.xlsx?year=2001", null, YEARLY_REPORT),
            new Endpoint("GET", "/admin/api/v1/site/pages/HISTORY", null, BOARD),
            new Endpoint("PUT", "/admin/api/v1/site/pages/HISTORY", "{\"version\":-2}", BOARD),
            new Endpoint("GET", "/admin/api/v1/site/pages/HISTORY/revisions", null, BOARD),
            new Endpoint("GET", "/admin/api/v1/site/tourist-sites", null, BOARD),
            new Endpoint("POST", "/admin/api/v1/site/tourist-sites", "{}", BOARD),
            new Endpoint("PUT", "/admin/api/v1/site/tourist-sites/999999", "{}", BOARD),
            new Endpoint("DELETE", "/admin/api/v1/site/tourist-sites/999999", null, BOARD),
            new Endpoint("GET", "/admin/api/v1/site/organisation-bodies", null, BOARD),
            new Endpoint("POST", "/admin/api/v1/site/organisation-bodies", "{}", BOARD),
            new Endpoint("PUT", "/admin/api/v1/site/organisation-bodies/999999", "{}", BOARD),
            new Endpoint("DELETE", "/admin/api/v1/site/organisation-bodies/999999", null, BOARD),
            new Endpoint("GET", "/admin/api/v1/site/portal-links", null, SITE_LINKS),
            new Endpoint("POST", "/admin/api/v1/site/portal-links", "{}", SITE_LINKS),
            new Endpoint("PUT", "/admin/api/v1/site/portal-links/999999", "{}", SITE_LINKS),
            new Endpoint("DELETE", "/admin/api/v1/site/portal-links/999999", null, SITE_LINKS),
            new Endpoint("GET", "/admin/api/v1/outage-notices", null, IT_ONLY),
            new Endpoint("POST", "/admin/api/v1/outage-notices", "{}", IT_ONLY),
            new Endpoint("PUT", "/admin/api/v1/outage-notices/999999", "{}", IT_ONLY),
            new Endpoint("POST", "/admin/api/v1/outage-notices/999999/cancel", null, IT_ONLY),
            new Endpoint("GET", "/admin/api/v1/contributors", null, REGISTRY_READERS),
            new Endpoint("GET", "/admin/api/v1/contributors/contributors.xlsx?year=2026", null, REGISTRY_READERS),
            new Endpoint("GET", "/admin/api/v1/contributors/999999", null, REGISTRY_READERS),
            new Endpoint("POST", "/admin/api/v1/contributors", "{}", BOARD),
            new Endpoint("PUT", "/admin/api/v1/contributors/999999", "{}", BOARD),
            new Endpoint("POST", "/admin/api/v1/contributors/999999/deactivate", null, BOARD),
            new Endpoint("POST", "/admin/api/v1/contributors/999999/reactivate", null, BOARD),
            new Endpoint("POST", "/admin/api/v1/contributors/999999/invitation", "{}", IT_ONLY),
            new Endpoint("GET", "/admin/api/v1/training-courses?year=2023", null, BOARD),
            new Endpoint("POST", "/admin/api/v1/training-courses", "{}", BOARD),
            new Endpoint("GET", "/admin/api/v1/training-courses/999999", null, BOARD),
            new Endpoint("PUT", "/admin/api/v1/training-courses/999999", "{}", BOARD),
            new Endpoint("DELETE", "/admin/api/v1/training-courses/999999", null, BOARD),
            new Endpoint("POST", "/admin/api/v1/training-courses/999999/materials", "x", BOARD, "application/octet-stream"),
            new Endpoint("GET", "/admin/api/v1/training-courses/999999/materials/1", null, BOARD),
            new Endpoint("DELETE", "/admin/api/v1/training-courses/999999/materials/1", null, BOARD),
            new Endpoint("GET", "/admin/api/v1/statistics/visits?from=2001-01-01&to=2001-01-31", null, VISIT_STATISTICS),
            new Endpoint("GET", "/admin/api/v1/statistics/visits.xlsx?from=2001-01-01&to=2001-01-31", null, VISIT_STATISTICS),
            new Endpoint("GET", "/admin/api/v1/site/theme", null, THEME),
            new Endpoint("PUT", "/admin/api/v1/site/theme", "{}", THEME),
            new Endpoint("POST", "/admin/api/v1/site/theme/images", "x", THEME, "application/octet-stream"));

    /** The site's information and the outage notices on the public site: the same page for everyone, signed in or not. */
    static final List<String> PUBLIC_PAGES = List.of("/gioi-thieu", "/gioi-thieu/lich-su", "/gioi-thieu/lien-he",
            "/gioi-thieu/diem-du-lich", "/gioi-thieu/diem-du-lich/ho-suoi-vong", "/gioi-thieu/co-cau-to-chuc", "/gioi-thieu/lanh-dao",
            "/en/organisation", "/en/leaders", "/en/contact", "/api/v1/notices", "/api/v1/visits/counter");

    /**
     * Public endpoints that take input: open to everyone, signed in or not, with the same answer for every role and
     * for anonymous visitors (an unknown page or banner is 404 for all).
     */
    static final List<Endpoint> PUBLIC_ENDPOINTS = List.of(
            new Endpoint("POST", "/api/v1/ratings", "{\"kind\":\"ITEM\",\"ref\":\"khong-co-tin-nay\",\"score\":4}", EVERY_ROLE),
            new Endpoint("POST", "/danh-gia", "loai=PAGE&ma=khong-co&diem=4", EVERY_ROLE, "application/x-www-form-urlencoded"),
            new Endpoint("GET", "/qc/999999999", null, EVERY_ROLE),
            new Endpoint("GET", "/hoi-dap/tep/HD-2023-ZZZZZZ/0123456789abcdef0123456789abcdef", null, EVERY_ROLE));

    @Test
    void publicEndpointsAnswerEveryRoleAndAnonymousAlike() {
        List<String> wrong = new ArrayList<>();
        List<Portal> callers = new ArrayList<>();
        callers.add(Portal.anonymous());
        for (Role role : Role.values()) {
            callers.add(Portal.as(role));
        }
        for (Endpoint endpoint : PUBLIC_ENDPOINTS) {
            for (Portal caller : callers) {
                int status = endpoint.call(caller).statusCode();
                if (status != 404) {
                    wrong.add(endpoint.method() + " " + endpoint.path() + " -> " + status);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static List<Portal> anonymousAndEveryRole() {
        List<Portal> callers = new ArrayList<>(List.of(Portal.anonymous()));
        for (Role role : Role.values()) {
            callers.add(Portal.as(role));
        }
        return callers;
    }

    /** The visit beacon: the same 204 for every role and for anonymous visitors, never a sign-in or a refusal. */
    @Test
    void theVisitBeaconAnswersEveryRoleAndAnonymousAlike() {
        List<String> wrong = new ArrayList<>();
        for (Portal caller : anonymousAndEveryRole()) {
            int status = caller.send("POST", "/api/v1/visits", "text/plain", "{\"path\":\"/hoi-dap\",\"referrer\":\"\"}"
                    .getBytes(StandardCharsets.UTF_8)).statusCode();
            if (status != 204) {
                wrong.add("POST /api/v1/visits -> " + status);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyPageIsShownToItsRolesAndRefusedToTheOthers() {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            Portal session = Portal.as(role);
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
    void theSiteInformationPagesAndTheNoticesAreOpenToEveryRoleAndToAnonymousVisitors() {
        List<String> wrong = new ArrayList<>();
        for (Portal caller : anonymousAndEveryRole()) {
            for (String path : PUBLIC_PAGES) {
                int status = caller.get(path).statusCode();
                if (status != 200) {
                    wrong.add(path + " -> " + status);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(404, Portal.anonymous().get("/gioi-thieu/khong-co-trang-nay").statusCode());
        assertEquals(404, Portal.anonymous().get("/en/khong-co").statusCode());
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

    /** One signed-in session per role (HTTP Basic reaches the same role checks; see SignInPathsIT and AdminApiIT). */
    @Test
    void everyEndpointAnswersItsRolesAndRefusesTheOthersWith403() {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            Portal api = Portal.as(role);
            for (Endpoint endpoint : ENDPOINTS) {
                int status = endpoint.call(api).statusCode();
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
            HttpResponse<String> response = endpoint.call(anonymous);
            if (response.statusCode() != 401) {
                fail(endpoint.method() + " " + endpoint.path() + " -> " + response.statusCode());
            }
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        }
    }

    /**
     * A call on one object (an item, its revisions, its autosave, an uploaded file) of {@code owner}: the status
     * its owner gets, the status someone else with a writing role gets (404, like an unknown id, unless their role
     * reads every item), and the status of the roles without the call (403).
     */
    record ObjectCall(String method, String path, String body, int owner, int editorialBoard, int otherWriter) {

        int expected(Role role, boolean owns) {
            if (!WRITERS.contains(role)) {
                return 403;
            }
            if (owns) {
                return owner;
            }
            return role == Role.EDITOR || role == Role.APPROVER ? editorialBoard : otherWriter;
        }
    }

    /**
     * In this order: {item} and {media} stand for the owner's draft and upload; the owner has autosaved the draft
     * and calls last, so that their own discard and save come after everyone else's attempts.
     */
    static final List<ObjectCall> OBJECT_CALLS = List.of(
            new ObjectCall("GET", "/admin/api/v1/items/{item}", null, 200, 200, 404),
            new ObjectCall("GET", "/admin/api/v1/items/{item}/revisions", null, 200, 200, 404),
            new ObjectCall("GET", "/admin/api/v1/items/{item}/revisions/diff?older=1&newer=1", null, 200, 200, 404),
            new ObjectCall("GET", "/admin/api/v1/items/{item}/similar", null, 200, 200, 404),
            new ObjectCall("GET", "/admin/api/v1/items/{item}/autosave", null, 200, 204, 404),
            new ObjectCall("PUT", "/admin/api/v1/items/{item}/autosave", "{\"title\":\"Chen ngang\",\"lead\":\"x\",\"body\":\"<p>x</p>\"}",
                    200, 403, 404),
            new ObjectCall("DELETE", "/admin/api/v1/items/{item}/autosave", null, 204, 404, 404),
            new ObjectCall("PUT", "/admin/api/v1/items/{item}", "{draft}", 200, 403, 404),
            new ObjectCall("POST", "/admin/api/v1/items/{item}/steps", "{\"action\":\"TAKE_FOR_EDITING\"}", 403, 403, 404),
            new ObjectCall("GET", "/admin/api/v1/media/{media}", null, 200, 200, 404));

    @Test
    void everyCallOnAnObjectAnswersItsOwnerAndTheEditorialBoardAndNobodyElse() {
        List<String> wrong = new ArrayList<>();
        java.util.Map<Role, Portal> sessions = new java.util.EnumMap<>(Role.class);
        for (Role owner : WRITERS) {
            Portal ownerApi = Portal.as(owner);
            String title = "Bản nháp riêng " + owner + " " + ContentFixture.token();
            String item = Json.field(ContentFixture.created(ownerApi, title, "<p>Nội dung riêng</p>"), "id");
            assertEquals(200, ownerApi.json("PUT", "/admin/api/v1/items/" + item + "/autosave",
                    "{\"title\":\"Tự lưu riêng\",\"lead\":\"x\",\"body\":\"<p>Tự lưu riêng</p>\"}").statusCode());
            String media = Json.field(ownerApi.upload("anh-rieng.png", TestImages.scene(40, 30, "png", "R")).body(), "id");
            List<Role> callers = new ArrayList<>(EVERY_ROLE);
            callers.remove(owner);
            callers.add(owner);
            for (Role caller : callers) {
                boolean owns = caller == owner;
                Portal api = sessions.computeIfAbsent(caller, Portal::as);
                for (ObjectCall call : OBJECT_CALLS) {
                    String path = call.path().replace("{item}", item).replace("{media}", media);
                    String body = call.body() == null ? null
                            : call.body().replace("{draft}", ContentFixture.draftJson(title + " (sửa)", "<p>Sửa</p>"));
                    HttpResponse<String> response = api.json(call.method(), path, body);
                    int expected = call.expected(caller, owns);
                    String what = caller + (owns ? " (owner) " : " (owner " + owner + ") ") + call.method() + " " + call.path();
                    if (response.statusCode() != expected) {
                        wrong.add(what + " -> " + response.statusCode() + ", expected " + expected);
                    } else if (expected >= 400 && response.body().contains("riêng")) {
                        wrong.add(what + " shows the owner's text: " + response.body());
                    }
                    if (!owns && "0".equals(Database.strings("SELECT COUNT(*) FROM content_autosave WHERE item_id = ?",
                            Long.parseLong(item)).get(0))) {
                        wrong.add(what + " removed the owner's autosave");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theEditorScreenOfAnItemOpensForItsOwnerAndTheEditorialBoardAndAnswersOthersLikeAnUnknownId() {
        List<String> wrong = new ArrayList<>();
        for (Role owner : WRITERS) {
            String title = "Bản nháp trên màn hình " + owner + " " + ContentFixture.token();
            String item = Json.field(ContentFixture.created(Portal.as(owner), title, "<p>Nội dung riêng</p>"), "id");
            for (Role caller : WRITERS) {
                HttpResponse<String> screen = Portal.as(caller).get("/admin/content/item.xhtml?id=" + item);
                boolean reads = caller == owner || caller == Role.EDITOR || caller == Role.APPROVER;
                boolean shown = screen.statusCode() == 200 && screen.body().contains(title);
                boolean unknown = screen.statusCode() == 404 && !screen.body().contains(title);
                if (reads ? !shown : !unknown) {
                    wrong.add(caller + " item of " + owner + " -> " + screen.statusCode());
                }
            }
        }
        HttpResponse<String> unknown = Portal.as(Role.CONTRIBUTOR).get("/admin/content/item.xhtml?id=999999999");
        assertEquals(404, unknown.statusCode());
        assertEquals(List.of(), wrong);
    }

    /**
     * A posting request of the demo unit reporter's unit: its unit and the editorial board read it, another unit's
     * reporter gets 404 as for an unknown id, the other roles 403; only the board decides it.
     */
    @Test
    void aPostingRequestIsReadByItsUnitAndTheBoardAndDecidedByTheBoardOnly() {
        HttpResponse<String> submitted = Portal.as(Role.UNIT_REPORTER).json("POST", "/admin/api/v1/posting-requests",
                "{\"number\":\"9/KH-UBND-" + ContentFixture.token() + "\",\"summary\":\"Kế hoạch riêng của đơn vị\"}");
        assertEquals(201, submitted.statusCode(), submitted.body());
        String path = "/admin/api/v1/posting-requests/" + Json.field(submitted.body(), "id");
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            int expected = role == Role.UNIT_REPORTER || BOARD.contains(role) ? 200 : 403;
            int status = Portal.as(role).get(path).statusCode();
            if (status != expected) {
                wrong.add(role + " GET " + path + " -> " + status + ", expected " + expected);
            }
        }
        HttpResponse<String> other = LegalDocsFixture.newReporter("Đơn vị khác").api().get(path);
        if (other.statusCode() != 404 || other.body().contains("riêng")) {
            wrong.add("another unit's reporter -> " + other.statusCode() + " " + other.body());
        }
        int ownDecision = Portal.as(Role.UNIT_REPORTER).json("POST", path + "/decline", "{\"reason\":\"tự hủy\"}").statusCode();
        if (ownDecision != 403) {
            wrong.add("its own unit's reporter declines -> " + ownDecision);
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * One-stop results: a unit reporter submits their own unit's month and is refused another unit's (the line named,
     * nothing stored); the editorial board submits for every unit.
     */
    @Test
    void oneStopResultsAreSubmittedByAUnitForItselfAndByTheBoardForEveryUnit() {
        String header = "don_vi,ky,tiep_nhan_moi,ton_ky_truoc,giai_quyet_truoc_han,giai_quyet_dung_han,giai_quyet_tre_han,"
                + "dang_giai_quyet_trong_han,dang_giai_quyet_qua_han,tra_lai_rut\n";
        String period = "2002-03";
        String path = "/admin/api/v1/import/one-stop?period=" + period;
        String own = header + "Xã Xuân Đường," + period + ",5,0,1,3,0,1,0,0\n";
        String other = header + "Xã Long Giao," + period + ",7,0,0,7,0,0,0,0\n";
        byte[] both = (header + "Xã Xuân Đường," + period + ",5,0,1,3,0,1,0,0\nXã Long Giao," + period + ",7,0,0,7,0,0,0,0\n")
                .getBytes(StandardCharsets.UTF_8);
        List<String> wrong = new ArrayList<>();
        Portal reporter = Portal.as(Role.UNIT_REPORTER);
        HttpResponse<String> ownLine = reporter.send("POST", path, "text/csv", own.getBytes(StandardCharsets.UTF_8));
        if (ownLine.statusCode() != 200) {
            wrong.add("unit reporter, own unit -> " + ownLine.statusCode() + " " + ownLine.body());
        }
        HttpResponse<String> otherLine = reporter.send("POST", path, "text/csv", other.getBytes(StandardCharsets.UTF_8));
        if (otherLine.statusCode() != 400 || !otherLine.body().contains("dòng 2.don_vi")) {
            wrong.add("unit reporter, other unit -> " + otherLine.statusCode() + " " + otherLine.body());
        }
        for (Role board : BOARD) {
            HttpResponse<String> all = Portal.as(board).send("POST", path, "text/csv", both);
            if (all.statusCode() != 200 || !all.body().contains("\"units\":2")) {
                wrong.add(board + ", every unit -> " + all.statusCode() + " " + all.body());
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(List.of("7"), Database.strings("SELECT r.received_new FROM one_stop_result r JOIN unit u ON u.id = r.unit_id"
                + " WHERE r.period = ? AND u.short_name = ?", period, "Xã Long Giao"));
    }

    /**
     * A question forwarded to the demo reporter's unit: that reporter reads and answers it and attaches a file to the
     * draft; a reporter of another unit gets 404 as for an unknown id on every call (the draft's file included) and does
     * not find it in their list; the board reads it and the draft's file; the public site does not serve the draft's file.
     */
    @Test
    void aForwardedQuestionAnswersItsUnitsReporterAndTheBoardAndNoOtherUnit() {
        String token = ContentFixture.token();
        String code = QuestionsFixture.askWithFile(Portal.anonymous().from("192.0.2.200"), QuestionsFixture.question(token, "WITH_NAME"),
                "don-de-nghi.png", TestImages.scene(30, 20, "png", "Q"));
        long id = QuestionsFixture.idOf(code);
        assertEquals(200, QuestionsFixture.forward(id, QuestionsFixture.reportersUnit()).statusCode());
        String password = "Mat-khau-don-vi-khac-1";
        Portal other = Portal.basic(QuestionsFixture.reporterOfAnotherUnit(password), password);
        String base = "/admin/api/v1/questions/" + id;
        HttpResponse<String> attached = Portal.as(Role.UNIT_REPORTER).upload(base + "/answer-files", "so-do-thua-dat.png",
                TestImages.scene(30, 20, "png", "S"));
        assertEquals(200, attached.statusCode(), attached.body());
        String key = Json.field(attached.body().substring(attached.body().indexOf("\"answerFiles\"")), "key");
        String file = base + "/answer-files/" + key;
        assertEquals(404, other.upload(base + "/answer-files", "chen-ngang.png", TestImages.scene(30, 20, "png", "O")).statusCode(),
                "another unit cannot attach to the draft");
        assertEquals(404, other.bytes(file).statusCode(), "another unit cannot download the draft's file");
        assertEquals(200, Portal.as(Role.APPROVER).bytes(file).statusCode(), "the board reads the draft's file");
        assertEquals(200, Portal.as(Role.UNIT_REPORTER).bytes(file).statusCode(), "the unit reads its draft's file");
        assertEquals(404, Portal.anonymous().bytes("/hoi-dap/tep/" + code + "/" + key).statusCode(), "not public before publication");
        List<String> wrong = new ArrayList<>();
        for (String[] call : List.of(new String[] {"GET", base, null}, new String[] {"GET", base + "/attachment", null},
                new String[] {"DELETE", file, null},
                new String[] {"POST", base + "/answer", "{\"answer\":\"Chen ngang\"}"},
                new String[] {"POST", base + "/decline", "{\"reason\":\"Chen ngang\"}"},
                new String[] {"POST", base + "/extend", "{\"reason\":\"Chen ngang\",\"workingDays\":3}"})) {
            HttpResponse<String> response = other.json(call[0], call[1], call[2]);
            if (response.statusCode() != 404 || response.body().contains(code)) {
                wrong.add("other unit " + call[0] + " " + call[1] + " -> " + response.statusCode());
            }
        }
        assertEquals(List.of(), wrong);
        assertFalse(other.get("/admin/api/v1/questions/mine?size=200").body().contains(code));
        assertEquals("FORWARDED", Json.field(Portal.as(Role.EDITOR).get(base).body(), "state"));
        HttpResponse<String> owner = Portal.as(Role.UNIT_REPORTER).get(base);
        assertEquals(200, owner.statusCode());
        assertEquals(200, Portal.as(Role.UNIT_REPORTER).bytes(base + "/attachment").statusCode(), "the unit's reporter reads the file");
        assertEquals(200, Portal.as(Role.APPROVER).bytes(base + "/attachment").statusCode(), "the board reads the file");
        assertTrue(owner.body().contains(code));
        assertEquals(200, Portal.as(Role.UNIT_REPORTER).json("POST", base + "/answer", "{\"answer\":\"Trả lời của đơn vị\"}").statusCode());
    }

    /**
     * Unit groups, object level: a quota supervisor reads the groups they supervise today and their rules; another
     * supervisor's group answers 404 like an unknown id and is absent from their lists and screens; a supervisor whose
     * assignment has ended no longer reads it; the board's approver and the IT administrator read every group.
     */
    @Test
    void aUnitGroupIsReadByItsSupervisorsAndTheBoardAndAnswersAnotherSupervisorLikeAnUnknownId() {
        UnitGroupFixture.Supervised one = UnitGroupFixture.supervisedGroup("Khối riêng một");
        UnitGroupFixture.Supervised two = UnitGroupFixture.supervisedGroup("Khối riêng hai");
        for (UnitGroupFixture.Supervised group : List.of(one, two)) {
            assertEquals(200, Portal.as(Role.APPROVER).json("PUT", "/admin/api/v1/quota/rules",
                    UnitGroupFixture.ruleJson(group.groupId(), UnitGroupFixture.nextQuarter(), "EACH_UNIT", 1, 0, 0)).statusCode());
        }
        List<String> wrong = new ArrayList<>();
        for (UnitGroupFixture.Supervised owner : List.of(one, two)) {
            UnitGroupFixture.Supervised other = owner == one ? two : one;
            String path = "/admin/api/v1/unit-groups/" + owner.groupId();
            expect(wrong, "owner GET " + path, owner.api().get(path), 200, owner.groupName(), null);
            expect(wrong, "other supervisor GET " + path, other.api().get(path), 404, null, owner.groupName());
            expect(wrong, "owner's list", owner.api().get("/admin/api/v1/unit-groups"), 200, owner.groupName(), other.groupName());
            expect(wrong, "owner's rules", owner.api().get("/admin/api/v1/quota/rules"), 200, owner.groupCode(), other.groupCode());
            Portal screens = owner.signedIn();
            expect(wrong, "owner's groups screen", screens.get("/admin/quota/groups.xhtml"), 200, owner.groupName(), other.groupName());
            expect(wrong, "owner's rules screen", screens.get("/admin/quota/rules.xhtml"), 200, owner.groupName(), other.groupName());
            for (Role board : QUOTA_MAINTAINERS) {
                expect(wrong, board + " GET " + path, Portal.as(board).get(path), 200, owner.groupName(), null);
            }
            expect(wrong, "demo supervisor GET " + path, Portal.as(Role.QUOTA_SUPERVISOR).get(path), 404, null, owner.groupName());
        }
        String assignment = Json.field(Portal.as(Role.APPROVER).get("/admin/api/v1/unit-groups/" + one.groupId()).body()
                .replaceFirst("^.*?\"supervisors\"", ""), "id");
        assertEquals(200, Portal.as(Role.APPROVER).json("POST", "/admin/api/v1/unit-groups/" + one.groupId() + "/supervisors/"
                + assignment + "/end", "{\"validTo\":\"2021-12-31\"}").statusCode());
        expect(wrong, "ended supervisor GET", one.api().get("/admin/api/v1/unit-groups/" + one.groupId()), 404, null, one.groupName());
        assertEquals(List.of(), wrong);
    }

    /**
     * A quarter's quota results, object level: the board reads every group's rows, a quota supervisor only the rows
     * of the groups they supervise, a unit reporter only their own unit's row.
     */
    @Test
    void quotaResultsAreReadByTheBoardForEveryGroupBySupervisorsForTheirGroupsAndByAReporterForTheirUnit() {
        String token = ContentFixture.token();
        UnitGroupFixture.Supervised one = UnitGroupFixture.supervisedGroup("Khối kết quả một");
        UnitGroupFixture.Supervised two = UnitGroupFixture.supervisedGroup("Khối kết quả hai");
        QuotaFixture.rule(one.groupId(), 2000, 1, "EACH_UNIT", 0, 1, 0);
        QuotaFixture.rule(two.groupId(), 2000, 1, "EACH_UNIT", 0, 1, 0);
        String unitOne = "Xã kết quả một " + token;
        String neighbourOfOne = "Xã láng giềng " + token;
        String unitTwo = "Xã kết quả hai " + token;
        long reportersUnit = QuotaFixture.unit(one.groupId(), unitOne);
        QuotaFixture.unit(one.groupId(), neighbourOfOne);
        QuotaFixture.unit(two.groupId(), unitTwo);
        long counted = QuotaFixture.item(reportersUnit, "ARTICLE", "PUBLISHED", java.time.LocalDateTime.of(2002, 8, 1, 9, 0));
        String countedTitle = QuotaFixture.titleOf(counted);
        QuotaFixture.run(2002, 3, false);
        String path = "/admin/api/v1/quota-compliance?year=2002&quarter=3";
        List<String> wrong = new ArrayList<>();
        expect(wrong, "supervisor of group one", one.api().get(path), 200, unitOne, unitTwo);
        expect(wrong, "supervisor of group two", two.api().get(path), 200, unitTwo, unitOne);
        expect(wrong, "supervisor of neither", Portal.as(Role.QUOTA_SUPERVISOR).get(path), 200, null, unitOne);
        expect(wrong, "supervisor of neither", Portal.as(Role.QUOTA_SUPERVISOR).get(path), 200, null, unitTwo);
        for (Role board : QUOTA_MAINTAINERS) {
            expect(wrong, board + " (one)", Portal.as(board).get(path), 200, unitOne, null);
            expect(wrong, board + " (two)", Portal.as(board).get(path), 200, unitTwo, null);
        }
        Portal reporter = QuotaFixture.reporterOf(reportersUnit).api();
        expect(wrong, "reporter of unit one", reporter.get(path), 200, unitOne, unitTwo);
        expect(wrong, "reporter of unit one", reporter.get(path), 200, unitOne, neighbourOfOne);
        String row = QuotaFixture.rowsOf(2002, 3, unitOne).get(0);
        String items = "/admin/api/v1/quota-compliance/" + Json.field(row, "id") + "/items?year=2002&quarter=3";
        expect(wrong, "supervisor of group one, items of unit one", one.api().get(items), 200, countedTitle, null);
        expect(wrong, "reporter of unit one, its items", reporter.get(items), 200, countedTitle, null);
        expect(wrong, "approver, items of unit one", Portal.as(Role.APPROVER).get(items), 200, countedTitle, null);
        expect(wrong, "supervisor of group two, items of unit one", two.api().get(items), 404, null, countedTitle);
        expect(wrong, "supervisor of neither, items of unit one", Portal.as(Role.QUOTA_SUPERVISOR).get(items), 404, null, countedTitle);
        String neighbourRow = QuotaFixture.rowsOf(2002, 3, neighbourOfOne).get(0);
        expect(wrong, "reporter of unit one, its neighbour's items", reporter.get("/admin/api/v1/quota-compliance/"
                + Json.field(neighbourRow, "id") + "/items?year=2002&quarter=3"), 404, null, null);
        assertEquals(List.of(), wrong);
    }

    /** A fragment that pages include (the home page's quota progress panel) is never served on its own, to anyone. */
    @Test
    void theQuotaProgressPanelIsIncludedByTheHomePageAndNeverServedOnItsOwn() {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            HttpResponse<String> response = Portal.as(role).get("/admin/quota/progress-panel.xhtml");
            if (response.statusCode() != 403 || response.body().contains("quota-progress-title")) {
                wrong.add(role + " -> " + response.statusCode());
            }
        }
        HttpResponse<String> anonymous = Portal.anonymous().get("/admin/quota/progress-panel.xhtml");
        if (anonymous.statusCode() == 200 || anonymous.body().contains("quota-progress-title")) {
            wrong.add("anonymous -> " + anonymous.statusCode());
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * A notice (a quota reminder) of the demo unit reporter: its owner reads it in their list and alone, and marks it
     * read; every other role gets 404 for it as for an unknown id, cannot mark it read, and never sees it listed. The
     * home page's notices fragment is never served on its own.
     */
    @Test
    void aNoticeIsReadAndMarkedReadByItsOwnerOnlyAndAnswersEveryoneElseLikeAnUnknownId() {
        String lagging = "Đơn vị nhắc riêng " + ContentFixture.token();
        Database.update("""
                INSERT INTO quota_reminder (site_id, group_id, unit_id, account_id, week_of, year, quarter, lagging_name,
                    missing_news, missing_articles, missing_posted, days_left, sent_at)
                SELECT a.site_id, u.group_id, u.id, a.id, DATE('2001-01-01') + INTERVAL (UNIX_TIMESTAMP(NOW(6)) * 1000000 MOD 100000) WEEK,
                    2001, 1, ?, 3, 1, 0, 26, UTC_TIMESTAMP()
                FROM account a JOIN unit u ON u.id = a.unit_id WHERE a.login = ?""", lagging, Portal.loginOf(Role.UNIT_REPORTER));
        String id = Database.strings("SELECT id FROM quota_reminder WHERE lagging_name = ?", lagging).get(0);
        String path = "/admin/api/v1/notifications/" + id;
        Portal owner = Portal.as(Role.UNIT_REPORTER);
        List<String> wrong = new ArrayList<>();
        expect(wrong, "owner's list", owner.get("/admin/api/v1/notifications"), 200, lagging + " còn thiếu 3 tin, 1 bài", null);
        expect(wrong, "owner GET " + path, owner.get(path), 200, lagging, null);
        for (Role other : EVERY_ROLE) {
            if (other != Role.UNIT_REPORTER) {
                Portal caller = Portal.as(other);
                expect(wrong, other + " GET " + path, caller.get(path), 404, null, lagging);
                expect(wrong, other + " POST " + path + "/read", caller.json("POST", path + "/read", null), 404, null, lagging);
                expect(wrong, other + "'s list", caller.get("/admin/api/v1/notifications"), 200, null, lagging);
            }
            HttpResponse<String> fragment = Portal.as(other).get("/admin/notifications/panel.xhtml");
            if (fragment.statusCode() != 403) {
                wrong.add(other + " GET the notices fragment -> " + fragment.statusCode());
            }
        }
        expect(wrong, "owner GET " + path + " still unread", owner.get(path), 200, "\"read\":false", null);
        expect(wrong, "owner's home page", Portal.as(Role.UNIT_REPORTER).get("/admin/index.xhtml"), 200, lagging, null);
        expect(wrong, "another role's home page", Portal.as(Role.EDITOR).get("/admin/index.xhtml"), 200, null, lagging);
        expect(wrong, "owner POST " + path + "/read", owner.json("POST", path + "/read", null), 200, "\"read\":true", null);
        expect(wrong, "owner's list once read", owner.get("/admin/api/v1/notifications"), 200, null, lagging);
        assertEquals(List.of(), wrong);
    }

    private static void expect(List<String> wrong, String what, HttpResponse<String> response, int status, String shown, String hidden) {
        if (response.statusCode() != status || shown != null && !response.body().contains(shown)
                || hidden != null && response.body().contains(hidden)) {
            wrong.add(what + " -> " + response.statusCode() + ", expected " + status
                    + (shown == null ? "" : " showing " + shown) + (hidden == null ? "" : " without " + hidden));
        }
    }

    /**
     * The signed file of an advertising contract: the board's approver, who keeps the contracts, downloads it as it was
     * uploaded; every other role is refused (403), anonymous callers are challenged (401); without a file, 404.
     */
    @Test
    void aContractsSignedFileIsDownloadedByTheApproverAndRefusedToEveryOtherRole() throws java.io.IOException {
        String token = ContentFixture.token();
        String contract = AdvertisingFixture.contract(AdvertisingFixture.advertiser("Công ty Tệp " + token), "HĐ-TEP-" + token, "HOME",
                java.time.LocalDate.of(2030, 1, 1), java.time.LocalDate.of(2030, 1, 31), 1_000, null);
        String path = "/admin/api/v1/advertising/contracts/" + contract + "/file";
        try {
            assertEquals(404, AdvertisingFixture.approver().bytes(path).statusCode(), "no file attached yet");
            byte[] pdf = LegalDocsFixture.pdf();
            HttpResponse<String> attached = AdvertisingFixture.approver().upload(path, "Hợp đồng đã ký " + token + ".pdf", pdf);
            assertEquals(200, attached.statusCode(), attached.body());
            List<String> wrong = new ArrayList<>();
            for (Role role : Role.values()) {
                HttpResponse<byte[]> response = Portal.as(role).bytes(path);
                boolean approver = role == Role.APPROVER;
                if (response.statusCode() != (approver ? 200 : 403) || approver != java.util.Arrays.equals(pdf, response.body())) {
                    wrong.add(role + " -> " + response.statusCode());
                }
            }
            assertEquals(List.of(), wrong);
            HttpResponse<byte[]> download = AdvertisingFixture.approver().bytes(path);
            String disposition = download.headers().firstValue("Content-Disposition").orElse("");
            assertTrue(disposition.startsWith("attachment; filename=\"") && disposition.contains(token), disposition);
            assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals(401, Portal.anonymous().bytes(path).statusCode());
        } finally {
            AdvertisingFixture.deleteContract(contract);
        }
    }

    @Test
    void aSignedInSessionAlsoOpensTheApiForItsRoles() {
        Portal finance = Portal.as(Role.FINANCE);
        assertEquals(200, finance.get("/admin/api/v1/me").statusCode());
        assertEquals(403, finance.get("/admin/api/v1/accounts").statusCode());
    }

    /** The back-office API's OpenAPI document: every staff role, by session and by Basic; anonymous 401. */
    @Test
    void theBackOfficeApiDocumentIsForSignedInStaffOnly() {
        String document = "/admin/api/v1/openapi.yaml";
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Portal caller : List.of(Portal.as(role), Portal.basic(role))) {
                HttpResponse<String> response = caller.get(document);
                if (response.statusCode() != 200 || !response.body().startsWith("openapi: 3.0.")
                        || !response.headers().firstValue("Content-Type").orElse("").startsWith("application/yaml")) {
                    wrong.add(role + " -> " + response.statusCode());
                }
            }
        }
        assertEquals(List.of(), wrong);
        HttpResponse<String> anonymous = Portal.anonymous().get(document);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertFalse(anonymous.body().contains("openapi:"));
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
                int status = Portal.as(role).json(endpoint.method(), path, null).statusCode();
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

    /** The quota job's execution endpoints answer its own runs and take the payroll job's for unknown, and the other way round. */
    @Test
    void theQuotaJobsEndpointsAnswerItsOwnExecutionsAndTakeAnotherJobsExecutionForUnknown() {
        long payrollRun = finishedPayrollRun();
        long quotaRun = QuotaFixture.run(2001, 1, false);
        java.util.Map<Role, Integer> readers = java.util.Map.of(Role.APPROVER, 200, Role.IT_ADMIN, 200, Role.QUOTA_SUPERVISOR, 200);
        java.util.Map<Role, Integer> unknownToReaders = java.util.Map.of(Role.APPROVER, 404, Role.IT_ADMIN, 404, Role.QUOTA_SUPERVISOR, 404);
        List<Object[]> calls = List.of(
                new Object[] {"GET", "/admin/api/v1/jobs/quota-compliance/executions/" + quotaRun, readers},
                new Object[] {"POST", "/admin/api/v1/jobs/quota-compliance/executions/" + quotaRun + "/restart",
                        java.util.Map.of(Role.APPROVER, 409, Role.IT_ADMIN, 409)},
                new Object[] {"GET", "/admin/api/v1/jobs/quota-compliance/executions/" + payrollRun, unknownToReaders},
                new Object[] {"POST", "/admin/api/v1/jobs/quota-compliance/executions/" + payrollRun + "/restart",
                        java.util.Map.of(Role.APPROVER, 404, Role.IT_ADMIN, 404)},
                new Object[] {"GET", "/admin/api/v1/jobs/royalty-payroll/executions/" + quotaRun,
                        java.util.Map.of(Role.FINANCE, 404, Role.APPROVER, 404)},
                new Object[] {"POST", "/admin/api/v1/jobs/royalty-payroll/executions/" + quotaRun + "/restart", java.util.Map.of(Role.FINANCE, 404)});
        List<String> wrong = new ArrayList<>();
        for (Object[] call : calls) {
            @SuppressWarnings("unchecked")
            java.util.Map<Role, Integer> answers = (java.util.Map<Role, Integer>) call[2];
            for (Role role : Role.values()) {
                int status = Portal.as(role).json((String) call[0], (String) call[1], null).statusCode();
                if (status != answers.getOrDefault(role, 403)) {
                    wrong.add(role + " " + call[0] + " " + call[1] + " -> " + status + ", expected " + answers.getOrDefault(role, 403));
                }
            }
            int anonymous = Portal.anonymous().json((String) call[0], (String) call[1], null).statusCode();
            if (anonymous != 401) {
                wrong.add("anonymous " + call[0] + " " + call[1] + " -> " + anonymous);
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** A completed run of the payroll job, for a month before any test's works (an empty draft). */
    private static long finishedPayrollRun() {
        return RoyaltyFixture.runToCompletion(Portal.as(Role.FINANCE), "2019-07");
    }

    private static long finishedAccountReview() {
        Portal admin = Portal.as(Role.IT_ADMIN);
        HttpResponse<String> started = admin.json("POST", "/admin/api/v1/jobs/dormant-accounts?days=90", null);
        assertEquals(200, started.statusCode(), started.body());
        String id = Json.field(started.body(), "executionId");
        Await.until("the account review " + id + " to end", () -> admin.get("/admin/api/v1/jobs/executions/" + id).body(),
                body -> body.contains("\"status\":\"COMPLETED\"") || body.contains("\"status\":\"FAILED\""),
                java.time.Duration.ofSeconds(60));
        return Long.parseLong(id);
    }
}
