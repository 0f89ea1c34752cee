package vn.ttdt.portal.content.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    private static List<String> folded(List<SearchQuery.Syllable> syllables) {
        return syllables.stream().map(SearchQuery.Syllable::folded).toList();
    }

    @Test
    void readsWordsQuotedPhrasesAndExclusions() {
        SearchQuery query = SearchQuery.of("  Xã \"cải cách, hành chính\" Sông-Ray -huyện -\"nông thôn\" ");

        assertEquals(List.of("xa", "song", "ray"), folded(query.words()));
        assertEquals(List.of("xã", "sông", "ray"), query.words().stream().map(SearchQuery.Syllable::spelled).toList());
        assertEquals(List.of(List.of("cai", "cach", "hanh", "chinh")), query.phrases().stream().map(SearchQueryTest::folded).toList());
        assertEquals(List.of(List.of("huyen"), List.of("nong", "thon")), query.excluded().stream().map(SearchQueryTest::folded).toList());
        assertEquals(List.of("xa", "song", "ray", "cai", "cach", "hanh", "chinh", "huyen", "nong", "thon"), query.syllables());
    }

    @Test
    void anUnclosedQuoteRunsToTheEndAndALoneDashIsNothing() {
        SearchQuery query = SearchQuery.of("hội nghị - \"sơ kết quý");
        assertEquals(List.of("hoi", "nghi"), folded(query.words()));
        assertEquals(List.of(List.of("so", "ket", "quy")), query.phrases().stream().map(SearchQueryTest::folded).toList());
        assertTrue(query.excluded().isEmpty());
    }

    @Test
    void stopWordsTypedWithDiacriticsAreNotRequiredUnlessTheyAreAllThereIs() {
        SearchQuery query = SearchQuery.of("trường học của xã và chợ cho");
        List<Boolean> required = query.words().stream().map(query::requires).toList();
        assertEquals(List.of(true, true, false, true, false, true, false), required, "của, và, cho are stop words; chợ is not cho");

        SearchQuery only = SearchQuery.of("của các");
        assertTrue(only.words().stream().allMatch(only::requires), "a query of stop words still finds what holds them");
    }

    @Test
    void nothingToFindWithoutWordsOrPhrases() {
        assertTrue(SearchQuery.of(" … ").isEmpty());
        assertTrue(SearchQuery.of("-xã").isEmpty(), "an exclusion alone finds nothing");
        assertTrue(SearchQuery.of(null).isEmpty());
        assertFalse(SearchQuery.of("\"xã\"").isEmpty());
    }
}
