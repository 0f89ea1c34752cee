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
import vn.ttdt.portal.content.domain.SearchText;
import vn.ttdt.portal.shared.infrastructure.search.FollowedIndex;
import vn.ttdt.portal.shared.infrastructure.search.PostingLists;
import vn.ttdt.portal.shared.infrastructure.search.PostingLists.Members;
import vn.ttdt.portal.shared.infrastructure.search.RowStamps;

/**
 * Which published items hold which syllables, kept in memory in publication order, so that a search
 * finds and ranks its matches without reading the items. Each item's text is kept as a sequence of
 * syllable codes (two bytes a syllable) with where its title and lead end, and its title and lead
 * also as codes of their exact spelling; lists tell which items hold a syllable anywhere, in the
 * title and in the lead. Syllables that are not {@linkplain #settle() common} keep a list of their
 * items, common ones a bit per item. Only when the dictionary of 65,535 syllables is full can a query
 * with a later syllable not be {@linkplain #decides(List) decided} here (the database then searches).
 * An entry whose syllables changed keeps the old ones in the lists too (the text decides). How matches
 * are found and ranked: {@link SearchRank}. Not thread-safe: {@link FollowedIndex} guards it.
 */
final class SyllableIndex implements FollowedIndex.Followed {

    /** An item as the index keeps it; {@code publishedAt} in epoch microseconds (the column's precision). */
    record Entry(long id, long publishedAt, long categoryId, long unitId, boolean published, String title, String lead,
                 String searchText) {
    }

    /** The matches in rank order, how many matches were seen (at least the list's size), and whether they are {@linkplain SearchRank approximate}. */
    record Result(long[] ids, int matched, boolean approximate) {

        static final Result NONE = new Result(new long[0], 0, false);
    }

    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    /** At most this many items are ranked for one search: the first ones of the title, lead and other passes. */
    static final int SCAN_LIMIT = 5_000;
    private static final int COMMON_SHARE_DIVISOR = 16;
    static final char UNCODED = Character.MAX_VALUE;

    private long[] ids = new long[1024];
    private long[] publishedAt = new long[1024];
    private long[] categories = new long[1024];
    private long[] units = new long[1024];
    private boolean[] published = new boolean[1024];
    private char[][] texts = new char[1024][];
    private int[] titleEnds = new int[1024];
    private int[] leadEnds = new int[1024];
    private char[][] spelledTitles = new char[1024][];
    private char[][] spelledLeads = new char[1024][];
    private int size;
    private boolean ordered = true;
    private final Map<Long, Integer> ordinals = new HashMap<>();
    private final RowStamps stamps = new RowStamps();
    private final Map<String, Character> codes = new HashMap<>();
    private final Map<String, Character> spellings = new HashMap<>();
    private final PostingLists anywhere = new PostingLists();
    private final PostingLists inTitle = new PostingLists();
    private final PostingLists inLead = new PostingLists();

    /**
     * Adds a published item, or updates the one with its id; an item older than the newest one kept makes the index
     * {@linkplain #isOrdered() unordered}. An item no longer published only hides the one kept (one never kept is
     * ignored: a withdrawn old item must not make the index build itself again and again).
     */
    void put(Entry entry) {
        Integer known = ordinals.get(entry.id());
        if (!entry.published()) {
            if (known != null) {
                published[known] = false;
            }
            return;
        }
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
            coded[i] = code(codes, sequence[i]);
        }
        texts[ordinal] = coded;
        titleEnds[ordinal] = Math.min(coded.length, SearchText.syllablesOf(entry.title()).size());
        leadEnds[ordinal] = Math.min(coded.length, titleEnds[ordinal] + SearchText.syllablesOf(entry.lead()).size());
        spelledTitles[ordinal] = spelled(entry.title());
        spelledLeads[ordinal] = spelled(entry.lead());
        for (String syllable : new HashSet<>(Arrays.asList(sequence))) {
            anywhere.add(syllable, ordinal);
        }
        for (int i = 0; i < leadEnds[ordinal]; i++) {
            (i < titleEnds[ordinal] ? inTitle : inLead).add(sequence[i], ordinal);
        }
    }

    private char[] spelled(String text) {
        List<String> syllables = Spelling.syllables(text);
        char[] coded = new char[syllables.size()];
        for (int i = 0; i < coded.length; i++) {
            coded[i] = code(spellings, syllables.get(i));
        }
        return coded;
    }

    private static char code(Map<String, Character> dictionary, String syllable) {
        Character known = dictionary.get(syllable);
        if (known != null) {
            return known;
        }
        if (dictionary.size() >= UNCODED) {
            return UNCODED;
        }
        char next = (char) dictionary.size();
        dictionary.put(syllable, next);
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
            titleEnds = Arrays.copyOf(titleEnds, grown);
            leadEnds = Arrays.copyOf(leadEnds, grown);
            spelledTitles = Arrays.copyOf(spelledTitles, grown);
            spelledLeads = Arrays.copyOf(spelledLeads, grown);
        }
        ids[size] = entry.id();
        publishedAt[size] = entry.publishedAt();
        ordinals.put(entry.id(), size);
        return size++;
    }

    /** Whether the entries stand in publication order (newest last): only then does a rank tell newer from older. */
    boolean isOrdered() {
        return ordered;
    }

    int size() {
        return size;
    }

    /** The change stamps of the items taken in. */
    RowStamps stamps() {
        return stamps;
    }

    /** Usable while {@linkplain #isOrdered() ordered}: an older item arrived, so the index must be built again. */
    @Override
    public boolean usable() {
        return ordered;
    }

    /**
     * Out of order, it still finds every match (the lists hold every item); only an item that arrived after newer ones
     * ranks as the newest among equals, and may take the place of a newer one at the end of the ranked items, until the
     * index built again is in use. That beats the database's answer meanwhile, which makes no approximate match.
     */
    @Override
    public boolean answersUntilRebuilt() {
        return true;
    }

    @Override
    public String summary() {
        return "Search index of " + size + " published items (" + codes.size() + " different syllables)";
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
        if (codes.size() < UNCODED) {
            return true;
        }
        for (String syllable : syllables) {
            Character known = codes.get(syllable);
            if (known == null || known == UNCODED) {
                return false;
            }
        }
        return true;
    }

    /**
     * The best {@code limit} matches of the query among the published items passing {@code narrowing},
     * in {@linkplain SearchRank rank order}; when no item holds every word, those holding most of them,
     * marked approximate.
     */
    Result matches(SearchQuery query, SearchNarrowing narrowing, int limit) {
        if (query.isEmpty()) {
            return Result.NONE;
        }
        SearchRank rank = new SearchRank(this, query);
        Visit visit = new Visit(rank, narrowing, limit);
        List<Members> all = holders(anywhere, rank.required());
        if (all != null) {
            List<Members> titled = holders(inTitle, rank.placed());
            if (titled != null) {
                titled.addAll(all);
                newestFirst(titled, o -> visit.offer(o) && visit.within() && !visit.top.reaches(rank.bestInTitle()));
            }
            if (!visit.top.beats(rank.bound(SearchRank.EXACT_IN_LEAD))) {
                List<Members> led = holders(inLead, rank.placed());
                if (led != null) {
                    led.addAll(all);
                    newestFirst(led, o -> visit.offer(o) && visit.within());
                }
                if (!visit.top.beats(rank.bound(SearchRank.ELSEWHERE)) && visit.within()) {
                    newestFirst(all, o -> visit.offer(o) && visit.within());
                }
            }
        }
        if (visit.matched > 0 || rank.units() < 2) {
            return new Result(visit.top.ids(this), visit.matched, false);
        }
        return mostWords(rank, narrowing, limit);
    }

    /** No item holds every word: those holding most of them, ranked the same way among equals. */
    private Result mostWords(SearchRank rank, SearchNarrowing narrowing, int limit) {
        byte[] held = new byte[size];
        for (List<String> unit : rank.unitSyllables()) {
            List<Members> lists = holders(anywhere, unit);
            if (lists != null) {
                newestFirst(lists, o -> {
                    held[o]++;
                    return true;
                });
            }
        }
        Visit visit = new Visit(rank, narrowing, limit);
        visit.approximate = true;
        for (int level = rank.units(); level > 0 && visit.within() && !visit.top.holdsAtLeast(level + 1); level--) {
            for (int o = size - 1; o >= 0 && visit.within(); o--) {
                if (held[o] == level) {
                    visit.offer(o);
                }
            }
        }
        return new Result(visit.top.ids(this), visit.matched, visit.matched > 0);
    }

    /** One search's pass over candidates: each item is ranked once; the best {@code limit} are kept. */
    private final class Visit {
        final SearchRank rank;
        final SearchNarrowing narrowing;
        final Top top;
        final BitSet evaluated = new BitSet(size);
        int matched;
        int ranked;
        boolean approximate;

        Visit(SearchRank rank, SearchNarrowing narrowing, int limit) {
            this.rank = rank;
            this.narrowing = narrowing;
            this.top = new Top(limit);
        }

        /** Whether fewer than {@link #SCAN_LIMIT} items have been ranked. */
        boolean within() {
            return ranked < SCAN_LIMIT;
        }

        /** Ranks the item unless seen already; always true (go on), so that it can end a condition. */
        boolean offer(int ordinal) {
            if (evaluated.get(ordinal)) {
                return true;
            }
            evaluated.set(ordinal);
            if (!passes(ordinal, narrowing)) {
                return true;
            }
            ranked++;
            long relevance = rank.of(ordinal);
            if (relevance < 0 || !approximate && !rank.holdsAllRequired()) {
                return true;
            }
            matched++;
            top.offer(relevance, ordinal);
            return true;
        }
    }

    char[] text(int ordinal) {
        return texts[ordinal];
    }

    int titleEnd(int ordinal) {
        return titleEnds[ordinal];
    }

    int leadEnd(int ordinal) {
        return leadEnds[ordinal];
    }

    char[] spelledTitle(int ordinal) {
        return spelledTitles[ordinal];
    }

    char[] spelledLead(int ordinal) {
        return spelledLeads[ordinal];
    }

    /** The code of a folded syllable; {@link #UNCODED} when no item holds it (or the dictionary was full). */
    char codeOf(String folded) {
        Character known = codes.get(folded);
        return known == null ? UNCODED : known;
    }

    /** The code of a spelling; {@link #UNCODED} when no title or lead holds it. */
    char spellingOf(String spelled) {
        Character known = spellings.get(spelled);
        return known == null ? UNCODED : known;
    }

    /** The lists of the syllables' holders; null when one has none (no item holds them all). */
    private static List<Members> holders(PostingLists holders, List<String> syllables) {
        if (syllables.isEmpty()) {
            return null;
        }
        List<Members> lists = new ArrayList<>();
        for (String syllable : new HashSet<>(syllables)) {
            Members members = holders.of(syllable);
            if (members == null) {
                return null;
            }
            lists.add(members);
        }
        return lists;
    }

    /** Calls {@code visitor} for the items in every list, newest first, while it answers true. */
    private void newestFirst(List<Members> lists, java.util.function.IntPredicate visitor) {
        lists.sort(Comparator.comparingInt(Members::size));
        Members rarest = lists.get(0);
        for (int o = rarest.previous(size - 1); o >= 0; o = rarest.previous(o - 1)) {
            if (inAll(lists, o) && !visitor.test(o)) {
                return;
            }
        }
    }

    private static boolean inAll(List<Members> lists, int ordinal) {
        for (int i = 1; i < lists.size(); i++) {
            if (!lists.get(i).contains(ordinal)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Turns the lists of the syllables found in more than one item in {@value #COMMON_SHARE_DIVISOR}
     * (most of the lists' size) into a bit per item. Called once a build has read every item.
     */
    void settle() {
        int threshold = Math.max(64, size / COMMON_SHARE_DIVISOR);
        anywhere.settle(threshold, size);
        inTitle.settle(threshold, size);
        inLead.settle(threshold, size);
    }

    private boolean passes(int ordinal, SearchNarrowing n) {
        return published[ordinal] && publishedAt[ordinal] <= n.now()
                && n.visibleCategories().contains(categories[ordinal])
                && (n.categoryId() == null || n.categoryId() == categories[ordinal])
                && (n.unitId() == null || n.unitId() == units[ordinal])
                && (n.from() == null || publishedAt[ordinal] >= n.from())
                && (n.to() == null || publishedAt[ordinal] < n.to());
    }

    /** The best matches so far: a bounded heap of relevance and ordinal (newer wins at equal relevance). */
    private static final class Top {
        private final long[] keys;
        private int count;

        Top(int limit) {
            keys = new long[limit];
        }

        void offer(long relevance, int ordinal) {
            long key = relevance << 32 | ordinal;
            if (count < keys.length) {
                keys[count] = key;
                up(count++);
            } else if (keys.length > 0 && key > keys[0]) {
                keys[0] = key;
                down(0);
            }
        }

        /** Full, and its worst relevance at least {@code relevance}. */
        boolean reaches(long relevance) {
            return count == keys.length && keys.length > 0 && keys[0] >>> 32 >= relevance;
        }

        /** Full, and its worst relevance above {@code relevance}. */
        boolean beats(long relevance) {
            return count == keys.length && keys.length > 0 && keys[0] >>> 32 > relevance;
        }

        /** Full, and even its worst holds at least {@code units}. */
        boolean holdsAtLeast(int units) {
            return count == keys.length && keys.length > 0 && SearchRank.held(keys[0] >>> 32) >= units;
        }

        long[] ids(SyllableIndex index) {
            long[] sorted = Arrays.copyOf(keys, count);
            Arrays.sort(sorted);
            long[] found = new long[count];
            for (int i = 0; i < count; i++) {
                found[i] = index.ids[(int) sorted[count - 1 - i]];
            }
            return found;
        }

        private void up(int at) {
            while (at > 0 && keys[(at - 1) / 2] > keys[at]) {
                swap(at, (at - 1) / 2);
                at = (at - 1) / 2;
            }
        }

        private void down(int at) {
            while (true) {
                int least = at;
                for (int child = 2 * at + 1; child <= 2 * at + 2 && child < count; child++) {
                    if (keys[child] < keys[least]) {
                        least = child;
                    }
                }
                if (least == at) {
                    return;
                }
                swap(at, least);
                at = least;
            }
        }

        private void swap(int a, int b) {
            long kept = keys[a];
            keys[a] = keys[b];
            keys[b] = kept;
        }
    }
}
