package vn.ttdt.portal.content.infrastructure.jpa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import vn.ttdt.portal.content.domain.ContentItemRepository;
import vn.ttdt.portal.content.domain.PublicItemFilter;
import vn.ttdt.portal.content.infrastructure.search.SearchQuery;
import vn.ttdt.portal.shared.infrastructure.jpa.JpqlSearch;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/**
 * The SQL behind the public listings and search. Native, because ranking "exact diacritics first"
 * needs a binary collation next to the accent-insensitive one of the columns.
 * <p>
 * A search reads the published items newest first along the {@code (site_id, state, published_at)}
 * index and keeps the first {@link ContentItemRepository#SEARCH_WINDOW} + 1 that contain the query's
 * words, with their rank (only while the search index is not ready): the newest matches are found after a few rows for common words, and
 * neither a count of every match nor a sort of all of them is needed. The categories citizens do not
 * see (hidden, or under a hidden one) are given as ids to leave out, because a join with
 * {@code category} makes MariaDB sort all matches instead and cannot follow the parents.
 */
final class PublishedItemsQuery {

    private final StringBuilder where = new StringBuilder(" FROM content_item i");
    private final List<Object> parameters = new ArrayList<>();
    private final List<Object> rankParameters = new ArrayList<>();
    private String rank = "";

    /**
     * {@code categoryId}: the filter's category, already looked up by its slug (null: all categories);
     * {@code notShownCategoryIds}: the categories whose items citizens do not see.
     */
    PublishedItemsQuery(long siteId, Long categoryId, Collection<Long> notShownCategoryIds, PublicItemFilter filter,
                        Instant now) {
        SearchQuery search = SearchQuery.of(filter.query());
        if (categoryId != null && filter.unitId() == null && filter.tagSlug() == null && search.isEmpty()) {
            // a category's listing: MariaDB otherwise weighs a range on each of the table's thirteen indexes, which cost
            // more than reading the ten rows (BENCHMARKS.md, 2026-12-07)
            where.append(" USE INDEX (ix_content_item_site_category)");
        }
        where.append(" WHERE i.site_id = ? AND i.state = 'PUBLISHED' AND i.published_at <= ?");
        parameters.add(siteId);
        parameters.add(now);
        if (!notShownCategoryIds.isEmpty()) {
            where.append(" AND i.category_id NOT IN (")
                    .append(Sql.numbers(notShownCategoryIds)).append(')');
        }
        if (categoryId != null) {
            where.append(" AND i.category_id = ?");
            parameters.add(categoryId);
        }
        if (filter.unitId() != null) {
            where.append(" AND i.source_unit_id = ?");
            parameters.add(filter.unitId());
        }
        if (filter.from() != null) {
            where.append(" AND i.published_at >= ?");
            parameters.add(filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND i.published_at < ?");
            parameters.add(filter.to());
        }
        if (filter.tagSlug() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM content_item_tag t WHERE t.item_id = i.id AND t.slug = ?)");
            parameters.add(filter.tagSlug());
        }
        if (!search.isEmpty()) {
            // search_text and the folded syllables hold only a-z, 0-9 and spaces: a binary comparison finds the
            // same rows as the column's accent-insensitive collation, in about half the time
            for (SearchQuery.Syllable word : search.words()) {
                if (search.requires(word)) {
                    holds(" LIKE ?", List.of(word));
                }
            }
            search.phrases().forEach(phrase -> holds(" LIKE ?", phrase));
            search.excluded().forEach(words -> holds(" NOT LIKE ?", words));
            String typed = (search.words().isEmpty() ? search.phrases().get(0) : search.words()).stream()
                    .map(SearchQuery.Syllable::spelled).collect(Collectors.joining(" "));
            String exact = "%" + JpqlSearch.escapeLike(typed) + "%";
            rank = "CASE WHEN LOWER(i.title) COLLATE utf8mb4_bin LIKE ? THEN 0 WHEN i.title LIKE ? THEN 1"
                    + " WHEN LOWER(i.lead) COLLATE utf8mb4_bin LIKE ? THEN 2 ELSE 3 END";
            rankParameters.add(exact);
            rankParameters.add(exact);
            rankParameters.add(exact);
        }
    }

    private void holds(String comparison, List<SearchQuery.Syllable> syllables) {
        where.append(" AND i.search_text COLLATE utf8mb4_bin").append(comparison);
        parameters.add("% " + syllables.stream().map(SearchQuery.Syllable::folded).collect(Collectors.joining(" ")) + " %");
    }

    String countSql() {
        return "SELECT COUNT(*)" + where;
    }

    String idsSql() {
        return "SELECT i.id" + where + " ORDER BY " + (rank.isEmpty() ? "" : rank + ", ") + "i.published_at DESC, i.id DESC";
    }

    boolean search() {
        return !rank.isEmpty();
    }

    /**
     * A search's newest matches, at most {@code limit}: rows of id and rank (0 the typed words with their
     * diacritics in the title, 1 without them, 2 with them in the lead, 3 elsewhere), newest first. Read
     * only while the search index is not ready: every word, phrase and exclusion as the index reads them,
     * a simpler rank, no approximate results.
     */
    String windowSql(int limit) {
        return "SELECT i.id, " + rank + " AS search_rank" + where + " ORDER BY i.published_at DESC, i.id DESC LIMIT " + limit;
    }

    List<Object> windowParameters() {
        List<Object> all = new ArrayList<>(rankParameters);
        all.addAll(parameters);
        return all;
    }

    List<Object> countParameters() {
        return parameters;
    }

    List<Object> idsParameters() {
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(rankParameters);
        return all;
    }

}
