package vn.ttdt.portal.site.statistics.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One counted page view: the Vietnamese day, the page, the visitor's daily key, when, and the referring host or null. */
public record Visit(LocalDate day, VisitedPage page, String visitorKey, Instant at, String referrerHost) {
}
