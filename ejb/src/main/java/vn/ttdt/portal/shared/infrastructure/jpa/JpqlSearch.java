package vn.ttdt.portal.shared.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

/**
 * Builds a filtered, sorted, paged JPQL query over one entity. Sort fields come from an
 * allow-list, so a client-chosen sort can never inject JPQL.
 */
public final class JpqlSearch<T> {

    private final Class<T> type;
    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Map<String, String> sortable;
    private final String defaultSort;
    private final List<String> batched = new ArrayList<>();

    public JpqlSearch(Class<T> type, String alias, Map<String, String> sortable, String defaultSort) {
        this.type = type;
        this.alias = alias;
        this.sortable = sortable;
        this.defaultSort = defaultSort;
    }

    /**
     * Loads these relationships of a page's rows together, one statement each for the whole page ({@link #batchFetch}),
     * instead of one per row when a view reads them.
     */
    public JpqlSearch<T> withParts(String... relationships) {
        batched.addAll(List.of(relationships));
        return this;
    }

    /** Asks EclipseLink to load {@code relationships} of every row {@code query} answers with one {@code IN} statement each. */
    public static <Q extends jakarta.persistence.Query> Q batchFetch(Q query, String alias, List<String> relationships) {
        for (String relationship : relationships) {
            query.setHint("eclipselink.batch", alias + "." + relationship);
        }
        if (!relationships.isEmpty()) {
            query.setHint("eclipselink.batch.type", "IN");
        }
        return query;
    }

    public JpqlSearch<T> where(String condition, String parameter, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** Adds a condition matching {@code value} as a substring of any of the paths. */
    public JpqlSearch<T> containing(String value, String... paths) {
        if (value == null || value.isBlank()) {
            return this;
        }
        List<String> any = new ArrayList<>();
        for (String path : paths) {
            any.add("LOWER(" + path + ") LIKE :text");
        }
        conditions.add("(" + String.join(" OR ", any) + ")");
        parameters.put("text", "%" + escapeLike(value.strip().toLowerCase()) + "%");
        return this;
    }

    /**
     * Adds a condition that the {@code FULLTEXT}-indexed {@code path} matches a boolean-mode {@code query} (such as
     * {@link vn.ttdt.portal.shared.domain.SyllableWords#query}); nothing when the query is empty. MariaDB answers it
     * from the full-text index.
     */
    public JpqlSearch<T> matching(String path, String query) {
        return where(fullText(path), "fullText", query);
    }

    /**
     * Like {@link #matching}, or else the {@code alternative} condition with its one {@code parameter}: a row passes
     * when either holds; only the match when {@code value} is null, only the alternative when the query is empty.
     */
    public JpqlSearch<T> matchingOr(String path, String query, String alternative, String parameter, Object value) {
        if (value == null) {
            return matching(path, query);
        }
        if (query == null || query.isBlank()) {
            return where(alternative, parameter, value);
        }
        conditions.add("(" + fullText(path) + " OR " + alternative + ")");
        parameters.put("fullText", query);
        parameters.put(parameter, value);
        return this;
    }

    private static String fullText(String path) {
        return "SQL('MATCH(?) AGAINST(? IN BOOLEAN MODE)', " + path + ", :fullText) > 0";
    }

    public Page<T> fetch(EntityManager em, PageRequest page) {
        String whereClause = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String from = " FROM " + type.getSimpleName() + " " + alias + whereClause;
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(" + alias + ")" + from, Long.class);
        TypedQuery<T> select = em.createQuery("SELECT " + alias + from + orderBy(page), type);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        List<T> items = batchFetch(select, alias, batched).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        return new Page<>(items, count.getSingleResult());
    }

    private String orderBy(PageRequest page) {
        String path = page.sortField() == null ? null : sortable.get(page.sortField());
        String direction = page.ascending() ? " ASC" : " DESC";
        if (path == null) {
            return " ORDER BY " + defaultSort + ", " + alias + ".id";
        }
        return " ORDER BY " + path + direction + ", " + alias + ".id";
    }

    /** The text for a LIKE pattern, its own %, _ and backslash taken literally. */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
