package vn.ttdt.portal.content.domain;

import java.time.Instant;

/** One author of one published item, as the item credits them: their name as written, their account if they have one. */
public record AuthoredWork(long itemId, String title, Long accountId, String authorName, Instant publishedAt) {
}
