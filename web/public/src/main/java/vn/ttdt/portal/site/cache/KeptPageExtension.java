package vn.ttdt.portal.site.cache;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/** Puts {@link KeptPageHandler} in front of the public portal's servlets (found by Undertow as a service). */
public final class KeptPageExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(next -> new KeptPageHandler(next, context));
    }
}
