package vn.ttdt.portal.content.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.content.domain.SearchText;

class SyllableIndexTest {

    private static final long NOW = 1_000_000;
    private final SyllableIndex index = new SyllableIndex();

    private static SearchNarrowing visible(Long... categories) {
        return new SearchNarrowing(Set.of(categories), null, null, null, null, NOW);
    }

    /** An item published at its id, in category 1. */
    private void put(long id, String title, String lead, String body) {
        index.put(new SyllableIndex.Entry(id, id, 1, 1, true, title, lead, SearchText.of(title, lead, body)));
    }

    private SyllableIndex.Result find(String typed) {
        return index.matches(SearchQuery.of(typed), visible(1L), 100);
    }

    private long[] ids(String typed) {
        return find(typed).ids();
    }

    @Test
    void findsEveryItemHoldingAllTheWordsInAnyOrderAnywhere() {
        put(1, "Xã Xuân Đường về đích nông thôn mới", "Huyện Cẩm Mỹ trao bằng công nhận.", "");
        put(2, "Xã Sông Ray khánh thành trường học", "Ngôi trường mới khang trang.", "");
        put(3, "Hội Nông dân ra quân", "Tại ấp 3, Sông Ray.", "<p>Bà con trong xã góp công.</p>");
        put(4, "Nông thôn mới nâng cao", "Tiếp tục phấn đấu.", "<p>Cẩm Mỹ</p>");
        put(5, "Trường học xã Lâm San", "", "");

        assertArrayEquals(new long[] {1, 4}, ids("nông thôn mới Cẩm Mỹ"), "title and lead above title and body");
        assertArrayEquals(new long[] {2}, ids("trường học Sông Ray"));
        assertArrayEquals(new long[] {2, 3}, ids("song ray xa"), "without diacritics, in another order");
        assertArrayEquals(new long[] {2, 3}, ids("xã Sông Ray"), "together as typed first; item 3 says Sông Ray and, elsewhere, xã");
        assertArrayEquals(new long[] {}, ids("Sôn"), "whole syllables: Sôn is not Sông");
    }

    @Test
    void ranksWordsTogetherAsTypedAboveScatteredOnes() {
        put(1, "Tin vắn", "", "<p>Sở Nội vụ kiểm tra cải cách hành chính tại xã.</p>");
        put(2, "Cải tiến cách làm hành chính", "", "");
        put(3, "Hành chính: cải cách từng bước", "", "");

        assertArrayEquals(new long[] {1, 3, 2}, ids("cải cách hành chính"),
                "the phrase in a body above the words in titles; then more pairs side by side (cải cách, hành chính) above fewer");
    }

    @Test
    void ranksExactDiacriticsAboveFoldedOnesAndTitleAboveLeadAboveBody() {
        put(1, "Cải cách hành chính năm 2023", "", "");
        put(2, "Tin vắn", "", "<p>Cải cách hành chính</p>");
        put(3, "Họp dân", "Cải cách hành chính ở ấp.", "");
        put(4, "Cai cách hành chính ở xã", "", "");
        put(5, "Tin vắn", "Cai cach hanh chinh.", "");

        assertArrayEquals(new long[] {1, 4, 3, 5, 2}, ids("cải cách hành chính"),
                "exact in the title, folded in the title, exact in the lead, folded in the lead, the body");
        assertArrayEquals(new long[] {4, 1, 5, 3, 2}, ids("cai cach hanh chinh"),
                "typed without diacritics: in each place the spelling as typed first (cai in 4's title, all of 5's lead)");
    }

    @Test
    void newerAboveOlderAtEqualRelevance() {
        put(1, "Xã Sông Ray", "", "");
        put(2, "Xã Sông Ray", "", "");
        put(3, "Xã Sông Ray", "", "");
        assertArrayEquals(new long[] {3, 2, 1}, ids("Sông Ray"));
    }

    @Test
    void twoSyllableWordsTogetherRankAboveTheSameSyllablesScattered() {
        put(1, "Nông thôn mới ở Cẩm Mỹ", "", "");
        put(2, "Thôn Cẩm, nông dân Mỹ mới", "", "");

        assertArrayEquals(new long[] {1, 2}, ids("nông thôn mới Cẩm Mỹ"),
                "nông thôn, thôn mới and Cẩm Mỹ side by side above the same syllables scattered, though newer");
    }

    @Test
    void showsTheItemsHoldingMostWordsWhenNoneHoldsAll() {
        put(1, "Xã Sông Ray khánh thành trường học", "", "");
        put(2, "Trường học xã Long Giao", "", "");
        put(3, "Sông Ray", "", "");
        put(4, "Chợ Long Giao", "", "");

        SyllableIndex.Result result = find("trường học Sông Ray Long Giao");
        assertTrue(result.approximate());
        assertArrayEquals(new long[] {2, 1, 4, 3}, result.ids(), "four of the six words each (newer first), then two each");
        assertEquals(4, result.matched());

        SyllableIndex.Result none = find("không");
        assertFalse(none.approximate(), "one word held by no item: nothing to approximate");
        assertArrayEquals(new long[] {}, none.ids());
        assertFalse(find("trường học").approximate());
    }

    @Test
    void quotedTextIsMatchedAsAPhrase() {
        put(1, "Cải cách hành chính", "", "");
        put(2, "Hành chính cải cách", "", "");
        put(3, "Tin vắn", "", "<p>cải cách hành chính ở xã Sông Ray</p>");

        assertArrayEquals(new long[] {1, 3}, ids("\"cải cách hành chính\""), "the title first, the body after; never scattered");
        assertArrayEquals(new long[] {3}, ids("\"cải cách hành chính\" Sông Ray"));
        assertArrayEquals(new long[] {}, ids("\"chính cải cách hành\""));
    }

    @Test
    void aLeadingDashExcludesAWord() {
        put(1, "Xã Sông Ray", "", "");
        put(2, "Xã Lâm San", "", "<p>huyện Cẩm Mỹ</p>");
        put(3, "Xã Xuân Đường", "nông thôn mới", "");

        assertArrayEquals(new long[] {3, 1}, ids("xã -huyện"));
        assertArrayEquals(new long[] {2, 1}, ids("xã -\"nông thôn\""));
        assertArrayEquals(new long[] {}, ids("-xã"), "nothing but an exclusion finds nothing");
    }

    @Test
    void stopWordsDoNotReduceRecall() {
        put(1, "Xã Sông Ray khánh thành trường học", "", "");
        put(2, "Trường học của các xã", "", "");

        assertArrayEquals(new long[] {1}, ids("trường học của xã Sông Ray"), "của is not required");
        assertArrayEquals(new long[] {2}, ids("của các"), "a query of stop words requires them");
    }

    @Test
    void narrowsByCategoryUnitPeriodPublicationAndNow() {
        index.put(new SyllableIndex.Entry(1, 10, 1, 1, true, "xã", "", " xa "));
        index.put(new SyllableIndex.Entry(2, 20, 2, 1, true, "xã", "", " xa "));
        index.put(new SyllableIndex.Entry(3, 30, 1, 7, true, "xã", "", " xa "));
        index.put(new SyllableIndex.Entry(4, 40, 1, 1, false, "xã", "", " xa "));
        index.put(new SyllableIndex.Entry(5, NOW + 1, 1, 1, true, "xã", "", " xa "));

        SearchQuery xa = SearchQuery.of("xa");
        assertArrayEquals(new long[] {3, 2, 1}, index.matches(xa, visible(1L, 2L), 100).ids(), "withdrawn and future items left out");
        assertArrayEquals(new long[] {3, 1}, index.matches(xa, new SearchNarrowing(Set.of(1L, 2L), 1L, null, null, null, NOW), 100).ids());
        assertArrayEquals(new long[] {3}, index.matches(xa, new SearchNarrowing(Set.of(1L, 2L), null, 7L, null, null, NOW), 100).ids());
        assertArrayEquals(new long[] {2}, index.matches(xa, new SearchNarrowing(Set.of(1L, 2L), null, null, 20L, 30L, NOW), 100).ids());
        assertArrayEquals(new long[] {}, index.matches(xa, visible(9L), 100).ids(), "no visible category");
    }

    @Test
    void anEditKeepsItsPlaceAndGainsItsNewSyllables() {
        put(1, "nong thon moi", "", "");
        put(2, "nong thon", "", "");
        index.put(new SyllableIndex.Entry(1, 1, 2, 1, true, "chuyen doi so", "", " chuyen doi so "));

        assertTrue(index.isOrdered());
        assertArrayEquals(new long[] {1}, index.matches(SearchQuery.of("chuyen doi so"), visible(2L), 100).ids());
        assertArrayEquals(new long[] {}, index.matches(SearchQuery.of("moi"), visible(2L), 100).ids(), "the text now read has no such word");
        assertArrayEquals(new long[] {2}, ids("nong"), "the item moved to category 2");
    }

    @Test
    void anOlderItemArrivingLateLeavesTheIndexUnordered() {
        put(1, "xa", "", "");
        put(2, "xa", "", "");
        assertTrue(index.isOrdered());
        put(0, "xa", "", "");
        assertFalse(index.isOrdered());
        assertFalse(index.usable(), "to be built again");
        assertTrue(index.answersUntilRebuilt());
        long[] found = ids("xa");
        Arrays.sort(found);
        assertArrayEquals(new long[] {0, 1, 2}, found, "meanwhile every match is still found");
    }

    @Test
    void anOldItemNoLongerPublishedLeavesTheIndexOrderedAndHidesTheOneKept() {
        put(1, "xa", "", "");
        put(2, "xa", "", "");
        index.put(new SyllableIndex.Entry(0, 0, 1, 1, false, "xa", "", " xa "));
        assertTrue(index.isOrdered(), "an old withdrawn item never kept does not call for a new build");
        index.put(new SyllableIndex.Entry(1, 1, 1, 1, false, "xa", "", " xa "));
        assertTrue(index.isOrdered());
        assertArrayEquals(new long[] {2}, ids("xa"), "the withdrawn item is no longer found");
    }

    @Test
    void aRepeatedWordMustBeTogetherAsTypedToRankFirst() {
        put(1, "Phòng cháy, chữa cháy", "", "");
        put(2, "Chữa cháy rừng", "", "<p>phòng</p>");
        assertArrayEquals(new long[] {1, 2}, ids("phòng cháy chữa cháy"));
    }

    @Test
    void saysThereAreMoreThanItListsWhenItStopsEarly() {
        LongStream.rangeClosed(1, 500).forEach(id -> put(id, "Xã Sông Ray ra quân", "", "<p>xã</p>"));
        put(501, "Tin vắn", "", "<p>Sông Ray, xã</p>");
        index.settle();

        SyllableIndex.Result found = index.matches(SearchQuery.of("xã Sông Ray"), visible(1L), 101);
        assertEquals(101, found.ids().length);
        assertEquals(500L, found.ids()[0], "the scattered newest item is not first");
        assertTrue(found.matched() >= 101);
    }

    @Test
    void rankingMatchesReadingEveryItemWhateverTheListsAndTheEarlyStops() {
        String[] vocabulary = {"xã", "xa", "Sông", "Ray", "nông", "thôn", "mới", "Cẩm", "Mỹ", "cải", "cai", "cách", "hành",
                "chính", "của", "trường", "học", "hội", "nghị"};
        Random random = new Random(7);
        for (long id = 1; id <= 3000; id++) {
            put(id, words(random, vocabulary, 3 + random.nextInt(5)), words(random, vocabulary, random.nextInt(6)),
                    "<p>" + words(random, vocabulary, random.nextInt(30)) + "</p>");
        }
        index.settle();
        for (int q = 0; q < 300; q++) {
            String typed = words(random, vocabulary, 1 + random.nextInt(4));
            if (random.nextInt(5) == 0) {
                typed = typed + " -" + vocabulary[random.nextInt(vocabulary.length)];
            }
            int limit = 1 + random.nextInt(40);
            assertArrayEquals(everyItemRanked(typed, limit), index.matches(SearchQuery.of(typed), visible(1L), limit).ids(), typed);
        }
    }

    private static String words(Random random, String[] vocabulary, int count) {
        List<String> words = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> words.add(vocabulary[random.nextInt(vocabulary.length)]));
        return String.join(" ", words);
    }

    /** The best {@code limit} items by reading every one: what the early stops must not change. */
    private long[] everyItemRanked(String typed, int limit) {
        SearchRank rank = new SearchRank(index, SearchQuery.of(typed));
        List<long[]> all = new ArrayList<>();
        boolean anyHoldsAll = false;
        for (int ordinal = 0; ordinal < index.size(); ordinal++) {
            long relevance = rank.of(ordinal);
            if (relevance >= 0 && rank.holdsAllRequired()) {
                anyHoldsAll = true;
            }
            all.add(new long[] {relevance, ordinal, rank.holdsAllRequired() ? 1 : 0});
        }
        boolean approximate = !anyHoldsAll && rank.units() > 1;
        return all.stream().filter(r -> r[0] >= 0 && (approximate ? SearchRank.held(r[0]) > 0 : r[2] == 1))
                .sorted(Comparator.<long[]>comparingLong(r -> r[0]).thenComparingLong(r -> r[1]).reversed())
                .limit(limit).mapToLong(r -> r[1] + 1).toArray();
    }

    @Test
    void decidesEveryQueryUntilTheDictionaryIsFull() {
        put(1, "Xã Xuân Đường", "", "");
        assertTrue(index.decides(List.of("xuan", "duong")));
        assertTrue(index.decides(List.of("khong", "co")), "a syllable never seen is in no item");
        assertArrayEquals(new long[] {}, ids("khong"));
        assertTrue(find("xuan khong").approximate(), "only the approximate results hold xuan");

        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 65_600; i++) {
            many.append(" s").append(i);
        }
        put(2, "Danh sách", "", many.toString());
        assertEquals(65_535, index.syllables());
        assertTrue(index.decides(List.of("s1", "s2")));
        assertFalse(index.decides(List.of("s1", "s65599")), "came after the dictionary was full");
        assertFalse(index.decides(List.of("khong")), "might be one of those without a code");
    }

    @Test
    void keepsTheColumnsMicroseconds() {
        Instant at = Instant.parse("2026-11-26T04:05:06.123456Z");
        assertEquals(at, SyllableIndex.instant(SyllableIndex.micros(at)));
    }
}
