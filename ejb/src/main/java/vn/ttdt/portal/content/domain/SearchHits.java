package vn.ttdt.portal.content.domain;

import vn.ttdt.portal.shared.domain.Page;

/**
 * A page of a search's results; {@code approximate} when no item holds every word of the query and
 * the page shows those holding most of them.
 */
public record SearchHits<T>(Page<T> page, boolean approximate) {
}
