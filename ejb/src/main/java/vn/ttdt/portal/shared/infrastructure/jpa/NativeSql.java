package vn.ttdt.portal.shared.infrastructure.jpa;

import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/** Positional parameters and column values of hand-written SQL run through the entity manager. */
public final class NativeSql {

    private NativeSql() {
    }

    public static Query bind(Query query, List<?> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /** {@code ?, ?, ?} for an {@code IN} list of {@code count} values. */
    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /**
     * {@code 1,2,3} for an {@code IN} list written into a statement: for ids the application holds
     * (never typed by a user), where thousands of bound parameters would cost more than the query.
     */
    public static String numbers(LongStream ids) {
        return ids.mapToObj(Long::toString).collect(Collectors.joining(","));
    }

    @SuppressWarnings("unchecked")
    public static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    public static long longOf(Object column) {
        return ((Number) column).longValue();
    }

    public static Integer intOf(Object column) {
        return column == null ? null : ((Number) column).intValue();
    }

    public static Instant instantOf(Object column) {
        return column instanceof LocalDateTime local ? local.toInstant(ZoneOffset.UTC)
                : UtcInstantConverter.toInstant((Timestamp) column);
    }
}
