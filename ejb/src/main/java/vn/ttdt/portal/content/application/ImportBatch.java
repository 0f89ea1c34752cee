package vn.ttdt.portal.content.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * A batch exported from the old portal (JSON): categories, then items with their original state
 * and publication time (ISO-8601 with offset, e.g. "2022-05-01T08:30:00+07:00").
 */
public record ImportBatch(List<CategoryRecord> categories, List<ItemRecord> items) {

    /** A category, created unless one with the same slug exists. */
    public record CategoryRecord(String slug, String name, String description) {
    }

    /** An item; {@code category} is a slug, {@code sourceUnit} a unit's short name. */
    public record ItemRecord(String sourceId, String kind, String genre, String title, String lead, String body,
                             String category, String sourceUnit, String state, String publishedAt,
                             List<AuthorRecord> authors) {
    }

    /** An author and their share in percent. */
    public record AuthorRecord(String name, BigDecimal share) {
    }
}
