package vn.ttdt.portal.content.domain;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which categories of a site citizens see ({@link Category#isShownPublicly}): the shown ones by slug,
 * and the ids of the others, whose items public listings and search leave out.
 */
public record PublicCategories(Map<String, Long> shownBySlug, Set<Long> notShownIds) {

    public PublicCategories {
        shownBySlug = Map.copyOf(shownBySlug);
        notShownIds = Set.copyOf(notShownIds);
    }

    /** The id of the shown category with this slug; empty when there is none or citizens do not see it. */
    public Optional<Long> shownId(String slug) {
        return Optional.ofNullable(shownBySlug.get(slug));
    }

    public Set<Long> shownIds() {
        return Set.copyOf(shownBySlug.values());
    }
}
