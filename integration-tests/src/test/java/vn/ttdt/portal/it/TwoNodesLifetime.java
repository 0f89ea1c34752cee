package vn.ttdt.portal.it;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts {@link TwoNodesIT}'s servers early, in a run whose plan holds that class, so that their boots run beside other
 * tests instead of holding up that class: the load balancer as soon as the run's portal is deployed (node A's port is
 * known then), node B in the background when the isolated classes begin (nothing else runs beside them, and node B
 * joining the cluster and database is what makes that class one of them). The isolated classes that must not meet
 * node B (an outage of the database, a backup compared table by table) run after {@link TwoNodesIT}, which ends it.
 * Servers left running because the class never ran are stopped at the end of the run.
 */
public class TwoNodesLifetime implements TestExecutionListener {

    /** {@link TwoNodesIT}'s place among the isolated classes: after those that may run while node B boots. */
    static final int TWO_NODES = Integer.MAX_VALUE - 1;
    /** The place of the isolated classes that must not meet node B. */
    static final int AFTER_NODE_B = Integer.MAX_VALUE;

    private boolean inPlan;
    private boolean balancerToLaunch;
    private boolean nodeBToStart;

    @Override
    public synchronized void testPlanExecutionStarted(TestPlan plan) {
        if (System.getProperty("it.db.dir") == null) {
            return; // not run by Failsafe
        }
        inPlan = plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream()).anyMatch(TwoNodesLifetime::isTwoNodesIT);
        balancerToLaunch = inPlan;
        nodeBToStart = inPlan;
    }

    @Override
    public synchronized void executionStarted(TestIdentifier test) {
        if (isTwoNodesIT(test)) {
            balancerToLaunch = false; // its own start launches what is not running yet
            nodeBToStart = false;
            return;
        }
        if (balancerToLaunch && OnePortalDeployment.deployedSince(Instant.EPOCH)) {
            balancerToLaunch = false;
            try {
                TwoNodesIT.balancerLaunched();
            } catch (RuntimeException failed) {
                System.out.println("TwoNodesLifetime: the load balancer was not launched early (TwoNodesIT launches it): " + failed);
            }
        }
        if (nodeBToStart && runsAlone(test)) {
            nodeBToStart = false;
            TwoNodesIT.nodeBStarted();
        }
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan plan) {
        if (inPlan) {
            TwoNodesIT.stopBalancer();
            TwoNodesIT.stopNodeB();
        }
    }

    private static boolean isTwoNodesIT(TestIdentifier test) {
        return testClass(test).map(TwoNodesIT.class::equals).orElse(false);
    }

    private static boolean runsAlone(TestIdentifier test) {
        return testClass(test).map(type -> type.isAnnotationPresent(Isolated.class)).orElse(false);
    }

    private static Optional<Class<?>> testClass(TestIdentifier test) {
        return test.getSource().filter(ClassSource.class::isInstance).map(ClassSource.class::cast).map(ClassSource::getJavaClass);
    }
}
