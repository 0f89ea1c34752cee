package vn.ttdt.portal.shared.infrastructure.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

class ReadinessChecksTest {

    private final ReadinessChecks checks = new ReadinessChecks();

    @Test
    void aCheckWhoseProbeIsNotRegisteredYetIsDown() {
        HealthCheckResponse answer = checks.answer(ReadinessCheck.MIGRATIONS);

        assertEquals("migrations", answer.getName());
        assertEquals(Status.DOWN, answer.getStatus());
        assertEquals(Map.of("registered", false), answer.getData().orElseThrow());
    }

    @Test
    void aRegisteredProbeAnswersEveryTimeItIsAskedWithItsFigures() {
        AtomicBoolean reachable = new AtomicBoolean(true);
        checks.register(ReadinessCheck.DATABASE, data -> {
            data.put("datasource", "java:jboss/datasources/PortalDS");
            return reachable.get();
        });

        assertEquals(Status.UP, checks.answer(ReadinessCheck.DATABASE).getStatus());
        reachable.set(false);
        HealthCheckResponse down = checks.answer(ReadinessCheck.DATABASE);

        assertEquals(Status.DOWN, down.getStatus());
        assertEquals(Map.of("datasource", "java:jboss/datasources/PortalDS"), down.getData().orElseThrow());
    }

    @Test
    void figuresAreWrittenAsTheHealthSubsystemWritesThem() {
        checks.register(ReadinessCheck.MIGRATIONS, data -> {
            data.put("pending", 0);
            data.put("version", "36");
            data.put("built", true);
            data.put("took", 1.5);
            return true;
        });

        Map<String, Object> data = checks.answer(ReadinessCheck.MIGRATIONS).getData().orElseThrow();

        assertEquals(Map.of("pending", 0L, "version", "36", "built", true, "took", "1.5"), data);
    }

    @Test
    void aProbeThatFailsMakesItsCheckDownWithTheFailure() {
        checks.register(ReadinessCheck.SEARCH_INDEX, data -> {
            throw new IllegalStateException("undeployed");
        });

        HealthCheckResponse answer = checks.answer(ReadinessCheck.SEARCH_INDEX);

        assertEquals(Status.DOWN, answer.getStatus());
        assertEquals("java.lang.IllegalStateException: undeployed", answer.getData().orElseThrow().get("error"));
    }

    @Test
    void eachProducedCheckAnswersUnderItsOwnName() {
        for (ReadinessCheck check : ReadinessCheck.values()) {
            checks.register(check, data -> true);
        }

        List<String> names = List.of(checks.database().call().getName(), checks.migrations().call().getName(),
                checks.searchIndex().call().getName());

        assertEquals(List.of("database", "migrations", "search-index"), names);
    }
}
