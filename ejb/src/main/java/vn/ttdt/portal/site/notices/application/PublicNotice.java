package vn.ttdt.portal.site.notices.application;

import java.time.Instant;

/** A planned outage as citizens see it in the banner and at {@code GET /api/v1/notices}; {@code reasonEn} may be null. */
public record PublicNotice(long id, Instant startsAt, Instant endsAt, String reason, String reasonEn) {
}
