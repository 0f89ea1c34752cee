package vn.ttdt.portal.quota.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * An item a row of the compliance table counted, as the drill-down lists it: its kind (NEWS, ARTICLE or
 * POSTING_REQUEST), id, title (a posting request's summary) and when it was published (or posted).
 */
public record CountedItemView(String kind, long id, String title, Instant at) implements Serializable {
}
