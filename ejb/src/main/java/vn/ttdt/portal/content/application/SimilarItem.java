package vn.ttdt.portal.content.application;

import java.io.Serializable;
import java.time.Instant;
import vn.ttdt.portal.content.domain.ItemState;

/** An earlier item that looks like the one being checked, with its similarity score (0–1). */
public record SimilarItem(long id, String title, String sourceUnitName, ItemState state, Instant createdAt,
                          double score) implements Serializable {
}
