package vn.ttdt.portal.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes sure, before a class that talks to the portal from outside ({@link PortalIT}), that the run's container is up
 * and the shared EAR deployed ({@link OnePortalDeployment}), through Arquillian's class events, in Arquillian's one
 * turn ({@link InContainer#TURN}): its event manager is not made for two threads. The class's tests then run without
 * Arquillian (they would run on the client anyway), so two such classes can run at the same time. Arquillian's suite,
 * and with it the container, ends when JUnit closes its root store, as with {@link ArquillianExtension} itself.
 */
final class DeployedPortal implements BeforeAllCallback {

    private static final ArquillianExtension ARQUILLIAN = new ArquillianExtension();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (InContainer.TURN) {
            ARQUILLIAN.beforeAll(context);
            ARQUILLIAN.afterAll(context);
        }
    }
}
