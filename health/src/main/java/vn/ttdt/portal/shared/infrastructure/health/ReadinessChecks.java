package vn.ttdt.portal.shared.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The portal's readiness checks as WildFly's MicroProfile Health sees them. WildFly 39 collects the {@code @Readiness}
 * beans of an EAR through the bean archives of the EAR's {@code lib/} only (those of its EJB and web modules stay
 * unseen), so the checks are produced here and answer with the probe the EJB module registered for each. A check whose
 * probe is not registered yet — the EJB module still starting — answers DOWN; so does a probe that fails. The health
 * subsystem writes only text, whole numbers as {@code Long} and booleans into a check's data: other whole numbers are
 * widened, anything else written as text.
 */
@ApplicationScoped
public class ReadinessChecks {

    private final Map<ReadinessCheck, ReadinessProbe> probes = new ConcurrentHashMap<>();

    /** Makes {@code probe} the answer of {@code check}, in place of any probe registered before. */
    public void register(ReadinessCheck check, ReadinessProbe probe) {
        probes.put(check, probe);
    }

    /** What {@code check} answers now. */
    public HealthCheckResponse answer(ReadinessCheck check) {
        Map<String, Object> data = new LinkedHashMap<>();
        ReadinessProbe probe = probes.get(check);
        boolean ready;
        if (probe == null) {
            data.put("registered", false);
            ready = false;
        } else {
            ready = probed(probe, data);
        }
        data.replaceAll((key, value) -> writable(value));
        return new HealthCheckResponse(check.checkName(), ready ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                Optional.of(data));
    }

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> answer(ReadinessCheck.DATABASE);
    }

    @Produces
    @Readiness
    HealthCheck migrations() {
        return () -> answer(ReadinessCheck.MIGRATIONS);
    }

    @Produces
    @Readiness
    HealthCheck searchIndex() {
        return () -> answer(ReadinessCheck.SEARCH_INDEX);
    }

    private static boolean probed(ReadinessProbe probe, Map<String, Object> data) {
        try {
            return probe.ready(data);
        } catch (RuntimeException failure) {
            data.put("error", failure.toString());
            return false;
        }
    }

    private static Object writable(Object value) {
        if (value instanceof String || value instanceof Long || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        return String.valueOf(value);
    }
}
