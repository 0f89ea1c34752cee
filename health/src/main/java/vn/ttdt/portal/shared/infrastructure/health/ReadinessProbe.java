package vn.ttdt.portal.shared.infrastructure.health;

import java.util.Map;

/** How one readiness check finds its answer. It must answer at once: a probe never waits on the database itself. */
@FunctionalInterface
public interface ReadinessProbe {

    /** Whether ready; the figures behind the answer are put into {@code data}. */
    boolean ready(Map<String, Object> data);
}
