package vn.ttdt.portal.content.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.content.domain.SearchText;

class SyllableIndexTest {

    private static final long NOW = 1_000_000;
    private final SyllableIndex index = new SyllableIndex();

    private static SyllableIndex.Entry item(long id, long publishedAt, long category, String text) {
        return new SyllableIndex.Entry(id, publishedAt, category, 1, true, text, "", " " + text + " ");
    }

    private static SearchNarrowing visible(Long... categories) {
        return new SearchNarrowing(Set.of(categories), null, null, null, null, NOW);
    }

    private long[] search(SearchNarrowing narrowing, String... syllables) {
        return index.matches(SearchQuery.of(String.join(" ", syllables)), narrowing, -1, 100).ids();
    }

    @Test
    void listsItemsHoldingEverySyllableNewestFirst() {
        index.put(item(1, 10, 1, "cai cach hanh chinh xa song ray"));
        index.put(item(2, 20, 1, "hanh chinh cong"));
        index.put(item(3, 30, 1, "chinh sach cai cach ruong dat"));
        index.put(item(4, 40, 1, "xa xuan duong cai cach hanh chinh"));

        assertArrayEquals(new long[] {4, 3, 1}, search(visible(1L), "cai", "cach"));
        assertArrayEquals(new long[] {4, 1}, search(visible(1L), "cai", "cach", "hanh", "chinh"));
        assertArrayEquals(new long[] {}, search(visible(1L), "chinh", "cai"), "syllables all there, never side by side");
        assertArrayEquals(new long[] {2}, search(visible(1L), "chinh", "cong"));
        assertArrayEquals(new long[] {}, search(visible(1L), "cai", "khong"), "a syllable no item holds");
        assertArrayEquals(new long[] {}, search(visible(2L), "xa"), "no visible category");
    }

    @Test
    void narrowsByCategoryUnitPeriodPublicationAndNow() {
        index.put(item(1, 10, 1, "xa"));
        index.put(item(2, 20, 2, "xa"));
        index.put(new SyllableIndex.Entry(3, 30, 1, 7, true, "xã", "", " xa "));
        index.put(new SyllableIndex.Entry(4, 40, 1, 1, false, "xã", "", " xa "));
        index.put(item(5, NOW + 1, 1, "xa"));

        assertArrayEquals(new long[] {3, 2, 1}, search(visible(1L, 2L), "xa"), "withdrawn and future items left out");
        assertArrayEquals(new long[] {3, 1}, search(new SearchNarrowing(Set.of(1L, 2L), 1L, null, null, null, NOW), "xa"));
        assertArrayEquals(new long[] {3}, search(new SearchNarrowing(Set.of(1L, 2L), null, 7L, null, null, NOW), "xa"));
        assertArrayEquals(new long[] {2}, search(new SearchNarrowing(Set.of(1L, 2L), null, null, 20L, 30L, NOW), "xa"));
    }

    @Test
    void anEditKeepsItsPlaceAndGainsItsNewSyllables() {
        index.put(item(1, 10, 1, "nong thon moi"));
        index.put(item(2, 20, 1, "nong thon"));
        index.put(item(1, 10, 2, "chuyen doi so"));

        assertTrue(index.isOrdered());
        assertArrayEquals(new long[] {1}, search(visible(2L), "chuyen", "doi", "so"));
        assertArrayEquals(new long[] {}, search(visible(2L), "moi"), "the text now read has no such phrase");
        assertArrayEquals(new long[] {2}, search(visible(1L), "nong"), "the item moved to category 2");
    }

    @Test
    void aRepeatedSyllableMustRepeatInTheText() {
        index.put(item(1, 10, 1, "phong chay chua chay"));
        index.put(item(2, 20, 1, "chay chua xong"));
        assertArrayEquals(new long[] {1}, search(visible(1L), "phong", "chay", "chua", "chay"));
        assertArrayEquals(new long[] {2, 1}, search(visible(1L), "chay", "chua"));
    }

    @Test
    void anOlderItemArrivingLateLeavesTheIndexUnordered() {
        index.put(item(1, 10, 1, "xa"));
        index.put(item(2, 20, 1, "xa"));
        assertTrue(index.isOrdered());
        index.put(item(3, 15, 1, "xa"));
        assertFalse(index.isOrdered());
    }

    @Test
    void batchesContinueWhereThePreviousEndedUntilNoneIsLeft() {
        LongStream.rangeClosed(1, 2500).forEach(id -> index.put(item(id, id, 1, id % 2 == 0 ? "xa ap" : "xa")));
        List<Long> all = new ArrayList<>();
        int cursor = -1;
        int batches = 0;
        do {
            SyllableIndex.Batch batch = index.matches(SearchQuery.of("xa ap"), visible(1L), cursor, 300);
            for (long id : batch.ids()) {
                all.add(id);
            }
            cursor = batch.next();
            batches++;
        } while (cursor >= 0);
        assertEquals(1250, all.size());
        assertEquals(2500L, all.get(0));
        assertEquals(2L, all.get(all.size() - 1));
        assertEquals(5, batches);
        assertEquals(2500, index.size());
    }

    @Test
    void commonSyllablesAreFoundByReadingTheTextsNewestFirst() {
        LongStream.rangeClosed(1, 1000).forEach(id -> index.put(item(id, id, 1,
                id % 100 == 0 ? "xa song ray hop dan" : id % 3 == 0 ? "hop xa" : "xa hop")));
        index.settle();
        index.put(item(1001, 1001, 1, "hop dan xa"));

        assertArrayEquals(new long[] {1001, 1000, 999, 998}, Arrays.copyOf(search(visible(1L), "xa"), 4));
        assertArrayEquals(new long[] {998, 997, 995}, Arrays.copyOf(search(visible(1L), "xa", "hop"), 3), "only where side by side");
        assertArrayEquals(new long[] {1000, 900}, Arrays.copyOf(search(visible(1L), "song", "ray"), 2), "a rare syllable keeps its list");
        assertArrayEquals(new long[] {1001}, search(visible(1L), "hop", "dan", "xa"));
        assertArrayEquals(new long[] {}, search(visible(1L), "ray", "xa"));

        List<Long> all = new ArrayList<>();
        int cursor = -1;
        do {
            SyllableIndex.Batch batch = index.matches(SearchQuery.of("hop xa"), visible(1L), cursor, 100);
            for (long id : batch.ids()) {
                all.add(id);
            }
            cursor = batch.next();
        } while (cursor >= 0);
        assertEquals(330, all.size(), "every third item but 300, 600 and 900 says 'hop xa'");
        assertEquals(999L, all.get(0));
    }

    @Test
    void ranksTheExactSpellingInTheTitleFirstThenTheTitleThenTheLead() {
        put(1, "Họp dân ở ấp 3", "Ấp 3 bàn cải cách hành chính.", "");
        put(2, "Cai cách hành chính ở xã", "", "");
        put(3, "Xã Sông Ray", "Tiếp tục cải cách hành chính.", "");
        put(4, "Tin vắn", "Người dân góp ý.", "Cải cách hành chính được nhắc đến.");
        put(5, "Cải Cách Hành Chính năm 2023", "", "");
        put(6, "Xã Lâm San cải cách", "hành chính", "");

        SyllableIndex.Batch found = index.matches(SearchQuery.of("  cải cách hành chính "), visible(1L), -1, 100);

        assertArrayEquals(new long[] {6, 5, 4, 3, 2, 1}, found.ids(), "newest first before ranking");
        assertArrayEquals(new int[] {SearchMatch.ELSEWHERE, SearchMatch.EXACT_IN_TITLE, SearchMatch.ELSEWHERE,
                SearchMatch.EXACT_IN_LEAD, SearchMatch.IN_TITLE, SearchMatch.EXACT_IN_LEAD}, found.ranks(),
                "upper case still the exact spelling; a phrase running from the title into the lead is not in the title");
        assertArrayEquals(new int[] {SearchMatch.ELSEWHERE, SearchMatch.IN_TITLE, SearchMatch.ELSEWHERE,
                SearchMatch.ELSEWHERE, SearchMatch.IN_TITLE, SearchMatch.ELSEWHERE},
                index.matches(SearchQuery.of("cai cach hanh chinh"), visible(1L), -1, 100).ranks(),
                "without diacritics no spelling is exact");
    }

    @Test
    void decidesEveryQueryUntilTheDictionaryIsFull() {
        put(1, "Xã Xuân Đường", "", "");
        assertTrue(index.decides(List.of("xuan", "duong")));
        assertTrue(index.decides(List.of("khong", "co")), "a syllable never seen is in no item");
        assertArrayEquals(new long[] {}, search(visible(1L), "xuan", "khong"));

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

    private void put(long id, String title, String lead, String body) {
        index.put(new SyllableIndex.Entry(id, id, 1, 1, true, title, lead, SearchText.of(title, lead, body)));
    }

    @Test
    void keepsTheColumnsMicroseconds() {
        Instant at = Instant.parse("2026-11-26T04:05:06.123456Z");
        assertEquals(at, SyllableIndex.instant(SyllableIndex.micros(at)));
    }
}
