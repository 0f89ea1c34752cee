package vn.ttdt.portal.content.infrastructure.jdbc;

import static vn.ttdt.portal.shared.infrastructure.jdbc.Sql.placeholders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import vn.ttdt.portal.content.application.PublicItem;
import vn.ttdt.portal.content.application.PublicItemReader;
import vn.ttdt.portal.content.application.PublicPhoto;
import vn.ttdt.portal.shared.infrastructure.jdbc.Row;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/**
 * The public pages' reading of items as rows: one statement for the items with their category,
 * source unit and cover, one for their authors, tags and photos (and, on an item's page, what to read
 * next).
 */
@ApplicationScoped
public class SqlPublicItemReader implements PublicItemReader {

    /**
     * An item's page also asks whether the item has keywords and chosen related items, so that the statement of its
     * parts leaves out what cannot match (see {@link #partsAndNext}).
     */
    private static final String ITEM_COLUMNS = columns("i.body", ", EXISTS (SELECT 1 FROM content_item_tag t WHERE t.item_id = i.id) AS tagged,"
            + " EXISTS (SELECT 1 FROM content_item_related r WHERE r.item_id = i.id) AS chosen");

    /** A listing shows no body: it is left in the database (a few kilobytes an item). */
    private static final String LISTED_COLUMNS = columns("NULL", "");

    private static final String READABLE = " AND i.site_id = ? AND i.state = 'PUBLISHED' AND i.published_at <= ?";

    @Inject
    private Sql sql;

    private static String columns(String body, String more) {
        return "SELECT i.id, i.slug, i.kind, i.title, i.lead, " + body + " AS body, i.published_at,"
                + " c.slug AS category_slug, c.name AS category_name, u.name AS unit_name, i.cover_caption, i.cover_photographer,"
                + " m.storage_key AS cover_key, m.width AS cover_width, m.height AS cover_height, i.category_id" + more
                + " FROM content_item i JOIN category c ON c.id = i.category_id JOIN unit u ON u.id = i.source_unit_id"
                + " LEFT JOIN media m ON m.id = i.cover_media_id AND m.width IS NOT NULL";
    }

    /** A row of {@link #columns}. */
    private record ItemRow(long id, String slug, String kind, String title, String lead, String body, Instant publishedAt,
                           String categorySlug, String categoryName, String unitName, PublicPhoto cover, long categoryId) {

        static ItemRow of(Row r) {
            PublicPhoto cover = r.getString("cover_key") == null ? null : PublicPhoto.of(r.getString("cover_caption"),
                    r.getString("cover_photographer"), r.getString("cover_key"), r.getInt("cover_width"), r.getInt("cover_height"));
            return new ItemRow(r.getLong("id"), r.getString("slug"), r.getString("kind"), r.getString("title"), r.getString("lead"),
                    r.getString("body"), r.getInstant("published_at"), r.getString("category_slug"), r.getString("category_name"),
                    r.getString("unit_name"), cover, r.getLong("category_id"));
        }
    }

    @Override
    public List<PublicItem> listed(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ItemRow> byId = sql.list(LISTED_COLUMNS + " WHERE i.id IN (" + placeholders(ids.size()) + ")", ids, ItemRow::of)
                .stream().collect(Collectors.toMap(ItemRow::id, Function.identity()));
        List<Long> found = ids.stream().filter(byId::containsKey).toList();
        Parts parts = new Parts();
        if (!found.isEmpty()) {
            String in = " IN (" + placeholders(found.size()) + ")";
            List<Object> parameters = new ArrayList<>();
            for (int times = 3; times > 0; times--) {
                parameters.addAll(found);
            }
            sql.forEach(collections(in) + " ORDER BY 2, 1, 3", parameters, 0, parts::add);
        }
        return found.stream().map(id -> item(byId.get(id), parts, null)).toList();
    }

    @Override
    public Optional<PublicItem> readable(long siteId, String slug, Instant now, Collection<Long> visibleCategories,
                                         int relatedShown) {
        if (visibleCategories.isEmpty()) {
            return Optional.empty();
        }
        List<Object> parameters = new ArrayList<>(List.of(slug, siteId, now));
        parameters.addAll(visibleCategories);
        String visible = " AND i.category_id IN (" + placeholders(visibleCategories.size()) + ")";
        return sql.onOneConnection(one -> {
            Optional<Found> found = one.first(ITEM_COLUMNS + " WHERE i.slug = ?" + READABLE + visible, parameters,
                    r -> new Found(ItemRow.of(r), r.getBoolean("tagged"), r.getBoolean("chosen")));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            ItemRow row = found.get().row();
            List<Object> partParameters = new ArrayList<>();
            String query = partsAndNext(row.id(), row.categoryId(), found.get().tagged(), found.get().chosen(), siteId, now,
                    visibleCategories, relatedShown, partParameters);
            Parts parts = new Parts();
            one.forEach(query, partParameters, 0, parts::add);
            return Optional.of(item(row, parts, parts.toReadNext(relatedShown)));
        });
    }

    /** The item's row and whether it has keywords ({@code tagged}) and chosen related items ({@code chosen}). */
    private record Found(ItemRow row, boolean tagged, boolean chosen) {
    }

    /**
     * The statement of an item's parts ({@link #collections}) and what to read next, its parameters added to
     * {@code parameters}: the chosen related items ('R') only when the item has some, the newest of its category sharing
     * one of its keywords ('G') only when it has keywords, and the newest of its category ('N'). The chosen items and
     * the newest of the category name the index they go by: with thirteen indexes on the table, MariaDB otherwise
     * estimates a range on each of them, which cost more than reading the rows. The items sharing a keyword leave the
     * choice to MariaDB: for a keyword many items carry, reading the category newest first may be the better plan.
     */
    static String partsAndNext(long id, long categoryId, boolean tagged, boolean chosen, long siteId, Instant now,
                               Collection<Long> visibleCategories, int relatedShown, List<Object> parameters) {
        StringBuilder query = new StringBuilder(collections(" = ?"));
        parameters.addAll(List.of(id, id, id));
        if (chosen) {
            query.append(" UNION ALL SELECT 'R', r.item_id, r.position, i.slug, i.title, NULL, NULL, NULL, i.id, i.published_at")
                    .append(" FROM content_item_related r JOIN content_item i USE INDEX (PRIMARY) ON i.id = r.related_id")
                    .append(" WHERE r.item_id = ?").append(READABLE)
                    .append(" AND i.category_id IN (").append(placeholders(visibleCategories.size())).append(")");
            parameters.addAll(List.of(id, siteId, now));
            parameters.addAll(visibleCategories);
        }
        String next = "SELECT %s, ?, 0, i.slug, i.title, NULL, NULL, NULL, i.id, i.published_at FROM content_item i%s"
                + " WHERE i.category_id = ? AND i.id <> ?" + READABLE;
        String newest = " ORDER BY i.published_at DESC, i.id DESC LIMIT " + relatedShown;
        if (tagged) {
            query.append(" UNION ALL (").append(next.formatted("'G'", ""))
                    .append(" AND i.id IN (SELECT t.item_id FROM content_item_tag t WHERE t.slug IN")
                    .append(" (SELECT s.slug FROM content_item_tag s WHERE s.item_id = ?))").append(newest).append(")");
            parameters.addAll(List.of(id, categoryId, id, siteId, now, id));
        }
        query.append(" UNION ALL (").append(next.formatted("'N'", " USE INDEX (ix_content_item_site_category)")).append(newest).append(")")
                .append(" ORDER BY 2, 1, 3, 10 DESC, 9 DESC");
        parameters.addAll(List.of(id, categoryId, id, siteId, now));
        return query.toString();
    }

    /**
     * Authors ('A'), tags ('T') and photos ('P') of the items whose id matches {@code itemIs} (" = ?" or " IN (…)",
     * bound three times); every part a row of the same ten columns.
     */
    private static String collections(String itemIs) {
        return "SELECT 'A' AS part, item_id, position, name AS text, NULL AS detail, NULL AS storage_key,"
                + " NULL AS width, NULL AS height, NULL AS related_id, NULL AS published_at FROM content_author WHERE item_id" + itemIs
                + " UNION ALL SELECT 'T', item_id, position, slug, name, NULL, NULL, NULL, NULL, NULL FROM content_item_tag WHERE item_id" + itemIs
                + " UNION ALL SELECT 'P', p.item_id, p.position, p.caption, p.photographer, m.storage_key, m.width, m.height, NULL, NULL"
                + " FROM content_photo p JOIN media m ON m.id = p.media_id WHERE m.width IS NOT NULL AND p.item_id" + itemIs;
    }

    private static PublicItem item(ItemRow row, Parts parts, List<PublicItem.RelatedItem> related) {
        long id = row.id();
        return new PublicItem(id, row.slug(), row.kind(), row.title(), row.lead(), row.body(), row.publishedAt(),
                new PublicItem.CategoryRef(row.categorySlug(), row.categoryName()), row.unitName(),
                parts.authors(id), parts.tags(id), related, row.cover(), parts.photos(id));
    }

    /**
     * The rows of {@link #collections} and, for an item's page, what to read next: the readable items its editor chose
     * ('R', in their order), else the newest of its category sharing one of its tags ('G'), then its newest others ('N').
     */
    private static final class Parts {
        private final Map<Long, List<String>> authors = new HashMap<>();
        private final Map<Long, List<PublicItem.TagRef>> tags = new HashMap<>();
        private final Map<Long, List<PublicPhoto>> photos = new HashMap<>();
        private final Map<String, Map<Long, PublicItem.RelatedItem>> toReadNext = new HashMap<>();

        void add(Row row) {
            long item = row.getLong("item_id");
            String part = row.getString("part");
            switch (part) {
                case "A" -> authors.computeIfAbsent(item, k -> new ArrayList<>()).add(row.getString("text"));
                case "T" -> tags.computeIfAbsent(item, k -> new ArrayList<>())
                        .add(new PublicItem.TagRef(row.getString("text"), row.getString("detail")));
                case "P" -> photos.computeIfAbsent(item, k -> new ArrayList<>()).add(PublicPhoto.of(row.getString("text"),
                        row.getString("detail"), row.getString("storage_key"), row.getInt("width"), row.getInt("height")));
                case "R", "G", "N" -> toReadNext.computeIfAbsent(part, k -> new LinkedHashMap<>()).putIfAbsent(row.getLong("related_id"),
                        new PublicItem.RelatedItem(row.getString("text"), row.getString("detail"), row.getInstant("published_at")));
                default -> throw new IllegalStateException("Unknown part " + part);
            }
        }

        List<String> authors(long item) { return List.copyOf(authors.getOrDefault(item, List.of())); }
        List<PublicItem.TagRef> tags(long item) { return List.copyOf(tags.getOrDefault(item, List.of())); }
        List<PublicPhoto> photos(long item) { return List.copyOf(photos.getOrDefault(item, List.of())); }

        List<PublicItem.RelatedItem> toReadNext(int limit) {
            Map<Long, PublicItem.RelatedItem> chosen = toReadNext.getOrDefault("R", Map.of());
            if (!chosen.isEmpty()) {
                return chosen.values().stream().limit(limit).toList();
            }
            Map<Long, PublicItem.RelatedItem> picked = new LinkedHashMap<>(toReadNext.getOrDefault("G", Map.of()));
            toReadNext.getOrDefault("N", Map.of()).forEach((id, next) -> {
                if (picked.size() < limit) {
                    picked.putIfAbsent(id, next);
                }
            });
            return List.copyOf(picked.values());
        }
    }
}
