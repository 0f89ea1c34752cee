package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Isolated;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * Two nodes of the portal on one database behind a load balancer: node A is the run's own WildFly, node B a second
 * WildFly started from the same provisioned server and EAR on the same database and the same media directory, both on
 * {@code standalone-ha.xml} in one cluster over TCP on the loopback ({@code wildfly-config/cluster/tcp-members.cli}),
 * and in front of them a third WildFly without the portal, Undertow's reverse proxy ({@link LoadBalancer}). What one
 * node changes, the other serves within seconds; what counts sign-ins or questions counts those on both; what a timer
 * or a batch start does happens once; visitors are answered by both nodes without a session, and a back-office
 * session stays on its node through the balancer and outlives it. Node B boots once per class (the test that kills
 * node B runs last), in the background from the start of the isolated classes, and the balancer, which holds no portal,
 * as soon as the run's portal is deployed ({@link TwoNodesLifetime}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Isolated("adds a second node to the portal's cluster and database")
@Order(TwoNodesLifetime.TWO_NODES)
class TwoNodesIT extends PortalIT {

    private static final Duration WITHIN = Duration.ofSeconds(5);
    private static final String PASSWORD = "Mat-khau-hai-nut-2026";
    private static final int MEASURED_REQUESTS = 300;
    private static final int WARM_UP = 50;
    private static final Pattern AUTHOR_ROW = Pattern.compile("authors:(\\d+):author-name");
    private static final Pattern PUBLIC_PAGES_SERVED = Pattern.compile("(?m)^portal_page_cache_total\\{[^}]*\\} (\\S+)");
    private static final String PAYROLL_DRAFT = "Monthly payroll draft of ";

    private static final int NODE_B = 200;
    private static final int BALANCER = 300;

    private static StandaloneServer nodeB;
    private static CompletableFuture<Void> nodeBStarting;
    private static LoadBalancer balancer;

    @BeforeAll
    static void startNodeBAndTheBalancer() {
        nodeBStarted().join();
        Duration balancerBoot = balancerLaunched().awaitReady();
        System.out.printf("TwoNodesIT: node B booted in %s ms, the load balancer in %d ms (WildFly's own counts)%n",
                nodeB.bootTime().map(Duration::toMillis).map(String::valueOf).orElse("?"), balancerBoot.toMillis());
    }

    /**
     * Starts node B in the background unless it is starting already ({@link TwoNodesLifetime} starts it when the
     * isolated classes begin, so that its boot runs beside them); the answer completes once node B serves the portal.
     */
    static synchronized CompletableFuture<Void> nodeBStarted() {
        if (nodeBStarting == null) {
            Path mediaOfNodeA = Path.of(System.getProperty("it.server.base"), "data", "portal-media").toAbsolutePath();
            nodeB = new StandaloneServer("wildfly-node-b", portOffset(NODE_B), "portal", List.of("--server-config=standalone-ha.xml",
                    "-Djboss.node.name=node-b", "-Dportal.publishing.interval-seconds=1", "-Dportal.media.dir=" + mediaOfNodeA));
            nodeBStarting = CompletableFuture.runAsync(() -> {
                nodeB.prepare();
                // the balancer is first asked to pass a request on once node B answers, so that no failed attempt has
                // marked node B as a problem to be tried again only seconds later
                balancerLaunched();
                nodeB.start();
            }, task -> {
                Thread starting = new Thread(task, "node-b-start");
                starting.setDaemon(true);
                starting.start();
            });
        }
        return nodeBStarting;
    }

    /**
     * Kills node B if it was started, once its start has ended either way (at the end of a run, for a node B started
     * early that this class did not end).
     */
    static synchronized void stopNodeB() {
        if (nodeBStarting != null) {
            nodeBStarting.handle((started, failed) -> null).join();
            nodeB.stop();
        }
    }

    /** The failover test kills node B: a test after it finds it started again (it runs last, so that none does). */
    @BeforeEach
    void nodeBRunning() {
        if (!nodeB.isRunning()) {
            nodeB.start();
        }
    }

    @AfterAll
    static void stopNodeBAndTheBalancer() {
        stopBalancer();
        nodeB.shutDown();
    }

    /**
     * Launches the load balancer in front of node A and node B unless it has been launched already: {@link TwoNodesLifetime}
     * launches it once the portal is deployed, so that it boots beside other tests rather than beside node B; one that
     * has ended meanwhile is launched again. It waits for nothing; {@link LoadBalancer#awaitReady()} does.
     */
    static synchronized LoadBalancer balancerLaunched() {
        if (balancer == null || !balancer.isRunning()) {
            LoadBalancer launched = new LoadBalancer(portOffset(BALANCER));
            launched.launch(base().getPort(), 8080 + portOffset(NODE_B));
            balancer = launched;
        }
        return balancer;
    }

    /** Stops the load balancer if it runs (after this class, or at the end of a run that launched it and did not get here). */
    static synchronized void stopBalancer() {
        if (balancer != null) {
            balancer.stop();
            balancer = null;
        }
    }

    /**
     * The port offset of a server of this test at {@code offset} from the run's own server (node B 200, the balancer
     * 300), moved with the run's environment by {@code it.port.offset}.
     */
    private static int portOffset(int offset) {
        return Integer.getInteger("it.port.offset", 0) + offset;
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
    void aQuotaRunStartedOnBothNodesAtOnceForOneQuarterNeverRunsTwiceAtOnce() {
        List<HttpResponse<String>> answers = atOnce(Stream.of(Portal.basic(Role.APPROVER), Portal.basic(Role.APPROVER, nodeB.uri()))
                .map(node -> (Supplier<HttpResponse<String>>) () -> QuotaFixture.start(node, 2009, 4, false)).toList());

        List<Long> executions = new ArrayList<>();
        for (HttpResponse<String> answer : answers) {
            if (answer.statusCode() == 200) {
                executions.add(Long.parseLong(Json.field(answer.body(), "executionId")));
            } else {
                assertEquals(400, answer.statusCode(), answer.body());
                assertTrue(answer.body().contains("đang được tính"), answer.body());
            }
        }
        assertFalse(executions.isEmpty(), "one of the starts ran");
        executions.forEach(TwoNodesIT::awaitEnd);
        if (executions.size() == 2) {
            String table = jobExecutionTable();
            assertEquals(List.of("0"), Database.strings("SELECT COUNT(*) FROM " + table + " a JOIN " + table + " b "
                    + "ON a.jobexecutionid = ? AND b.jobexecutionid = ? WHERE a.starttime < b.endtime AND b.starttime < a.endtime",
                    executions.get(0), executions.get(1)), "the second run started only after the first had ended");
        }
    }

    @Test
    void theMonthlyPayrollTimerFiredOnBothNodesAtOnceRunsOnOneOfThem() {
        Map<String, Path> logs = new LinkedHashMap<>();
        logs.put("node-a", Path.of(System.getProperty("it.server.base"), "log", "server.log"));
        logs.put("node-b", nodeB.serverLog());
        Map<String, Long> logEnds = new LinkedHashMap<>();
        logs.forEach((node, log) -> logEnds.put(node, logSize(log)));
        try (BeanTimers onA = new BeanTimers(ManagementPort.port(), "portal-batch.jar", "MonthlyPayrollSchedule");
                BeanTimers onB = new BeanTimers(nodeB.managementPort(), "portal-batch.jar", "MonthlyPayrollSchedule")) {
            // a slot is a minute: both fire within one, as both nodes' timers do at 02:00 on the 1st
            Await.until("a minute with ten seconds left", () -> LocalTime.now().getSecond(), second -> second < 50, Duration.ofSeconds(15));
            atOnce(Stream.of(onA, onB).map(timers -> (Supplier<Boolean>) () -> {
                timers.fire();
                return true;
            }).toList());
        }

        Map<String, List<String>> ran = new LinkedHashMap<>();
        logs.forEach((node, log) -> ran.put(node, linesSince(log, logEnds.get(node)).stream().filter(l -> l.contains(PAYROLL_DRAFT)).toList()));
        List<String> runners = ran.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        assertEquals(1, runners.size(), "one node ran last month's draft: " + ran);
        assertEquals(1, ran.get(runners.get(0)).size(), ran.toString());
        assertEquals(runners, Database.strings("SELECT node FROM scheduled_run WHERE task = 'monthly-payroll'"), "the slot names that node");
        // the draft it started ends before the next test, on the suite's database
        Matcher started = Pattern.compile("started: execution (\\d+)").matcher(ran.get(runners.get(0)).get(0));
        if (started.find()) {
            awaitEnd(Long.parseLong(started.group(1)));
        }
    }

    @Test
    void publicPagesThroughTheBalancerAreAnsweredByBothNodesWithoutASession() {
        double servedByA = publicPagesServed(ManagementPort.port());
        double servedByB = publicPagesServed(nodeB.managementPort());

        for (String page : List.of("/", "/chuyen-muc/cai-cach-hanh-chinh", "/", "/chuyen-muc/cai-cach-hanh-chinh")) {
            // a visitor each, on a connection of its own (as browsers do, each visitor its own connections)
            HttpResponse<String> answer = Portal.anonymous(balancer.uri()).get(page);
            assertEquals(200, answer.statusCode(), page);
            assertEquals(List.of(), answer.headers().allValues("Set-Cookie"), page);
        }

        double nowByA = publicPagesServed(ManagementPort.port());
        double nowByB = publicPagesServed(nodeB.managementPort());
        assertTrue(nowByA > servedByA && nowByB > servedByB,
                "public pages served by node A " + servedByA + " -> " + nowByA + ", by node B " + servedByB + " -> " + nowByB);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void anEditorsSessionStaysOnItsNodeThroughTheBalancerAndGoesOnOnTheOtherOnceThatNodeIsKilled() {
        String token = ContentFixture.token();
        Portal contributor = Portal.as(Role.CONTRIBUTOR);
        String id = Json.field(ContentFixture.created(contributor, "Zyrkô chuyển nút " + token, "<p>Bản nháp " + token + "</p>"), "id");
        ContentFixture.step(contributor, id, "SUBMIT", null);
        Portal editor = editorSignedInOnNodeBThroughTheBalancer();
        String session = editor.sessionId().orElseThrow();
        assertEquals("IN_EDITING", ContentFixture.state(ContentFixture.step(editor, id, "TAKE_FOR_EDITING", null)));
        String editorPage = "/admin/content/item.xhtml?id=" + id;
        HttpResponse<String> opened = editor.get(editorPage);
        assertEquals(200, opened.statusCode(), opened.body());
        assertEquals(Set.of("0"), authorRows(opened.body()));
        // the session's next request starts once the page's request has stored the session (and its view) on both
        // nodes: the state a killed node's last finished request left, not one still being copied, is what must survive
        assertEquals(200, editor.get("/admin/api/v1/me").statusCode());
        assertEquals(session, editor.sessionId().orElseThrow(), "every answer came from node B (node A renames the cookie to itself)");
        Optional<Duration> replicated = backOfficeRequests(Portal.as(Role.EDITOR));

        nodeB.kill();

        long killed = System.nanoTime();
        HttpResponse<String> me = Await.until("the balancer to answer node B's session from node A",
                () -> editor.get("/admin/api/v1/me"), answer -> answer.statusCode() == 200, Duration.ofSeconds(60));
        System.out.printf("TwoNodesIT: node A answered node B's session through the balancer %d ms after node B was killed%n",
                Duration.ofNanos(System.nanoTime() - killed).toMillis());
        assertEquals(Portal.loginOf(Role.EDITOR), Json.field(me.body(), "login"), me.body());
        assertEquals(session.substring(0, session.lastIndexOf('.')) + ".node-a", editor.sessionId().orElseThrow(),
                "node A took the session and renamed the cookie's route to itself");
        String addAuthor = attribute(opened.body(), "id", "[^\"]*:add-author");
        HttpResponse<String> added = editor.postForm(editorPage, Map.of(
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
        HttpResponse<String> saved = editor.json("PUT", "/admin/api/v1/items/" + id, ContentFixture.draftJson(title, "<p>Lưu sau khi nút B dừng</p>"));
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(List.of(title), Database.strings("SELECT title FROM content_item WHERE id = ?", Long.parseLong(id)));
        Optional<Duration> alone = backOfficeRequests(Portal.as(Role.EDITOR));
        replicated.ifPresent(copied -> System.out.printf("TwoNodesIT: %d back-office pages on node A with its sessions copied to "
                + "node B: %d ms; alone: %d ms%n", MEASURED_REQUESTS, copied.toMillis(), alone.orElseThrow().toMillis()));
    }

    @Test
    void theQuestionFormsFloodLimitCountsTheQuestionsSentToBothNodes() {
        String token = ContentFixture.token();
        // an address block no other class asks from: the hourly limit counts every question of the address
        String address = "198.18.9." + (1 + Math.floorMod(token.hashCode(), 250));
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

    /**
     * Signs the editor in through the balancer until the session is made on node B: sign-ins carry no session cookie,
     * so the balancer gives them to the nodes in turn.
     */
    private static Portal editorSignedInOnNodeBThroughTheBalancer() {
        List<String> sessions = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
            Portal editor = Portal.signedIn(Role.EDITOR, balancer.uri());
            String session = editor.sessionId().orElseThrow();
            if (session.endsWith(".node-b")) {
                return editor;
            }
            sessions.add(session);
        }
        throw new AssertionError("no sign-in through the balancer reached node B: " + sessions);
    }

    /** The public pages a node has answered (from its page cache or rendered), by its own count at its metrics endpoint. */
    private static double publicPagesServed(int managementPort) {
        return ManagementPort.sum(PUBLIC_PAGES_SERVED, ManagementPort.scrape(managementPort));
    }

    /** Runs each action on a thread of its own, all let go at the same moment, and answers their results in order. */
    private static <T> List<T> atOnce(List<Supplier<T>> actions) {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<T>> running = actions.stream().map(action -> CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return action.get();
        }, task -> new Thread(task).start())).toList();
        go.countDown();
        return running.stream().map(CompletableFuture::join).toList();
    }

    private static long logSize(Path log) {
        try {
            return Files.size(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines a server's log has gained since it was {@code size} bytes long (all of them if it was rotated since). */
    private static List<String> linesSince(Path log, long size) {
        try {
            byte[] bytes = Files.readAllBytes(log);
            int from = bytes.length < size ? 0 : (int) size;
            return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitEnd(long execution) {
        String table = jobExecutionTable();
        Await.until("execution " + execution + " to end", () -> Database.strings("SELECT batchstatus FROM " + table
                + " WHERE jobexecutionid = ?", execution).get(0), status -> !status.startsWith("START"), Duration.ofSeconds(60));
    }

    private static String jobExecutionTable() {
        return Database.strings("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND LOWER(table_name) = 'job_execution'").get(0);
    }
}
