package vn.ttdt.portal.content.infrastructure.search;

import java.util.List;

/**
 * A search's best matches in rank order ({@link SearchRank}), how many matches it saw (at least as
 * many as it lists), and whether they are approximate: no item held every word, these hold most.
 */
public record SearchMatches(List<Long> ids, int matched, boolean approximate) {

    public SearchMatches {
        ids = List.copyOf(ids);
    }
}
