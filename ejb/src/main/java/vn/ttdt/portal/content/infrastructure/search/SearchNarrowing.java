package vn.ttdt.portal.content.infrastructure.search;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import vn.ttdt.portal.content.domain.PublicItemFilter;

/**
 * What a search narrows its matches by: the visible categories,
 * the time of the search and the filter's category, unit and period (null: not filtered); times in
 * epoch microseconds.
 */
public record SearchNarrowing(Set<Long> visibleCategories, Long categoryId, Long unitId, Long from, Long to, long now) {

    public static SearchNarrowing of(Collection<Long> visibleCategories, Long categoryId, PublicItemFilter filter, Instant now) {
        return new SearchNarrowing(Set.copyOf(visibleCategories), categoryId, filter.unitId(),
                filter.from() == null ? null : SyllableIndex.micros(filter.from()),
                filter.to() == null ? null : SyllableIndex.micros(filter.to()), SyllableIndex.micros(now));
    }
}
