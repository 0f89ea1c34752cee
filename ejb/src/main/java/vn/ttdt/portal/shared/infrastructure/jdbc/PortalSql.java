package vn.ttdt.portal.shared.infrastructure.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/** Gives a bean that declares {@code @Inject Sql sql} the {@link Sql} helper on the portal's JTA datasource. */
@ApplicationScoped
public class PortalSql {

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    @Produces
    public Sql sql() {
        return Sql.on(dataSource);
    }
}
