package vn.ttdt.portal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.List;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * The EJB timers of one singleton bean of the portal on one server, as its management model shows them
 * ({@code /deployment=portal.ear/subdeployment=…/subsystem=ejb3/singleton-bean=…/service=timer-service/timer=…}),
 * reached over the server's management port with local authentication (the tests run as the servers' user, on the
 * same machine), as {@code jboss-cli.sh} would. Connected when made, so that {@link #fire()} only fires.
 */
final class BeanTimers implements AutoCloseable {

    private final ModelControllerClient client;
    private final ModelNode timerService;
    private final List<String> timers;

    BeanTimers(int managementPort, String module, String singletonBean) {
        this.client = ModelControllerClient.Factory.create("remote+http", InetAddress.getLoopbackAddress(), managementPort);
        this.timerService = Operations.createAddress("deployment", "portal.ear", "subdeployment", module, "subsystem", "ejb3",
                "singleton-bean", singletonBean, "service", "timer-service");
        ModelNode names = Operations.createOperation("read-children-names", timerService);
        names.get("child-type").set("timer");
        this.timers = execute(names).asList().stream().map(ModelNode::asString).toList();
        if (timers.isEmpty()) {
            throw new AssertionError(singletonBean + " has no timer on the server at management port " + managementPort);
        }
    }

    /** Fires each timer of the bean now, as if its time had come; returns once their timeout methods have run. */
    void fire() {
        for (String timer : timers) {
            ModelNode address = timerService.clone();
            address.add("timer", timer);
            execute(Operations.createOperation("trigger", address));
        }
    }

    private ModelNode execute(ModelNode operation) {
        try {
            ModelNode outcome = client.execute(operation);
            if (!Operations.isSuccessfulOutcome(outcome)) {
                throw new AssertionError(operation + ": " + Operations.getFailureDescription(outcome).asString());
            }
            return Operations.readResult(outcome);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
