package vn.ttdt.portal.site.cache;

import jakarta.servlet.ServletContext;
import java.lang.reflect.Proxy;
import java.util.Map;

/** A servlet context for the page cache's tests: the root context, its attributes in the given map. */
final class ServletContexts {

    private ServletContexts() {
    }

    static ServletContext root(Map<String, Object> attributes) {
        return (ServletContext) Proxy.newProxyInstance(ServletContexts.class.getClassLoader(),
                new Class<?>[] {ServletContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getContextPath" -> "";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
