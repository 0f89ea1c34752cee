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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.demo.DemoAccount;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * Two nodes of the portal on one database: node A is the run's own WildFly, node B a second WildFly started from the
 * same provisioned server and EAR (port offset 200) on the same database and the same media directory, as two nodes
 * behind a load balancer would run. What one node changes, the other serves within seconds; what counts sign-ins
 * counts those on both; what a timer or a batch start does happens once.
 */
class TwoNodesIT extends PortalIT {

    private static final Duration WITHIN = Duration.ofSeconds(5);
    private static final String PASSWORD = "Mat-khau-hai-nut-2026";

    private static StandaloneServer nodeB;

    @BeforeAll
    static void startNodeB() {
        Path mediaOfNodeA = Path.of(System.getProperty("it.server.base"), "data", "portal-media").toAbsolutePath();
        nodeB = new StandaloneServer("wildfly-node-b", 200, "portal", List.of("-Djboss.node.name=node-b",
                "-Dportal.publishing.interval-seconds=1", "-Dportal.media.dir=" + mediaOfNodeA));
        nodeB.prepare();
        nodeB.start();
    }

    @AfterAll
    static void stopNodeB() {
        nodeB.stop();
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

    private static void assertFailed(HttpResponse<String> attempt) {
        assertTrue(attempt.headers().firstValue("Location").orElse("").contains("error=credentials"), attempt.headers().map().toString());
    }

    private static String jobExecutionTable() {
        return Database.strings("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND LOWER(table_name) = 'job_execution'").get(0);
    }
}
