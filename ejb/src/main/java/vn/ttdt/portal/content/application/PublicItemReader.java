package vn.ttdt.portal.content.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads published items straight into what citizens see, in a fixed number of statements per
 * page however many items it lists (the item aggregate with its units, accounts and collections
 * is for the back office).
 */
public interface PublicItemReader {

    /** The items with these ids, in the order of the ids, without body and related items; unknown ids are left out. */
    List<PublicItem> listed(List<Long> ids);

    /**
     * The item published under {@code slug} in one of the visible categories of the site by {@code now}, with
     * what to read next (at most {@code relatedShown}): the readable items its editor chose, or else
     * the newest of its category, those sharing one of its tags first.
     */
    Optional<PublicItem> readable(long siteId, String slug, Instant now, Collection<Long> visibleCategories, int relatedShown);
}
