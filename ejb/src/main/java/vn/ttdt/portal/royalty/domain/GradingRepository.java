package vn.ttdt.portal.royalty.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.content.domain.ContentItem;

/** Gradings of published works, one per work, and the works there are to grade. */
public interface GradingRepository {

    Optional<Grading> byItem(long itemId);

    List<Grading> forItems(List<Long> itemIds);

    void add(Grading grading);

    /** Works of the site first published in [from, to) that are still published or archived, oldest first. */
    List<ContentItem> publishedBetween(long siteId, Instant from, Instant to);

    /** Whether a share of the work is already in an approved payroll. */
    boolean isPaid(long itemId);

    /** Those of the works with a share already in an approved payroll. */
    java.util.Set<Long> paidAmong(List<Long> itemIds);
}
