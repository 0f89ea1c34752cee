package vn.ttdt.portal.it;

import java.time.Instant;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Launches {@link TwoNodesIT}'s load balancer, in a run whose plan holds that class, as soon as the run's portal is
 * deployed (node A's port is known then): its boot runs beside the tests before that class instead of beside node B's
 * boot when that class starts. A balancer left running because the class never started is stopped at the end of the run.
 */
public class TwoNodesLifetime implements TestExecutionListener {

    private boolean inPlan;
    private boolean twoNodesToRun;

    @Override
    public synchronized void testPlanExecutionStarted(TestPlan plan) {
        if (System.getProperty("it.db.dir") == null) {
            return; // not run by Failsafe
        }
        inPlan = plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream()).anyMatch(TwoNodesLifetime::isTwoNodesIT);
        twoNodesToRun = inPlan;
    }

    @Override
    public synchronized void executionStarted(TestIdentifier test) {
        if (isTwoNodesIT(test)) {
            twoNodesToRun = false; // its own start launches the balancer if it is not running yet
        } else if (twoNodesToRun && OnePortalDeployment.deployedSince(Instant.EPOCH)) {
            twoNodesToRun = false;
            try {
                TwoNodesIT.balancerLaunched();
            } catch (RuntimeException failed) {
                System.out.println("TwoNodesLifetime: the load balancer was not launched early (TwoNodesIT launches it): " + failed);
            }
        }
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan plan) {
        if (inPlan) {
            TwoNodesIT.stopBalancer();
        }
    }

    private static boolean isTwoNodesIT(TestIdentifier test) {
        return test.getSource().filter(ClassSource.class::isInstance).map(ClassSource.class::cast)
                .map(source -> source.getJavaClass() == TwoNodesIT.class).orElse(false);
    }
}
