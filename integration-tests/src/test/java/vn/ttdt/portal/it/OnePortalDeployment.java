package vn.ttdt.portal.it;

import java.lang.reflect.Method;
import java.net.URI;
import java.time.Instant;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;

/**
 * An Arquillian extension that deploys the portal once per test run instead of once per test class: every test class
 * whose deployment is {@link PortalIT}'s (the HTTP and browser tests), or that has none of its own (the in-container
 * tests packaged in that deployment), shares one deployment scenario. It is deployed before the first such class and
 * undeployed when the container stops. A class with a deployment of its own gets it as usual, after the shared one is
 * taken down (the two would clash on the EAR's name); the next sharing class deploys the shared one again.
 */
public class OnePortalDeployment implements LoadableExtension {

    private static volatile URI address;
    private static volatile Instant deployedAt = Instant.EPOCH;

    /** The address of the portal as the container reported it when deploying the EAR. */
    static URI address() {
        URI deployed = address;
        if (deployed == null) {
            throw new IllegalStateException("the portal is not deployed: extend PortalIT (or ChromiumTest)");
        }
        return deployed;
    }

    /** Whether the portal was deployed (again) after this instant: sessions opened before then are gone. */
    static boolean deployedSince(Instant instant) {
        return deployedAt.isAfter(instant);
    }

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SharedScenario.class);
    }

    /** Hands the one scenario to each sharing class and keeps Arquillian from deploying or undeploying it per class. */
    public static class SharedScenario {

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> scenario;

        @Inject
        private Instance<ProtocolMetaData> metaData;

        @Inject
        private Instance<ContainerRegistry> containers;

        @Inject
        private Event<GenerateDeployment> generate;

        @Inject
        private Event<UnDeployDeployment> undeploy;

        private DeploymentScenario shared;

        public void generate(@Observes EventContext<GenerateDeployment> context) {
            if (!sharesTheDeployment(context.getEvent().getTestClass())) {
                context.proceed();
                return;
            }
            if (shared == null) {
                if (context.getEvent().getTestClass().getJavaClass() == PortalIT.class) {
                    context.proceed();
                    return;
                }
                generate.fire(new GenerateDeployment(new TestClass(PortalIT.class)));
                shared = scenario.get();
            }
            scenario.set(shared);
        }

        public void deploy(@Observes EventContext<DeployManagedDeployments> context) {
            DeploymentScenario current = scenario.get();
            if (current != shared) {
                undeployShared();
                context.proceed();
            } else if (shared.deployedDeployments().isEmpty()) {
                context.proceed();
            }
        }

        public void keepDeployed(@Observes EventContext<UnDeployManagedDeployments> context) {
            if (scenario.get() != shared) {
                context.proceed();
            }
        }

        public void remember(@Observes AfterDeploy deployed) {
            ProtocolMetaData deployment = metaData.get();
            if (deployment != null && deployment.hasContext(HTTPContext.class)) {
                HTTPContext http = deployment.getContexts(HTTPContext.class).iterator().next();
                address = URI.create("http://" + http.getHost() + ":" + http.getPort());
                deployedAt = Instant.now();
            }
        }

        /**
         * Before the JMX protocol takes its arquillian-service away (precedence 1): the EAR's test WAR depends on that
         * service, and WildFly restarted the whole EAR when it went first.
         */
        public void undeployAtTheEnd(@Observes(precedence = 2) BeforeStop stopping) {
            undeployShared();
        }

        private void undeployShared() {
            if (shared == null) {
                return;
            }
            for (Deployment deployment : shared.deployedDeploymentsInUnDeployOrder()) {
                Container container = containers.get().getContainer(deployment.getDescription().getTarget());
                undeploy.fire(new UnDeployDeployment(container, deployment));
            }
        }

        private static boolean sharesTheDeployment(TestClass testClass) {
            Method[] deployments = testClass.getMethods(org.jboss.arquillian.container.test.api.Deployment.class);
            return deployments.length == 0 || deployments[0].getDeclaringClass() == PortalIT.class;
        }
    }
}
