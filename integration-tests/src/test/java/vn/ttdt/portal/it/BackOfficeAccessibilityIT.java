package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * axe-core in Chromium over every back-office screen, as each demo role that uses it and with its dialogs opened: no
 * serious or critical WCAG 2.1 A/AA violation, and no violation of the back-office's Content-Security-Policy. {@link #SCREENS} must name every page under the back-office's webapp
 * folder, so that a screen added later fails {@link #everyBackOfficePageIsListed()} until it is listed here. The
 * longest class of the run, so it starts first ({@link Order}): the other thread runs the shorter ones beside it.
 */
@Order(1)
class BackOfficeAccessibilityIT extends ChromiumTest {

    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);
    private static final Set<Role> WRITERS = EnumSet.of(Role.CONTRIBUTOR, Role.UNIT_REPORTER, Role.EDITOR, Role.APPROVER);
    private static final Set<Role> ROYALTY = EnumSet.of(Role.APPROVER, Role.FINANCE);
    private static final Set<Role> BOARD = EnumSet.of(Role.EDITOR, Role.APPROVER);
    private static final Set<Role> ONE_STOP = EnumSet.of(Role.UNIT_REPORTER, Role.EDITOR, Role.APPROVER);
    private static final Set<Role> ANONYMOUS = EnumSet.noneOf(Role.class);
    private static final String PAYROLL_MONTH = "2019-12";
    private static final String APPROVED_PAYROLL_MONTH = "2019-10";
    private static final String FAILED_PAYROLL_MONTH = "2018-10";

    /**
     * One line per page: its file under web/admin/src/main/webapp, the roles that use it, the buttons that open its
     * dialogs (steps separated by {@code >>}, e.g. a tab to show first, then the button).
     */
    private static final List<Screen> SCREENS = List.of(
            screen("login.xhtml", ANONYMOUS),
            screen("index.xhtml", EVERY_ROLE),
            screen("profile.xhtml", EVERY_ROLE),
            screen("content/inbox.xhtml", WRITERS),
            screen("content/item.xhtml", WRITERS).at(role -> role == Role.EDITOR ? "?id=" + itemInEditing() : ""),
            screen("org/units.xhtml", EnumSet.of(Role.QUOTA_SUPERVISOR, Role.APPROVER)),
            screen("org/units.xhtml", EnumSet.of(Role.IT_ADMIN),
                    "#units-form\\:new-unit", "#units-form\\:table button:has(.pi-pencil)", "#units-form\\:table button:has(.pi-ban)"),
            screen("quota/groups.xhtml", EnumSet.of(Role.QUOTA_SUPERVISOR)),
            screen("quota/groups.xhtml", EnumSet.of(Role.APPROVER, Role.IT_ADMIN),
                    "#groups-form\\:new-group", "#groups-form\\:groups button:has(.pi-pencil)",
                    "#groups-form\\:groups button:has(.pi-user-plus)"),
            screen("quota/rules.xhtml", EnumSet.of(Role.APPROVER, Role.QUOTA_SUPERVISOR, Role.IT_ADMIN)),
            screen("org/accounts.xhtml", EnumSet.of(Role.IT_ADMIN),
                    "#accounts-form\\:new-account", "#accounts-form\\:table button:has(.pi-pencil)",
                    "#accounts-form\\:table button:has(.pi-key)", "#accounts-form\\:table button:has(.pi-ban)"),
            screen("org/holidays.xhtml", EnumSet.of(Role.IT_ADMIN, Role.EDITOR, Role.APPROVER), "#holidays-form\\:new-day"),
            screen("categories/tree.xhtml", EnumSet.of(Role.APPROVER, Role.IT_ADMIN),
                    "#categories-form\\:new-category", "#categories-form\\:tree button:has(.pi-pencil)",
                    "#categories-form\\:tree button:has(.pi-eye-slash)"),
            screen("royalty/grading.xhtml", ROYALTY),
            screen("royalty/payrolls.xhtml", EnumSet.of(Role.APPROVER)),
            screen("royalty/payrolls.xhtml", EnumSet.of(Role.FINANCE), "#lists\\:history button:has(.pi-refresh)").at(role -> failedPayrollRun()),
            screen("royalty/payroll.xhtml", EnumSet.of(Role.APPROVER)).at(role -> "?month=" + payrollMonth()),
            screen("royalty/payroll.xhtml", EnumSet.of(Role.FINANCE), "#payroll-form\\:approve").at(role -> "?month=" + payrollMonth()),
            screen("royalty/payroll.xhtml", EnumSet.of(Role.FINANCE), "#payroll-form\\:payees button:has(.pi-phone)",
                    "#payroll-form\\:mark-paid").at(role -> "?month=" + approvedPayrollMonth()),
            screen("royalty/settings.xhtml", ROYALTY,
                    "#settings-form\\:tabs a[href$='roles-tab'] >> #settings-form\\:tabs\\:assignments button:has(.pi-stop)"),
            screen("import/items.xhtml", EnumSet.of(Role.APPROVER, Role.IT_ADMIN)),
            screen("audit/events.xhtml", EnumSet.of(Role.IT_ADMIN)),
            screen("legaldocs/documents.xhtml", BOARD, "#documents-form\\:new-document"),
            screen("legaldocs/requests.xhtml", BOARD,
                    "#requests-form\\:table button[id$=':post']", "#requests-form\\:table button[id$=':decline']").at(role -> openPostingRequest()),
            screen("legaldocs/mine.xhtml", EnumSet.of(Role.UNIT_REPORTER)),
            screen("legaldocs/terms.xhtml", BOARD, "#terms-form\\:new-term", "#terms-form\\:table button:has(.pi-pencil)"),
            screen("import/legal-documents.xhtml", EnumSet.of(Role.APPROVER, Role.IT_ADMIN)),
            screen("procedures/list.xhtml", BOARD, "#procedures-form\\:new-procedure"),
            screen("procedures/import.xhtml", BOARD),
            screen("one-stop/results.xhtml", ONE_STOP),
            screen("one-stop/import.xhtml", ONE_STOP),
            screen("questions/inbox.xhtml", BOARD, "#questions-form\\:table button[id$=':forward']",
                    "#questions-form\\:table button[id$=':spam']").at(role -> questionsToHandle()),
            screen("questions/inbox.xhtml", EnumSet.of(Role.APPROVER), "#questions-form\\:table button[id$=':approve']")
                    .at(role -> questionsToHandle() + "?state=ANSWER_DRAFTED"),
            screen("questions/inbox.xhtml", EnumSet.of(Role.APPROVER), "#questions-form\\:table button[id$=':publish']",
                    "#questions-form\\:table button[id$=':send-privately']").at(role -> questionsToHandle() + "?state=ANSWER_APPROVED"),
            screen("questions/overdue.xhtml", BOARD),
            screen("questions/statistics.xhtml", EnumSet.of(Role.UNIT_REPORTER, Role.EDITOR, Role.APPROVER)),
            screen("questions/mine.xhtml", EnumSet.of(Role.UNIT_REPORTER), "#mine-form\\:table button[id$=':answer']",
                    "#mine-form\\:table button[id$=':decline']", "#mine-form\\:table button[id$=':extend']")
                    .at(role -> questionsToHandle()),
            screen("quota/compliance.xhtml", EnumSet.of(Role.APPROVER, Role.IT_ADMIN, Role.QUOTA_SUPERVISOR)),
            screen("quota/dashboard.xhtml", EnumSet.of(Role.APPROVER, Role.QUOTA_SUPERVISOR)),
            screen("advertising/advertisers.xhtml", EnumSet.of(Role.APPROVER), "#advertisers-form\\:new-advertiser"),
            screen("advertising/contracts.xhtml", EnumSet.of(Role.APPROVER), "#contracts-form\\:new-contract"),
            screen("advertising/revenue.xhtml", ROYALTY),
            screen("reports/yearly.xhtml", EnumSet.of(Role.APPROVER, Role.IT_ADMIN)).at(role -> "?year=2023"),
            screen("ratings/results.xhtml", BOARD),
            screen("statistics/visits.xhtml", EnumSet.of(Role.EDITOR, Role.APPROVER, Role.IT_ADMIN)),
            screen("site/pages.xhtml", BOARD),
            screen("site/organisation.xhtml", BOARD, "#chart-form\\:new-body", "#chart-form\\:bodies button:has(.pi-pencil)",
                    "#chart-form\\:bodies button:has(.pi-trash)"),
            screen("site/tourist-sites.xhtml", BOARD, "#sites-form\\:new-site", "#sites-form\\:sites button:has(.pi-pencil)",
                    "#sites-form\\:sites button:has(.pi-trash)"),
            screen("site/links.xhtml", EnumSet.of(Role.EDITOR, Role.APPROVER, Role.IT_ADMIN), "#links-form\\:new-link",
                    "#links-form\\:links button:has(.pi-pencil)"),
            screen("notices/outages.xhtml", EnumSet.of(Role.IT_ADMIN), "#notices-form\\:new-notice"),
            screen("contributors/registry.xhtml", EnumSet.of(Role.FINANCE), "#contributors-form\\:table button:has(.pi-list)"),
            screen("contributors/registry.xhtml", BOARD, "#contributors-form\\:new-contributor",
                    "#contributors-form\\:table button:has(.pi-pencil)", "#contributors-form\\:table button:has(.pi-list)"),
            screen("contributors/registry.xhtml", EnumSet.of(Role.IT_ADMIN), "#contributors-form\\:table button:has(.pi-user-plus)"),
            screen("contributors/training.xhtml", BOARD, "#training-form\\:new-course", "#training-form\\:table button:has(.pi-pencil)")
                    .at(role -> "?year=2023"),
            screen("site/theme.xhtml", EnumSet.of(Role.APPROVER, Role.IT_ADMIN)),
            screen("error/403.xhtml", EnumSet.of(Role.CONTRIBUTOR)),
            screen("error/expired.xhtml", ANONYMOUS));

    /** Parts that pages include (and web.xml never serves alone): checked within their page, the home page's for the panel. */
    private static final Set<String> FRAGMENTS = Set.of("quota/progress-panel.xhtml");

    private static final Path WEBAPP = Path.of(System.getProperty("it.admin.webapp", "../web/admin/src/main/webapp"));

    /** The session of each role signed in once: switching back to a role takes its session again instead of signing in. */
    private static final Map<Role, Cookie> SESSIONS = new EnumMap<>(Role.class);

    private static String axe;
    private static Role signedInAs;
    private static String itemInEditing;
    private static boolean payrollReady;
    private static boolean approvedPayrollReady;
    private static boolean failedRunReady;
    private static boolean questionsReady;
    private static boolean postingRequestOpen;

    @BeforeAll
    static void readAxe() throws IOException {
        axe = AccessibilityIT.axeScript();
        browser().addScriptToEveryPage(axe);
        browser().watchContentSecurityPolicy();
        signedInAs = null;
        SESSIONS.clear();
    }

    @Test
    void everyBackOfficePageIsListed() throws IOException {
        Set<String> pages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            files.filter(f -> f.toString().endsWith(".xhtml")).filter(f -> !isFragment(f))
                    .map(f -> WEBAPP.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.startsWith("WEB-INF/") && !f.startsWith("resources/") && !FRAGMENTS.contains(f))
                    .forEach(pages::add);
        }
        assertTrue(pages.size() > 10, "no pages found under " + WEBAPP.toAbsolutePath());
        assertEquals(pages, new TreeSet<>(SCREENS.stream().map(Screen::file).toList()),
                "every page under web/admin/src/main/webapp is listed in BackOfficeAccessibilityIT.SCREENS");
    }

    /** A part that pages include (a composition without a template, such as a panel of the home page), not a page of its own. */
    private static boolean isFragment(Path file) {
        try {
            String text = Files.readString(file);
            return text.contains("<ui:composition") && !text.contains("template=");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyMenuEntryOfARoleIsListedForThatRole(Role role) {
        as(role);
        browser().open("/admin/index.xhtml");
        List<?> links = (List<?>) ((JavascriptExecutor) browser().driver()).executeScript(
                "return Array.from(document.querySelectorAll('#menu a')).map(function (a) { return a.href; });");
        List<String> menu = links.stream().map(String::valueOf)
                .map(href -> href.replaceFirst("^.*?/admin/", "").replaceFirst("\\?.*$", "")).toList();
        List<String> listed = SCREENS.stream().filter(s -> s.roles().contains(role)).map(Screen::file).toList();
        assertTrue(listed.containsAll(menu), role + "'s menu " + menu + " beyond " + listed);
    }

    /** Every screen as each of its roles, grouped by role so that the browser signs in once per role. */
    static Stream<Arguments> screensByRole() {
        List<Arguments> runs = new ArrayList<>();
        SCREENS.stream().filter(screen -> screen.roles().isEmpty()).forEach(screen -> runs.add(Arguments.of(screen.file(), null, screen)));
        for (Role role : Role.values()) {
            SCREENS.stream().filter(screen -> screen.roles().contains(role)).forEach(screen -> runs.add(Arguments.of(screen.file(), role, screen)));
        }
        return runs.stream();
    }

    /**
     * The screen, then each of its dialogs (the first one opened on the page just checked, each next one once the one
     * before is closed with the cross in its title bar, or on the page loaded again if it has none): no serious or critical axe violation, and no Content-Security-Policy violation (the back-office's
     * nonce policy) reported by the page or by a dialog's scripts.
     */
    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("screensByRole")
    void aScreenAndItsDialogsHaveNoSeriousOrCriticalViolation(String file, Role role, Screen screen) {
        as(role);
        String address = "/admin/" + file + screen.query().apply(role);
        List<String> found = new ArrayList<>();
        browser().open(address);
        browser().awaitAjax();
        int policyReports = policyViolations(file, 0, found);
        AccessibilityIT.seriousViolations(browser(), axe).forEach(v -> found.add(file + ": " + v));
        browser().screenshot("a11y-" + file.replace('/', '-').replace(".xhtml", "") + "-" + (role == null ? "anonymous" : role.roleName()));
        WebElement dialog = null;
        for (String opener : screen.dialogOpeners()) {
            if (dialog != null && !browser().closeDialog(dialog)) {
                browser().open(address);
                browser().awaitAjax();
                policyReports = 0;
            }
            for (String step : opener.split(" >> ")) {
                browser().click(By.cssSelector(step));
                browser().awaitAjax();
            }
            dialog = browser().openDialog();
            policyReports = policyViolations(file + " + " + opener, policyReports, found);
            AccessibilityIT.seriousViolations(browser(), axe, dialog).forEach(v -> found.add(file + " + " + opener + ": " + v));
        }
        assertEquals(List.of(), found, address + " as " + role);
    }

    /** Adds the CSP violations the page reported after its first {@code reported} ones to {@code found}; answers how many it reported. */
    private static int policyViolations(String where, int reported, List<String> found) {
        List<?> reports = browser().contentSecurityPolicyViolations();
        reports.subList(reported, reports.size()).forEach(v -> found.add(where + ": Content-Security-Policy " + v));
        return reports.size();
    }

    /** Signs in as the role (or out, for none) unless the browser already is; a role signed in before takes its session back. */
    private static void as(Role role) {
        if (role == signedInAs && role != null) {
            return;
        }
        if (!browser().driver().getCurrentUrl().startsWith(base().toString())) {
            browser().open("/admin/login.xhtml");
        }
        browser().driver().manage().deleteAllCookies();
        if (role != null && SESSIONS.containsKey(role)) {
            browser().driver().manage().addCookie(SESSIONS.get(role));
        } else if (role != null) {
            browser().signIn(Portal.loginOf(role), DemoAccount.PASSWORD);
            Cookie session = browser().driver().manage().getCookieNamed("JSESSIONID");
            SESSIONS.put(role, new Cookie.Builder(session.getName(), session.getValue()).path(session.getPath()).isHttpOnly(true).build());
        }
        signedInAs = role;
    }

    /** The rich-text editors checked for their link box: the item editor's body and a site page's text. */
    static Stream<Arguments> editors() {
        return Stream.of(Arguments.of(Role.CONTRIBUTOR, "/admin/content/item.xhtml", "#item-form\\:body"),
                Arguments.of(Role.EDITOR, "/admin/site/pages.xhtml", "#page-form\\:body"));
    }

    /**
     * The link box (Quill's tooltip) of every editor speaks Vietnamese while a link is entered and while one is shown,
     * its Edit, Save and Remove are named buttons (Edit pressed with Enter from the keyboard), and axe finds nothing
     * serious either way.
     */
    @ParameterizedTest(name = "{1}")
    @MethodSource("editors")
    void theEditorsLinkBoxSpeaksVietnameseAndHasNoSeriousOrCriticalViolation(Role role, String page, String editor) {
        as(role);
        browser().open(page);
        By text = By.cssSelector(editor + " .ql-editor");
        browser().click(text);
        browser().find(text).sendKeys("Liên kết thử", Keys.chord(Keys.CONTROL, "a"));
        browser().click(By.cssSelector(editor + " button.ql-link"));
        WebElement box = browser().find(By.cssSelector(editor + " .ql-tooltip.ql-editing"));
        WebElement action = box.findElement(By.cssSelector("a.ql-action"));
        assertEquals(List.of("\"Nhập liên kết:\"", "\"Lưu\"", "https://…", "Lưu"), List.of(captionOf(box, null, "::before"),
                captionOf(box, "a.ql-action", "::after"), box.findElement(By.cssSelector("input[type=text]")).getAttribute("placeholder"),
                String.valueOf(action.getAttribute("aria-label"))));
        assertEquals(List.of(), AccessibilityIT.seriousViolations(browser(), axe), page + ": the link box while entering a link");
        browser().screenshot("a11y-link-box-entering" + page.replace('/', '-').replace(".xhtml", ""));

        box.findElement(By.cssSelector("input[type=text]")).sendKeys("https://cammy.dongnai.gov.vn", Keys.ENTER);
        browser().click(By.cssSelector(editor + " .ql-editor a"));
        WebElement shown = browser().find(By.cssSelector(editor + " .ql-tooltip:not(.ql-hidden):not(.ql-editing)"));
        WebElement remove = shown.findElement(By.cssSelector("a.ql-remove"));
        assertEquals(List.of("\"Mở liên kết:\"", "\"Sửa\"", "\"Gỡ liên kết\"", "button Sửa", "button Gỡ liên kết"),
                List.of(captionOf(shown, null, "::before"), captionOf(shown, "a.ql-action", "::after"), captionOf(shown, "a.ql-remove", "::before"),
                        action.getAttribute("role") + " " + action.getAttribute("aria-label"),
                        remove.getAttribute("role") + " " + remove.getAttribute("aria-label")));
        assertEquals(List.of(), AccessibilityIT.seriousViolations(browser(), axe), page + ": the link box showing a link");
        browser().screenshot("a11y-link-box-showing" + page.replace('/', '-').replace(".xhtml", ""));

        action.sendKeys(Keys.ENTER);
        Await.until("Enter on Edit to open the address for editing", () -> shown.getAttribute("class"),
                c -> c.contains("ql-editing"), Duration.ofSeconds(5));
    }

    /** The text CSS shows before or after an element of the box (or the box itself): its {@code content}, an {@code attr()} read. */
    private static String captionOf(WebElement box, String selector, String pseudo) {
        return (String) ((JavascriptExecutor) browser().driver()).executeScript(
                "var e = arguments[1] ? arguments[0].querySelector(arguments[1]) : arguments[0];"
                        + " var content = getComputedStyle(e, arguments[2]).content, from = /^attr\\(([-\\w]+)\\)$/.exec(content);"
                        + " return from ? JSON.stringify(e.getAttribute(from[1])) : content;", box, selector, pseudo);
    }

    /** A posting request of the demo unit reporter's unit, open: the board's inbox offers to post or decline it. */
    private static synchronized String openPostingRequest() {
        if (!postingRequestOpen) {
            HttpResponse<String> submitted = Portal.as(Role.UNIT_REPORTER).json("POST", "/admin/api/v1/posting-requests",
                    "{\"number\":\"12/KH-UBND-" + ContentFixture.token() + "\",\"summary\":\"Kế hoạch thử trợ năng\"}");
            assertEquals(201, submitted.statusCode(), submitted.body());
            postingRequestOpen = true;
        }
        return "";
    }

    /** An item the editor has taken for editing: step buttons, comment, revisions and their diff on the screen. */
    private static synchronized String itemInEditing() {
        if (itemInEditing == null) {
            String title = "Tin thử trợ năng " + ContentFixture.token();
            String id = Json.field(ContentFixture.created(Portal.as(Role.CONTRIBUTOR), title, "<p>Bản đầu</p>"), "id");
            ContentFixture.step(Portal.as(Role.CONTRIBUTOR), id, "SUBMIT", null);
            ContentFixture.step(Portal.as(Role.EDITOR), id, "TAKE_FOR_EDITING", null);
            itemInEditing = id;
        }
        return itemInEditing;
    }

    /**
     * A new question in the board's inbox, one forwarded to the demo reporter's unit, one whose answer that unit drafted
     * and one whose answer an approver approved (the asker consenting to publication), so that every dialog opens.
     */
    private static synchronized String questionsToHandle() {
        if (!questionsReady) {
            String token = ContentFixture.token();
            Portal visitor = Portal.anonymous().from("198.18.1." + (1 + Math.floorMod(token.hashCode(), 250)));
            QuestionsFixture.ask(visitor, QuestionsFixture.question(token + "a", "PRIVATE"));
            long forwarded = QuestionsFixture.idOf(QuestionsFixture.ask(visitor, QuestionsFixture.question(token + "b", "WITH_NAME")));
            assertEquals(200, QuestionsFixture.forward(forwarded, QuestionsFixture.reportersUnit()).statusCode());
            QuestionsFixture.drafted(QuestionsFixture.idOf(QuestionsFixture.ask(visitor, QuestionsFixture.question(token + "c", "WITH_NAME"))));
            QuestionsFixture.approved(QuestionsFixture.idOf(QuestionsFixture.ask(visitor, QuestionsFixture.question(token + "d", "WITH_NAME"))));
            questionsReady = true;
        }
        return "";
    }

    /** A month with a computed payroll and one payee, so that the payroll screen shows its table and buttons. */
    private static synchronized String payrollMonth() {
        if (!payrollReady) {
            RoyaltyFixture.computedPayroll(PAYROLL_MONTH, "Trần Văn Trợ");
            payrollReady = true;
        }
        return PAYROLL_MONTH;
    }

    /** A month whose payroll is approved, with a payee still due: finance may record a contact and mark it paid. */
    private static synchronized String approvedPayrollMonth() {
        if (!approvedPayrollReady) {
            RoyaltyFixture.approvedPayroll(APPROVED_PAYROLL_MONTH, "Lê Thị Duyệt");
            approvedPayrollReady = true;
        }
        return APPROVED_PAYROLL_MONTH;
    }

    /** A failed payroll run in the job's history, which finance may restart. */
    private static synchronized String failedPayrollRun() {
        if (!failedRunReady) {
            RoyaltyFixture.failedRun(FAILED_PAYROLL_MONTH);
            failedRunReady = true;
        }
        return "";
    }

    private static Screen screen(String file, Set<Role> roles, String... dialogOpeners) {
        return new Screen(file, roles, role -> "", List.of(dialogOpeners));
    }

    /** A back-office page, the roles that use it, the query it is opened with per role, and the buttons that open its dialogs. */
    record Screen(String file, Set<Role> roles, Function<Role, String> query, List<String> dialogOpeners) {

        Screen at(Function<Role, String> queryOf) {
            return new Screen(file, roles, queryOf, dialogOpeners);
        }

        @Override
        public String toString() {
            return file;
        }
    }
}
