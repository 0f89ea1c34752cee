package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * Two nodes of the portal on one database: node A is the run's own WildFly, node B a second WildFly started from the
 * same provisioned server and EAR (port offset 200) on the same database and the same media directory, as two nodes
 * behind a load balancer would run; both on {@code standalone-ha.xml}, one cluster over TCP on the loopback
 * ({@code wildfly-config/cluster/tcp-members.cli}). What one node changes, the other serves within seconds; what counts
 * sign-ins or questions counts those on both; what a timer or a batch start does happens once; a back-office session
 * outlives its node.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT extends PortalIT {

    private static final Duration WITHIN = Duration.ofSeconds(5);
    private static final String PASSWORD = "Mat-khau-hai-nut-2026";
    private static final int MEASURED_REQUESTS = 300;
    private static final int WARM_UP = 50;
    private static final Pattern AUTHOR_ROW = Pattern.compile("authors:(\\d+):author-name");

    private static StandaloneServer nodeB;

    @BeforeAll
    static void startNodeB() {
        Path mediaOfNodeA = Path.of(System.getProperty("it.server.base"), "data", "portal-media").toAbsolutePath();
        nodeB = new StandaloneServer("wildfly-node-b", 200, "portal", List.of("--server-config=standalone-ha.xml", "-Djboss.node.name=node-b",
                "-Dportal.publishing.interval-seconds=1", "-Dportal.media.dir=" + mediaOfNodeA));
        nodeB.prepare();
        nodeB.start();
    }

    /** The failover test kills node B: a test after it finds it started again (it runs last, so that none does). */
    @BeforeEach
    void nodeBRunning() {
        if (!nodeB.isRunning()) {
            nodeB.start();
        }
    }

    @AfterAll
    static void stopNodeB() {
        nodeB.shutDown();
    }

    @Test
    void anItemPublishedThroughNodeAIsServedAndFoundByNodeBWithinFiveSeconds() {
        String token = ContentFixture.token();
        String title = "Zyrkô Vablet " + token;
        Portal visitorOfB = Portal.anonymous(nodeB.uri());
        String listing = "/chuyen-muc/cai-cach-hanh-chinh";
        String search = "/tim-kiem?q=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        assertFalse(visitorOfB.get(listing).body().contains(title), "node B has cached the listing without it");
        assertFalse(visitorOfB.get(search).body().contains("Zyrkô Vablet"), "node B has cached the search without it");

        String slug = ContentFixture.publish(title, "<p>Bài đăng qua nút A " + token + "</p>");

        Await.until("node B's listing to show the item", () -> visitorOfB.get(listing).body().contains(title), shown -> shown, WITHIN);
        // the results mark the searched word in the title, so the item is recognised by its link
        Await.until("node B's search to find the item", () -> visitorOfB.get(search).body().contains("/tin/" + slug), found -> found, WITHIN);
        HttpResponse<String> page = visitorOfB.get("/tin/" + slug);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(title));
    }

    @Test
    void anAccountLockedByWrongPasswordsOnNodeAIsLockedOnNodeB() {
        String login = OrganisationFixture.newContributor("hai-nut", "Người thử hai nút", PASSWORD);
        for (int attempt = 1; attempt <= 5; attempt++) {
            Portal.anonymous().from("198.51.100.71").signIn(login, "sai-mat-khau-" + attempt);
        }

        HttpResponse<String> onB = Portal.anonymous(nodeB.uri()).from("198.51.100.72").signIn(login, PASSWORD);

        assertTrue(onB.headers().firstValue("Location").orElse("").contains("error=locked"), onB.headers().map().toString());
    }

    @Test
    void theThrottleOfAnAddressCountsTheFailuresOnBothNodes() {
        String address = "198.51.100.73";
        String login = OrganisationFixture.newContributor("hai-nut-chan", "Người thử chặn địa chỉ", PASSWORD);
        for (int i = 0; i < 10; i++) {
            assertFailed(Portal.anonymous().from(address).signIn("doan-a-" + i, "sai-mat-khau"));
            assertFailed(Portal.anonymous(nodeB.uri()).from(address).signIn("doan-b-" + i, "sai-mat-khau"));
        }

        for (Portal node : List.of(Portal.anonymous().from(address), Portal.anonymous(nodeB.uri()).from(address))) {
            HttpResponse<String> refused = node.signIn(login, PASSWORD);
            assertTrue(refused.headers().firstValue("Location").orElse("").contains("error=throttled"), refused.headers().map().toString());
        }
    }

    @Test
    void anItemScheduledForPublicationIsPublishedByOneNodeOnly() {
        Portal contributor = Portal.as(Role.CONTRIBUTOR);
        Portal editor = Portal.as(Role.EDITOR);
        Portal approver = Portal.as(Role.APPROVER);
        String id = Json.field(ContentFixture.created(contributor, "Zyrkô hẹn giờ " + ContentFixture.token(), "<p>Hẹn giờ</p>"), "id");
        ContentFixture.step(contributor, id, "SUBMIT", null);
        ContentFixture.step(editor, id, "TAKE_FOR_EDITING", null);
        ContentFixture.step(editor, id, "SEND_FOR_APPROVAL", null);
        Instant publishAt = Instant.now().plusSeconds(2);
        HttpResponse<String> scheduled = approver.json("PUT", "/admin/api/v1/items/" + id + "/schedule",
                "{\"publishAt\":\"%s\"}".formatted(publishAt));
        assertEquals(200, scheduled.statusCode(), scheduled.body());

        Await.until("a timer to publish item " + id, () -> Json.field(approver.get("/admin/api/v1/items/" + id).body(), "state"),
                "PUBLISHED"::equals, Duration.ofSeconds(30));
        Instant published = Instant.parse(Database.strings("SELECT DATE_FORMAT(published_at, '%Y-%m-%dT%H:%i:%s.%fZ') FROM content_item "
                + "WHERE id = ?", Long.parseLong(id)).get(0));
        Await.until("both nodes' timers to have fired two seconds past the publication",
                () -> Instant.parse(Database.strings("SELECT DATE_FORMAT(occurrence, '%Y-%m-%dT%H:%i:%s.%fZ') FROM scheduled_run "
                        + "WHERE task = 'scheduled-publishing'").get(0)),
                last -> last.isAfter(published.plusSeconds(2)), Duration.ofSeconds(30));

        assertEquals(List.of("1"), Database.strings("SELECT COUNT(*) FROM content_revision WHERE item_id = ? AND action = 'PUBLISH'",
                Long.parseLong(id)), "one node published it");
    }

    @Test
    void aQuotaRunStartedOnBothNodesAtOnceForOneQuarterNeverRunsTwiceAtOnce() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> starts = new ArrayList<>();
        for (Portal node : List.of(Portal.basic(Role.APPROVER), Portal.basic(Role.APPROVER, nodeB.uri()))) {
            starts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return QuotaFixture.start(node, 2009, 4, false);
            }));
        }
        go.countDown();

        List<Long> executions = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> start : starts) {
            HttpResponse<String> answer = start.get();
            if (answer.statusCode() == 200) {
                executions.add(Long.parseLong(Json.field(answer.body(), "executionId")));
            } else {
                assertEquals(400, answer.statusCode(), answer.body());
                assertTrue(answer.body().contains("đang được tính"), answer.body());
            }
        }
        assertFalse(executions.isEmpty(), "one of the starts ran");
        String table = jobExecutionTable();
        for (long execution : executions) {
            Await.until("execution " + execution + " to end", () -> Database.strings("SELECT batchstatus FROM " + table
                    + " WHERE jobexecutionid = ?", execution).get(0), status -> !status.startsWith("START"), Duration.ofSeconds(60));
        }
        if (executions.size() == 2) {
            assertEquals(List.of("0"), Database.strings("SELECT COUNT(*) FROM " + table + " a JOIN " + table + " b "
                    + "ON a.jobexecutionid = ? AND b.jobexecutionid = ? WHERE a.starttime < b.endtime AND b.starttime < a.endtime",
                    executions.get(0), executions.get(1)), "the second run started only after the first had ended");
        }
    }

    @Test
    void aBackOfficeSessionOfNodeBEndsWithItsNameSoThatABalancerKeepsItThere() {
        HttpResponse<String> signedIn = Portal.anonymous(nodeB.uri()).signIn(Portal.loginOf(Role.EDITOR), DemoAccount.PASSWORD);

        String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session: " + signedIn.headers().map()));
        assertTrue(cookie.split(";")[0].endsWith(".node-b"), cookie);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void anEditorSignedInOnNodeBKeepsWorkingOnNodeAOnceNodeBIsKilled() {
        String token = ContentFixture.token();
        Portal contributor = Portal.as(Role.CONTRIBUTOR);
        String id = Json.field(ContentFixture.created(contributor, "Zyrkô chuyển nút " + token, "<p>Bản nháp " + token + "</p>"), "id");
        ContentFixture.step(contributor, id, "SUBMIT", null);
        Portal editorOnB = Portal.signedIn(Role.EDITOR, nodeB.uri());
        String session = editorOnB.sessionId().orElseThrow();
        assertTrue(session.endsWith(".node-b"), session);
        assertEquals("IN_EDITING", ContentFixture.state(ContentFixture.step(editorOnB, id, "TAKE_FOR_EDITING", null)));
        String editorPage = "/admin/content/item.xhtml?id=" + id;
        HttpResponse<String> opened = editorOnB.get(editorPage);
        assertEquals(200, opened.statusCode(), opened.body());
        assertEquals(Set.of("0"), authorRows(opened.body()));
        // the session's next request on B starts once the page's request has stored the session (and its view) on both
        // nodes: the state a killed node's last finished request left, not one still being copied, is what must survive
        assertEquals(200, editorOnB.get("/admin/api/v1/me").statusCode());
        Optional<Duration> replicated = backOfficeRequests(Portal.as(Role.EDITOR));

        nodeB.kill();

        Portal editorOnA = Portal.anonymous();
        editorOnA.useSession(session.substring(0, session.lastIndexOf('.')) + ".node-a");
        HttpResponse<String> me = Await.until("node A to answer node B's session",
                () -> editorOnA.get("/admin/api/v1/me"), answer -> answer.statusCode() == 200, Duration.ofSeconds(60));
        assertEquals(Portal.loginOf(Role.EDITOR), Json.field(me.body(), "login"), me.body());
        String addAuthor = attribute(opened.body(), "id", "[^\"]*:add-author");
        HttpResponse<String> added = editorOnA.postForm(editorPage, Map.of(
                "jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", addAuthor,
                "jakarta.faces.partial.execute", addAuthor,
                "jakarta.faces.partial.render", attribute(opened.body(), "id", "[^\"]*:authors"),
                addAuthor, addAuthor,
                "item-form", "item-form",
                "jakarta.faces.ViewState", attribute(opened.body(), "name=\"jakarta.faces.ViewState\"[^>]*value", "[^\"]+"),
                "primefaces.nonce", attribute(opened.body(), "<script[^>]*nonce", "[^\"]+")), "Faces-Request", "partial/ajax");
        assertEquals(Set.of("0", "1"), authorRows(added.body()), "the editor's view, kept in the session, came to node A: " + added.body());
        String title = "Zyrkô chuyển nút " + token + " (lưu trên nút A)";
        HttpResponse<String> saved = editorOnA.json("PUT", "/admin/api/v1/items/" + id, ContentFixture.draftJson(title, "<p>Lưu sau khi nút B dừng</p>"));
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(List.of(title), Database.strings("SELECT title FROM content_item WHERE id = ?", Long.parseLong(id)));
        Optional<Duration> alone = backOfficeRequests(Portal.as(Role.EDITOR));
        replicated.ifPresent(copied -> System.out.printf("TwoNodesIT: %d back-office pages on node A with its sessions copied to "
                + "node B: %d ms; alone: %d ms%n", MEASURED_REQUESTS, copied.toMillis(), alone.orElseThrow().toMillis()));
    }

    @Test
    void theQuestionFormsFloodLimitCountsTheQuestionsSentToBothNodes() {
        String token = ContentFixture.token();
        String address = "203.0.113." + (1 + Math.floorMod(token.hashCode(), 250));
        List<Portal> nodes = List.of(Portal.anonymous().from(address), Portal.anonymous(nodeB.uri()).from(address));
        List<QuestionsFixture.OpenedForm> forms = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            forms.add(QuestionsFixture.open(nodes.get(i % 2)));
        }

        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 6; i++) {
            // each form is sent to the node that did not serve it: the ticket's key is shared too
            last = QuestionsFixture.send(nodes.get((i + 1) % 2), forms.get(i), QuestionsFixture.question(token + "n" + i, "PRIVATE"));
            statuses.add(last.statusCode());
        }

        assertEquals(List.of(200, 200, 200, 200, 200, 429), statuses);
        assertTrue(last.body().contains("quá nhiều câu hỏi trong một giờ"), last.body());
        assertEquals(List.of("5"), Database.strings("SELECT COUNT(*) FROM question WHERE title LIKE ?", "%" + token + "n%"));
    }

    /**
     * With {@code -Dit.measure-sessions=true}: the time {@value #MEASURED_REQUESTS} back-office pages take one after
     * another on one connection, after {@value #WARM_UP} not counted (what a distributable session costs per request).
     */
    private static Optional<Duration> backOfficeRequests(Portal portal) {
        if (!Boolean.getBoolean("it.measure-sessions")) {
            return Optional.empty();
        }
        for (int i = 0; i < WARM_UP; i++) {
            portal.get("/admin/profile.xhtml");
        }
        long start = System.nanoTime();
        for (int i = 0; i < MEASURED_REQUESTS; i++) {
            HttpResponse<String> page = portal.get("/admin/profile.xhtml");
            assertEquals(200, page.statusCode(), page.body());
        }
        return Optional.of(Duration.ofNanos(System.nanoTime() - start));
    }

    /** The row numbers of the editor's author rows in a page or a partial response. */
    private static Set<String> authorRows(String html) {
        return AUTHOR_ROW.matcher(html).results().map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The first value of {@code attribute} (a pattern of what precedes {@code ="}) that matches {@code value}. */
    private static String attribute(String page, String attribute, String value) {
        Matcher found = Pattern.compile(attribute + "=\"(" + value + ")\"").matcher(page);
        assertTrue(found.find(), "the page has " + attribute + " = " + value);
        return found.group(1);
    }

    private static void assertFailed(HttpResponse<String> attempt) {
        assertTrue(attempt.headers().firstValue("Location").orElse("").contains("error=credentials"), attempt.headers().map().toString());
    }

    private static String jobExecutionTable() {
        return Database.strings("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND LOWER(table_name) = 'job_execution'").get(0);
    }
}
