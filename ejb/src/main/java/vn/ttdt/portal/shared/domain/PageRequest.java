package vn.ttdt.portal.shared.domain;

/** A slice of a sorted list: rows [offset, offset + limit) ordered by {@code sortField}. */
public record PageRequest(int offset, int limit, String sortField, boolean ascending) {

    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, null, true);
    }
}
