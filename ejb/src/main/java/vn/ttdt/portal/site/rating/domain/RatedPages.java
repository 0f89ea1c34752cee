package vn.ttdt.portal.site.rating.domain;

import java.util.Optional;

/** Finds the public page a vote is for: only a page the site publishes now may be rated. */
public interface RatedPages {

    Optional<RatedPage> find(RatingKind kind, String ref);
}
