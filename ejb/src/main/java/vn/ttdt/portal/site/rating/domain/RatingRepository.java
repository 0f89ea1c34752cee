package vn.ttdt.portal.site.rating.domain;

import java.time.LocalDate;
import java.util.List;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;
import vn.ttdt.portal.organisation.domain.Site;

public interface RatingRepository extends SiteOwnedRepository<RatingVote> {

    /** Stores the vote unless the same voter key voted on the same page that day; whether it was stored. */
    boolean addOncePerDay(RatingVote vote);

    /** The secret salt of {@code day}, made on first use; the same for every caller and node. */
    String saltOf(LocalDate day);

    /** Clears the voter keys and deletes the salts of the days before {@code day}; how many keys were cleared. */
    int forgetBefore(LocalDate day);

    /** The results per page between two days (both included), the most votes first. */
    List<PageResult> byPage(Site site, LocalDate from, LocalDate to);

    /** The results per category between two days (both included), the most votes first. */
    List<CategoryResult> byCategory(Site site, LocalDate from, LocalDate to);

    /** The comments given on one page between two days, the latest first, at most {@code limit}. */
    List<RatingVote> comments(Site site, RatingKind kind, String ref, LocalDate from, LocalDate to, int limit);

    /** How many votes one page got on one day (for tests and checks). */
    long votesOn(Site site, RatingKind kind, String ref, LocalDate day);
}
