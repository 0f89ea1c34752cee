package vn.ttdt.portal.content.infrastructure.jdbc;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import vn.ttdt.portal.content.application.PublishedGenerationLog;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/** The shared generation as the one row of {@code published_generation} (V34). */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JdbcPublishedGenerationLog implements PublishedGenerationLog {

    private static final String CURRENT = "SELECT generation FROM published_generation WHERE id = 1";

    @Inject
    private Sql sql;

    @Inject
    private Clock clock;

    @Override
    public long moved() {
        sql.update("UPDATE published_generation SET generation = generation + 1, changed_at = ? WHERE id = 1", List.of(clock.instant()));
        return sql.number(CURRENT, List.of());
    }

    @Override
    public long current() {
        return sql.number(CURRENT, List.of());
    }
}
