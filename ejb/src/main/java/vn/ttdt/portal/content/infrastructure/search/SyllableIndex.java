package vn.ttdt.portal.content.infrastructure.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ttdt.portal.content.domain.SearchText;

/**
 * Which published items hold which syllables, kept in memory in publication order, so that a
 * search lists its matches newest first, ranked, without reading the items. Each item's text is kept
 * as a sequence of syllable codes (two bytes a syllable), so that a match holds the query's
 * syllables side by side, as the database's {@code LIKE} would find them; its title and lead are
 * kept as {@link Spelling}s for the rank. Only when the dictionary of 65,535 syllables is full can a
 * query with a later syllable not be {@linkplain #decides(List) decided} here (the database then
 * searches). An entry whose syllables changed keeps the old ones in the lists too (the text decides).
 * Syllables that are not {@linkplain #settle() common} keep a list of their items, common ones a
 * bit per item (about 12 KB a syllable for 100,000 items, where a list would take up to 400 KB). Not
 * thread-safe: {@link PublishedSearchIndex} guards it.
 */
final class SyllableIndex {

    /** An item as the index keeps it; {@code publishedAt} in epoch microseconds (the column's precision). */
    record Entry(long id, long publishedAt, long categoryId, long unitId, boolean published, String title, String lead,
                 String searchText) {
    }

    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    private long[] ids = new long[1024];
    private long[] publishedAt = new long[1024];
    private long[] categories = new long[1024];
    private long[] units = new long[1024];
    private boolean[] published = new boolean[1024];
    private int size;
    private boolean ordered = true;
    private final Map<Long, Integer> ordinals = new HashMap<>();
    private final Map<String, Postings> postings = new HashMap<>();
    private final Map<String, Character> codes = new HashMap<>();
    private final Map<String, BitSet> common = new HashMap<>();
    private static final int COMMON_SHARE_DIVISOR = 16;
    private char[][] texts = new char[1024][];
    private int[] titleSyllables = new int[1024];
    private byte[][] titles = new byte[1024][];
    private byte[][] leads = new byte[1024][];
    private static final char UNCODED = Character.MAX_VALUE;

    /** Adds an item, or updates the one with its id; an item older than the newest one kept makes the index {@linkplain #isOrdered() unordered}. */
    void put(Entry entry) {
        Integer known = ordinals.get(entry.id());
        int ordinal;
        if (known != null && publishedAt[known] == entry.publishedAt()) {
            ordinal = known;
        } else {
            if (known != null) {
                published[known] = false;
            }
            ordinal = append(entry);
        }
        categories[ordinal] = entry.categoryId();
        units[ordinal] = entry.unitId();
        published[ordinal] = entry.published();
        String text = entry.searchText().strip();
        String[] sequence = text.isEmpty() ? new String[0] : text.split(" ");
        char[] coded = new char[sequence.length];
        for (int i = 0; i < sequence.length; i++) {
            coded[i] = code(sequence[i]);
        }
        texts[ordinal] = coded;
        titleSyllables[ordinal] = SearchText.syllablesOf(entry.title()).size();
        titles[ordinal] = Spelling.of(entry.title());
        leads[ordinal] = Spelling.of(entry.lead());
        for (String syllable : new HashSet<>(Arrays.asList(sequence))) {
            BitSet holders = common.get(syllable);
            if (holders != null) {
                holders.set(ordinal);
            } else {
                postings.computeIfAbsent(syllable, s -> new Postings()).add(ordinal);
            }
        }
    }

    private char code(String syllable) {
        Character known = codes.get(syllable);
        if (known != null) {
            return known;
        }
        if (codes.size() >= UNCODED) {
            return UNCODED;
        }
        char next = (char) codes.size();
        codes.put(syllable, next);
        return next;
    }

    private int append(Entry entry) {
        if (size > 0 && (entry.publishedAt() < publishedAt[size - 1]
                || entry.publishedAt() == publishedAt[size - 1] && entry.id() < ids[size - 1])) {
            ordered = false;
        }
        if (size == ids.length) {
            int grown = size * 2;
            ids = Arrays.copyOf(ids, grown);
            publishedAt = Arrays.copyOf(publishedAt, grown);
            categories = Arrays.copyOf(categories, grown);
            units = Arrays.copyOf(units, grown);
            published = Arrays.copyOf(published, grown);
            texts = Arrays.copyOf(texts, grown);
            titleSyllables = Arrays.copyOf(titleSyllables, grown);
            titles = Arrays.copyOf(titles, grown);
            leads = Arrays.copyOf(leads, grown);
        }
        ids[size] = entry.id();
        publishedAt[size] = entry.publishedAt();
        ordinals.put(entry.id(), size);
        return size++;
    }

    /** Whether the entries stand in publication order (newest last): only then are matches listed newest first. */
    boolean isOrdered() {
        return ordered;
    }

    int size() {
        return size;
    }

    /** How many different syllables have a code (at most 65,535). */
    int syllables() {
        return codes.size();
    }

    /**
     * Whether this index can tell which items hold the {@code syllables}: false only when one of them
     * has no code of its own because the dictionary was full when it came.
     */
    boolean decides(List<String> syllables) {
        return codes.size() < UNCODED || phrase(syllables) != null;
    }

    /**
     * The published items holding the query's syllables side by side that pass {@code narrowing},
     * newest first with their rank, starting after the position {@code after} (a cursor, -1 to start),
     * at most {@code limit}. Empty when the query is not {@linkplain #decides(List) decided} here.
     */
    Batch matches(SearchQuery query, SearchNarrowing narrowing, int after, int limit) {
        char[] phrase = phrase(query.syllables());
        if (phrase == null || phrase.length == 0) {
            return Batch.NONE;
        }
        List<Postings> lists = new ArrayList<>();
        BitSet holdersOfCommon = null;
        for (String syllable : query.syllables()) {
            Postings list = postings.get(syllable);
            BitSet holders = common.get(syllable);
            if (list != null) {
                lists.add(list);
            } else if (holders == null) {
                return Batch.NONE;
            } else if (holdersOfCommon == null) {
                holdersOfCommon = (BitSet) holders.clone();
            } else {
                holdersOfCommon.and(holders);
            }
        }
        Batch.Builder found = new Batch.Builder(limit);
        if (lists.isEmpty()) {
            // only common syllables: the items holding them all, newest first
            int ordinal = holdersOfCommon.previousSetBit(after < 0 ? size - 1 : after - 1);
            while (ordinal >= 0 && !found.isFull()) {
                if (passes(ordinal, narrowing) && contains(texts[ordinal], phrase)) {
                    found.add(ids[ordinal], rank(ordinal, phrase, query.spelling()));
                }
                ordinal = holdersOfCommon.previousSetBit(ordinal - 1);
            }
            return found.build(ordinal >= 0 ? ordinal + 1 : -1);
        }
        lists.sort(Comparator.comparingInt(Postings::size));
        Postings rarest = lists.get(0);
        int position = after < 0 ? rarest.size() - 1 : after - 1;
        for (; position >= 0 && !found.isFull(); position--) {
            int ordinal = rarest.get(position);
            if (passes(ordinal, narrowing) && inAll(lists, ordinal)
                    && (holdersOfCommon == null || holdersOfCommon.get(ordinal)) && contains(texts[ordinal], phrase)) {
                found.add(ids[ordinal], rank(ordinal, phrase, query.spelling()));
            }
        }
        return found.build(position >= 0 ? position + 1 : -1);
    }

    /** See {@link SearchMatch}: the title is the first {@code titleSyllables} of the text. */
    private int rank(int ordinal, char[] phrase, byte[] spelling) {
        if (Spelling.holds(titles[ordinal], spelling)) {
            return SearchMatch.EXACT_IN_TITLE;
        }
        if (indexOf(texts[ordinal], phrase) + phrase.length <= titleSyllables[ordinal]) {
            return SearchMatch.IN_TITLE;
        }
        return Spelling.holds(leads[ordinal], spelling) ? SearchMatch.EXACT_IN_LEAD : SearchMatch.ELSEWHERE;
    }

    /**
     * Turns the lists of the syllables found in more than one item in {@value #COMMON_SHARE_DIVISOR}
     * (most of the lists' size) into a bit per item. Called once a build has read every item.
     */
    void settle() {
        int threshold = Math.max(64, size / COMMON_SHARE_DIVISOR);
        postings.entrySet().removeIf(e -> {
            boolean isCommon = e.getValue().size() > threshold && codes.containsKey(e.getKey());
            if (isCommon) {
                BitSet holders = new BitSet(size);
                for (int i = 0; i < e.getValue().size(); i++) {
                    holders.set(e.getValue().get(i));
                }
                common.put(e.getKey(), holders);
            } else {
                e.getValue().trim();
            }
            return isCommon;
        });
    }

    /** The query's syllables as codes in their order; null when one has no code of its own. */
    private char[] phrase(List<String> syllables) {
        char[] phrase = new char[syllables.size()];
        for (int i = 0; i < phrase.length; i++) {
            Character known = codes.get(syllables.get(i));
            if (known == null || known == UNCODED) {
                return null;
            }
            phrase[i] = known;
        }
        return phrase;
    }

    private static boolean contains(char[] text, char[] phrase) {
        return indexOf(text, phrase) >= 0;
    }

    /** Where the phrase first stands in the text, -1 when nowhere. */
    private static int indexOf(char[] text, char[] phrase) {
        outer:
        for (int start = 0; start + phrase.length <= text.length; start++) {
            for (int i = 0; i < phrase.length; i++) {
                if (text[start + i] != phrase[i]) {
                    continue outer;
                }
            }
            return start;
        }
        return -1;
    }

    /** Matches newest first, their ranks, and where the next batch starts ({@code -1}: none left). */
    record Batch(long[] ids, int[] ranks, int next) {

        static final Batch NONE = new Batch(new long[0], new int[0], -1);

        List<SearchMatch> matches() {
            List<SearchMatch> matches = new ArrayList<>(ids.length);
            for (int i = 0; i < ids.length; i++) {
                matches.add(new SearchMatch(ids[i], ranks[i]));
            }
            return matches;
        }

        private static final class Builder {
            private final long[] ids;
            private final int[] ranks;
            private int count;

            Builder(int limit) {
                ids = new long[limit];
                ranks = new int[limit];
            }

            boolean isFull() {
                return count == ids.length;
            }

            void add(long id, int rank) {
                ids[count] = id;
                ranks[count++] = rank;
            }

            Batch build(int next) {
                return new Batch(Arrays.copyOf(ids, count), Arrays.copyOf(ranks, count), next);
            }
        }
    }

    private boolean passes(int ordinal, SearchNarrowing n) {
        return published[ordinal] && publishedAt[ordinal] <= n.now()
                && n.visibleCategories().contains(categories[ordinal])
                && (n.categoryId() == null || n.categoryId() == categories[ordinal])
                && (n.unitId() == null || n.unitId() == units[ordinal])
                && (n.from() == null || publishedAt[ordinal] >= n.from())
                && (n.to() == null || publishedAt[ordinal] < n.to());
    }

    private static boolean inAll(List<Postings> lists, int ordinal) {
        for (int i = 1; i < lists.size(); i++) {
            if (!lists.get(i).contains(ordinal)) {
                return false;
            }
        }
        return true;
    }

    /** Ordinals in ascending order; appending a larger one is the common case. */
    private static final class Postings {
        private int[] ordinals = new int[4];
        private int size;

        void add(int ordinal) {
            if (size > 0 && ordinals[size - 1] >= ordinal) {
                int at = Arrays.binarySearch(ordinals, 0, size, ordinal);
                if (at >= 0) {
                    return;
                }
                insert(-at - 1, ordinal);
                return;
            }
            insert(size, ordinal);
        }

        private void insert(int at, int ordinal) {
            if (size == ordinals.length) {
                ordinals = Arrays.copyOf(ordinals, Math.max(4, size * 2));
            }
            System.arraycopy(ordinals, at, ordinals, at + 1, size - at);
            ordinals[at] = ordinal;
            size++;
        }

        boolean contains(int ordinal) {
            return Arrays.binarySearch(ordinals, 0, size, ordinal) >= 0;
        }

        void trim() {
            ordinals = Arrays.copyOf(ordinals, size);
        }

        int get(int position) {
            return ordinals[position];
        }

        int size() {
            return size;
        }
    }
}
