package vn.ttdt.portal.content.infrastructure.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which published items hold which syllables, kept in memory in publication order, so that a
 * search lists its candidates newest first without reading the items. Each item's text is kept as
 * a sequence of syllable codes (two bytes a syllable), so that a candidate holds the query's
 * syllables side by side, as the database's {@code LIKE} would find them; only when the dictionary
 * of 65,535 syllables is full can a query's later syllables not be checked here (the database then
 * checks the phrase of candidates that hold them all). An entry whose syllables changed keeps the
 * old ones in the lists too (never fewer candidates than matches). Only syllables that are not
 * {@linkplain #settle() common} keep a list of their items. Not thread-safe:
 * {@link PublishedSearchIndex} guards it.
 */
final class SyllableIndex {

    /** An item as the index keeps it; {@code publishedAt} in epoch microseconds (the column's precision). */
    record Entry(long id, long publishedAt, long categoryId, long unitId, boolean published, String searchText) {
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
    private final Set<String> common = new HashSet<>();
    private static final int COMMON_SHARE_DIVISOR = 16;
    private char[][] texts = new char[1024][];
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
        for (String syllable : new HashSet<>(Arrays.asList(sequence))) {
            if (!common.contains(syllable)) {
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
        }
        ids[size] = entry.id();
        publishedAt[size] = entry.publishedAt();
        ordinals.put(entry.id(), size);
        return size++;
    }

    /** Whether the entries stand in publication order (newest last): only then are candidates listed newest first. */
    boolean isOrdered() {
        return ordered;
    }

    int size() {
        return size;
    }

    /**
     * The ids of the published items holding every one of {@code syllables} that pass {@code narrowing},
     * newest first, starting after the candidate {@code after} (a cursor, -1 to start), at most {@code limit}.
     */
    Batch candidates(List<String> syllables, SearchNarrowing narrowing, int after, int limit) {
        if (syllables.isEmpty()) {
            return new Batch(new long[0], -1);
        }
        char[] phrase = phrase(syllables);
        List<Postings> lists = new ArrayList<>();
        for (String syllable : syllables) {
            Postings list = postings.get(syllable);
            if (list != null) {
                lists.add(list);
            } else if (!common.contains(syllable)) {
                return new Batch(new long[0], -1);
            }
        }
        long[] found = new long[limit];
        int count = 0;
        if (lists.isEmpty()) {
            // only common syllables (all of them coded): the texts are read newest first
            int ordinal = after < 0 ? size - 1 : after - 1;
            for (; ordinal >= 0 && count < limit; ordinal--) {
                if (passes(ordinal, narrowing) && contains(texts[ordinal], phrase)) {
                    found[count++] = ids[ordinal];
                }
            }
            return new Batch(Arrays.copyOf(found, count), ordinal >= 0 ? ordinal + 1 : -1);
        }
        lists.sort(Comparator.comparingInt(Postings::size));
        Postings rarest = lists.get(0);
        int position = after < 0 ? rarest.size() - 1 : after - 1;
        for (; position >= 0 && count < limit; position--) {
            int ordinal = rarest.get(position);
            if (passes(ordinal, narrowing) && inAll(lists, ordinal) && (phrase == null || contains(texts[ordinal], phrase))) {
                found[count++] = ids[ordinal];
            }
        }
        return new Batch(Arrays.copyOf(found, count), position >= 0 ? position + 1 : -1);
    }

    /**
     * Drops the lists of the syllables found in more than one item in {@value #COMMON_SHARE_DIVISOR}
     * (most of the index's size): a query made only of such syllables reads the texts newest first and
     * soon finds its newest matches. Called once a build has read every item.
     */
    void settle() {
        int threshold = Math.max(64, size / COMMON_SHARE_DIVISOR);
        postings.entrySet().removeIf(e -> {
            boolean isCommon = e.getValue().size() > threshold && codes.containsKey(e.getKey());
            if (isCommon) {
                common.add(e.getKey());
            } else {
                e.getValue().trim();
            }
            return isCommon;
        });
        for (int i = 0; i < size; i++) {
            if (texts[i] == null) {
                texts[i] = new char[0];
            }
        }
    }

    /** The query's syllables as codes in their order; null when one has no code of its own (not checked here). */
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
        if (text == null) {
            return true;
        }
        outer:
        for (int start = 0; start + phrase.length <= text.length; start++) {
            for (int i = 0; i < phrase.length; i++) {
                if (text[start + i] != phrase[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Candidates and where the next batch starts ({@code -1}: none left). */
    record Batch(long[] ids, int next) {
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
