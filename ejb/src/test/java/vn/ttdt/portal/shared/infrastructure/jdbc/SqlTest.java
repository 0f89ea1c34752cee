package vn.ttdt.portal.shared.infrastructure.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.PersistenceException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class SqlTest {

    /** A pool of fake connections that counts checkouts, returns and the statements run on each connection. */
    private static final class CountingPool {
        int checkouts;
        int returns;
        final List<String> statements = new ArrayList<>();

        DataSource dataSource() {
            return proxy(DataSource.class, (name, args) -> {
                if (name.equals("getConnection")) {
                    checkouts++;
                    return connection(checkouts);
                }
                throw new UnsupportedOperationException(name);
            });
        }

        private Connection connection(int number) {
            return proxy(Connection.class, (name, args) -> switch (name) {
                case "prepareStatement" -> statement(number + ": " + args[0]);
                case "close" -> {
                    returns++;
                    yield null;
                }
                default -> throw new UnsupportedOperationException(name);
            });
        }

        private PreparedStatement statement(String run) {
            return proxy(PreparedStatement.class, (name, args) -> switch (name) {
                case "executeQuery" -> {
                    statements.add(run);
                    yield proxy(ResultSet.class, (n, a) -> n.equals("next") ? Boolean.FALSE : null);
                }
                case "close", "setObject" -> null;
                default -> throw new UnsupportedOperationException(name);
            });
        }
    }

    private interface Call {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Call call) {
        return type.cast(Proxy.newProxyInstance(SqlTest.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> call.answer(method.getName(), args)));
    }

    @Test
    void eachStatementTakesAConnectionOfItsOwnFromThePool() {
        CountingPool pool = new CountingPool();
        Sql sql = Sql.on(pool.dataSource());

        sql.list("SELECT a", List.of(1), row -> row);
        sql.list("SELECT b", List.of(), row -> row);

        assertEquals(List.of("1: SELECT a", "2: SELECT b"), pool.statements);
        assertEquals(2, pool.returns);
    }

    @Test
    void statementsOnOneConnectionShareOneCheckoutGivenBackAtTheEnd() {
        CountingPool pool = new CountingPool();
        Sql sql = Sql.on(pool.dataSource());

        int found = sql.onOneConnection(one -> {
            one.list("SELECT a", List.of(1), row -> row);
            one.onOneConnection(same -> same.list("SELECT b", List.of(), row -> row));
            assertEquals(0, pool.returns, "given back only when the work ends");
            return one.list("SELECT c", List.of(), row -> row).size();
        });

        assertEquals(0, found);
        assertEquals(List.of("1: SELECT a", "1: SELECT b", "1: SELECT c"), pool.statements);
        assertEquals(1, pool.checkouts);
        assertEquals(1, pool.returns);
    }

    @Test
    void theConnectionGoesBackWhenTheWorkFails() {
        CountingPool pool = new CountingPool();
        Sql sql = Sql.on(pool.dataSource());

        assertThrows(PersistenceException.class, () -> sql.onOneConnection(one -> one.number("SELECT COUNT(*) FROM t", List.of())));

        assertEquals(1, pool.checkouts);
        assertEquals(1, pool.returns);
    }
}
