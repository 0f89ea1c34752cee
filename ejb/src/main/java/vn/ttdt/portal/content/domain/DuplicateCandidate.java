package vn.ttdt.portal.content.domain;

import java.time.Instant;

/** An earlier item to compare with: enough to score it and to show it to the editor. */
public record DuplicateCandidate(long id, String title, String sourceUnitName, ItemState state, Instant createdAt,
                                 String searchText) {
}
