package vn.ttdt.portal.content.infrastructure.jdbc;

import static vn.ttdt.portal.shared.infrastructure.jpa.NativeSql.instantOf;
import static vn.ttdt.portal.shared.infrastructure.jpa.NativeSql.intOf;
import static vn.ttdt.portal.shared.infrastructure.jpa.NativeSql.longOf;
import static vn.ttdt.portal.shared.infrastructure.jpa.NativeSql.placeholders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.Resource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import vn.ttdt.portal.content.application.PublicItem;
import vn.ttdt.portal.content.application.PublicItemReader;
import vn.ttdt.portal.content.application.PublicPhoto;
import vn.ttdt.portal.shared.infrastructure.jdbc.JdbcRows;
import vn.ttdt.portal.shared.infrastructure.jpa.UtcInstantConverter;

/**
 * The public pages' reading of items as rows: one statement for the items with their category,
 * source unit and cover, one for their authors, tags and photos (and, on an item's page, its chosen
 * related items), one or two for what to read next.
 */
@ApplicationScoped
public class SqlPublicItemReader implements PublicItemReader {

    private static final String ITEM_COLUMNS = columns("i.body");

    /** A listing shows no body: it is left in the database (a few kilobytes an item). */
    private static final String LISTED_COLUMNS = columns("NULL");

    private static final String READABLE = " AND i.site_id = ? AND i.state = 'PUBLISHED' AND i.published_at <= ?";

    private static final String RELATED_COLUMNS = "SELECT i.id, i.slug, i.title, i.published_at FROM content_item i";

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    private List<Object[]> read(String sql, List<?> parameters) {
        return JdbcRows.rows(dataSource, sql, parameters);
    }

    private static String columns(String body) {
        return "SELECT i.id, i.slug, i.kind, i.title, i.lead, " + body + ", i.published_at,"
                + " c.slug, c.name, u.name, i.cover_caption, i.cover_photographer, m.storage_key, m.width, m.height, i.category_id"
                + " FROM content_item i JOIN category c ON c.id = i.category_id JOIN unit u ON u.id = i.source_unit_id"
                + " LEFT JOIN media m ON m.id = i.cover_media_id AND m.width IS NOT NULL";
    }

    @Override
    public List<PublicItem> listed(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> byId = read(LISTED_COLUMNS + " WHERE i.id IN (" + placeholders(ids.size()) + ")", ids)
                .stream().collect(Collectors.toMap(row -> longOf(row[0]), Function.identity()));
        List<Long> found = ids.stream().filter(byId::containsKey).toList();
        Parts parts = parts(found, false);
        return found.stream().map(id -> item(byId.get(id), parts, null)).toList();
    }

    @Override
    public Optional<PublicItem> readable(long siteId, String slug, Instant now, Collection<Long> visibleCategories,
                                         int relatedShown) {
        if (visibleCategories.isEmpty()) {
            return Optional.empty();
        }
        List<Object> parameters = new ArrayList<>(List.of(slug, siteId, UtcInstantConverter.toTimestamp(now)));
        parameters.addAll(visibleCategories);
        List<Object[]> found = read(ITEM_COLUMNS + " WHERE i.slug = ?" + READABLE
                + " AND i.category_id IN (" + placeholders(visibleCategories.size()) + ")", parameters);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = found.get(0);
        long id = longOf(row[0]);
        Parts parts = parts(List.of(id), true);
        List<PublicItem.RelatedItem> related = chosen(parts.related(id), siteId, now, visibleCategories, relatedShown);
        if (related.isEmpty()) {
            related = newestOfCategory(id, longOf(row[15]), parts.tags(id), siteId, now, relatedShown);
        }
        return Optional.of(item(row, parts, related));
    }

    private List<PublicItem.RelatedItem> chosen(List<Long> ids, long siteId, Instant now, Collection<Long> visibleCategories,
                                                int limit) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(ids);
        parameters.add(siteId);
        parameters.add(UtcInstantConverter.toTimestamp(now));
        parameters.addAll(visibleCategories);
        Map<Long, PublicItem.RelatedItem> readable = related(read(RELATED_COLUMNS
                + " WHERE i.id IN (" + placeholders(ids.size()) + ")" + READABLE
                + " AND i.category_id IN (" + placeholders(visibleCategories.size()) + ")", parameters));
        return ids.stream().map(readable::get).filter(r -> r != null).limit(limit).toList();
    }

    /** The category's newest items sharing one of the tags, then its newest others. */
    private List<PublicItem.RelatedItem> newestOfCategory(long itemId, long categoryId, List<PublicItem.TagRef> tags,
                                                          long siteId, Instant now, int limit) {
        List<Object> parameters = new ArrayList<>(List.of(categoryId, itemId, siteId, UtcInstantConverter.toTimestamp(now)));
        String newest = " ORDER BY i.published_at DESC, i.id DESC LIMIT " + limit;
        Map<Long, PublicItem.RelatedItem> picked = new LinkedHashMap<>();
        if (!tags.isEmpty()) {
            List<Object> tagged = new ArrayList<>(parameters);
            tags.forEach(t -> tagged.add(t.slug()));
            picked.putAll(related(read(RELATED_COLUMNS + " WHERE i.category_id = ? AND i.id <> ?"
                    + READABLE + " AND i.id IN (SELECT t.item_id FROM content_item_tag t WHERE t.slug IN ("
                    + placeholders(tags.size()) + "))" + newest, tagged)));
        }
        if (picked.size() < limit) {
            related(read(RELATED_COLUMNS + " WHERE i.category_id = ? AND i.id <> ?" + READABLE
                    + newest, parameters)).forEach((id, r) -> {
                        if (picked.size() < limit) {
                            picked.putIfAbsent(id, r);
                        }
                    });
        }
        return List.copyOf(picked.values());
    }

    private static Map<Long, PublicItem.RelatedItem> related(List<Object[]> rows) {
        Map<Long, PublicItem.RelatedItem> byId = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byId.put(longOf(row[0]), new PublicItem.RelatedItem((String) row[1], (String) row[2], instantOf(row[3])));
        }
        return byId;
    }

    private static PublicItem item(Object[] row, Parts parts, List<PublicItem.RelatedItem> related) {
        long id = longOf(row[0]);
        PublicPhoto cover = row[12] == null ? null
                : PublicPhoto.of((String) row[10], (String) row[11], (String) row[12], intOf(row[13]), intOf(row[14]));
        return new PublicItem(id, (String) row[1], (String) row[2], (String) row[3], (String) row[4], (String) row[5],
                instantOf(row[6]), new PublicItem.CategoryRef((String) row[7], (String) row[8]), (String) row[9],
                parts.authors(id), parts.tags(id), related, cover, parts.photos(id));
    }

    /** Authors, tags, photos and (on request) chosen related ids of some items, in one statement. */
    private Parts parts(List<Long> ids, boolean withRelated) {
        Parts parts = new Parts();
        if (ids.isEmpty()) {
            return parts;
        }
        String in = " IN (" + placeholders(ids.size()) + ")";
        String sql = "SELECT 'A', item_id, position, name, NULL, NULL, NULL, NULL FROM content_author WHERE item_id" + in
                + " UNION ALL SELECT 'T', item_id, position, slug, name, NULL, NULL, NULL FROM content_item_tag WHERE item_id" + in
                + " UNION ALL SELECT 'P', p.item_id, p.position, p.caption, p.photographer, m.storage_key, m.width, m.height"
                + " FROM content_photo p JOIN media m ON m.id = p.media_id WHERE m.width IS NOT NULL AND p.item_id" + in
                + (withRelated ? " UNION ALL SELECT 'R', item_id, position, NULL, NULL, NULL, related_id, NULL"
                + " FROM content_item_related WHERE item_id" + in : "")
                + " ORDER BY 2, 1, 3";
        List<Object> parameters = new ArrayList<>();
        for (int times = withRelated ? 4 : 3; times > 0; times--) {
            parameters.addAll(ids);
        }
        for (Object[] row : read(sql, parameters)) {
            parts.add(row);
        }
        return parts;
    }

    private static final class Parts {
        private final Map<Long, List<String>> authors = new HashMap<>();
        private final Map<Long, List<PublicItem.TagRef>> tags = new HashMap<>();
        private final Map<Long, List<PublicPhoto>> photos = new HashMap<>();
        private final Map<Long, List<Long>> related = new HashMap<>();

        void add(Object[] row) {
            long item = longOf(row[1]);
            switch (String.valueOf(row[0])) {
                case "A" -> authors.computeIfAbsent(item, k -> new ArrayList<>()).add((String) row[3]);
                case "T" -> tags.computeIfAbsent(item, k -> new ArrayList<>()).add(new PublicItem.TagRef((String) row[3], (String) row[4]));
                case "P" -> photos.computeIfAbsent(item, k -> new ArrayList<>()).add(
                        PublicPhoto.of((String) row[3], (String) row[4], (String) row[5], intOf(row[6]), intOf(row[7])));
                case "R" -> related.computeIfAbsent(item, k -> new ArrayList<>()).add(longOf(row[6]));
                default -> throw new IllegalStateException("Unknown part " + row[0]);
            }
        }

        List<String> authors(long item) { return List.copyOf(authors.getOrDefault(item, List.of())); }
        List<PublicItem.TagRef> tags(long item) { return List.copyOf(tags.getOrDefault(item, List.of())); }
        List<PublicPhoto> photos(long item) { return List.copyOf(photos.getOrDefault(item, List.of())); }
        List<Long> related(long item) { return related.getOrDefault(item, List.of()); }
    }
}
