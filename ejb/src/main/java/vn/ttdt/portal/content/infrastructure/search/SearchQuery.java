package vn.ttdt.portal.content.infrastructure.search;

import java.util.List;
import vn.ttdt.portal.content.domain.SearchText;

/** What a visitor typed, as the index compares it: its folded syllables in order and its exact {@link Spelling}. */
public final class SearchQuery {

    private final List<String> syllables;
    private final byte[] spelling;

    private SearchQuery(List<String> syllables, byte[] spelling) {
        this.syllables = syllables;
        this.spelling = spelling;
    }

    public static SearchQuery of(String typed) {
        return new SearchQuery(SearchText.syllablesOf(typed), Spelling.of(typed));
    }

    List<String> syllables() {
        return syllables;
    }

    byte[] spelling() {
        return spelling;
    }

    boolean isEmpty() {
        return syllables.isEmpty();
    }
}
