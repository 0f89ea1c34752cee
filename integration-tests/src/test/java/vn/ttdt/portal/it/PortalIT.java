package vn.ttdt.portal.it;

import java.net.URI;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of every test that talks to the portal over HTTP or through a browser. All of them, and the in-container
 * tests, share one deployment of the EAR for the whole run ({@link OnePortalDeployment}); {@link #base()} is where
 * the container reported it, and {@link Portal} and {@link Browser} address it by default. Each test creates the data
 * it needs (see {@link ContentFixture}, {@link RoyaltyFixture}) and never relies on another class having run.
 * {@link DeployedPortal} makes sure the deployment is up before the class; the tests then run as plain JUnit tests, two
 * classes at a time (see docs/tests.md).
 */
@ExtendWith(DeployedPortal.class)
public abstract class PortalIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalWithInContainerTests();
    }

    /** The deployed portal's address, e.g. {@code http://127.0.0.1:8080}. */
    protected static URI base() {
        return OnePortalDeployment.address();
    }
}
