package vn.ttdt.portal.it;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The load balancer in front of the two-node tests' nodes: a third WildFly from the provisioned server, without the
 * portal, on {@code standalone-portal-balancer.xml} (WildFly's own {@code standalone.xml} with
 * {@code wildfly-config/cluster/load-balancer.cli}, made by the build). Undertow's reverse proxy sends a request whose
 * session cookie ends in a node's name ({@code .node-a}, {@code .node-b}) to that node, or to the other one when it
 * does not answer, and any other request to the nodes in turn.
 */
final class LoadBalancer {

    private final ServerProcess server;

    LoadBalancer(int portOffset) {
        this.server = new ServerProcess("wildfly-balancer", portOffset);
    }

    URI uri() {
        return server.uri();
    }

    /** Starts it in front of node A and node B at these HTTP ports, and returns at once (see {@link #awaitReady()}). */
    void launch(int nodeAPort, int nodeBPort) {
        server.copyConfiguration();
        server.launch(List.of("--server-config=standalone-portal-balancer.xml",
                "-Dportal.node-a.port=" + nodeAPort, "-Dportal.node-b.port=" + nodeBPort),
                "-Xms64m -Xmx256m -XX:TieredStopAtLevel=1 -Djava.net.preferIPv4Stack=true");
    }

    /** Waits until it passes a visitor's request on to a node; answers its boot time by WildFly's own count. */
    Duration awaitReady() {
        ServerProcess.awaitOk("the load balancer to pass a request on", Portal.anonymous(uri()), "/", Duration.ofSeconds(120));
        return Await.until("the load balancer to report its boot", server::bootTime, booted -> booted.isPresent(), Duration.ofSeconds(10))
                .orElseThrow();
    }

    boolean isRunning() {
        return server.isRunning();
    }

    void stop() {
        server.kill();
    }
}
