package vn.ttdt.portal.it;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Boots the crash tests' server ({@link CrashServer}) in the background once the run's portal is deployed (or when a
 * crash test comes first), in a run whose plan shows a class {@link OnCrashServer}: its boot overlaps the first tests
 * instead of holding up the first crash test, and leaves the cores to the main server while it deploys the portal,
 * which every other test waits for. It is stopped when the last of those classes is done rather than at the end of the
 * run.
 */
public class CrashServerLifetime implements TestExecutionListener {

    private final Set<String> crashTestsToRun = new HashSet<>();

    @Override
    public synchronized void testPlanExecutionStarted(TestPlan plan) {
        if (System.getProperty("it.db.dir") == null) {
            return; // not run by Failsafe
        }
        plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .filter(CrashServerLifetime::isCrashTestClass).forEach(test -> crashTestsToRun.add(test.getUniqueId()));
    }

    @Override
    public synchronized void executionStarted(TestIdentifier test) {
        if (!crashTestsToRun.isEmpty()
                && (OnePortalDeployment.deployedSince(Instant.EPOCH) || crashTestsToRun.contains(test.getUniqueId()))) {
            CrashServer.bootInBackground();
        }
    }

    @Override
    public synchronized void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (crashTestsToRun.remove(test.getUniqueId()) && crashTestsToRun.isEmpty()) {
            CrashServer.stop();
        }
    }

    private static boolean isCrashTestClass(TestIdentifier test) {
        return test.getSource().filter(ClassSource.class::isInstance).map(ClassSource.class::cast)
                .map(source -> source.getJavaClass().isAnnotationPresent(OnCrashServer.class)).orElse(false);
    }
}
