package vn.ttdt.portal.legaldocs.infrastructure.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import vn.ttdt.portal.legaldocs.domain.DocumentNumber;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentFilter;
import vn.ttdt.portal.legaldocs.domain.LegalStatus;
import vn.ttdt.portal.shared.domain.SyllableWords;
import vn.ttdt.portal.shared.infrastructure.search.FollowedIndex;
import vn.ttdt.portal.shared.infrastructure.search.PostingLists;
import vn.ttdt.portal.shared.infrastructure.search.PostingLists.Members;
import vn.ttdt.portal.shared.infrastructure.search.RowStamps;

/**
 * A site's legal documents in memory, so that a search by words answers without the database's full-text index: per
 * document its search words ({@link SyllableWords}: folded syllables of type, number, issuer, signer and summary) in
 * {@link PostingLists}, and what the filters and the order read (type, field, level, issuing body, status, issue
 * day, number). A search finds exactly what the database's search finds: every queried syllable (at most
 * {@link SyllableWords#MAX_QUERY_SYLLABLES}), whole, in any order, and every filter; in issue-day order, newest or
 * oldest first, equal days by id. After changes, {@link #settle()} brings the order up to date before the next
 * search. Not thread-safe: {@link FollowedIndex} guards it.
 */
final class LegalDocumentIndex implements FollowedIndex.Followed {

    /** A document as the index keeps it; {@code fieldId} null when it has no field. */
    record Entry(long id, long typeId, Long fieldId, long levelId, String issuerKey, LegalStatus status, LocalDate issuedOn,
                 String numberKey, String searchText) {

        Entry {
            issuerKey = issuerKey == null ? "" : issuerKey;
            numberKey = numberKey == null ? "" : numberKey;
        }
    }

    /** One page of matches (ids in order) and how many documents match in all. */
    record Hits(List<Long> ids, long total) {
    }

    private static final int COMMON_SHARE_DIVISOR = 16;
    private static final long NO_FIELD = 0;
    private static final long DAY_OFFSET = 1L << 22;
    /** A search held by more than one document in this many, without filters, walks the order instead of ranking each match. */
    private static final int BROAD_SHARE = 64;

    private long[] ids = new long[1024];
    private long[] types = new long[1024];
    private long[] fields = new long[1024];
    private long[] levels = new long[1024];
    private String[] issuers = new String[1024];
    private byte[] statuses = new byte[1024];
    private int[] days = new int[1024];
    private String[] numbers = new String[1024];
    private String[][] words = new String[1024][];
    private boolean[] alive = new boolean[1024];
    private int ordinals;
    private int size;
    private final Map<Long, Integer> byId = new HashMap<>();
    private final Map<String, String> shared = new HashMap<>();
    private final PostingLists holders = new PostingLists();
    private int[] oldestFirst = new int[0];
    private int[] newestFirst = new int[0];
    private int[] oldestRank = new int[0];
    private int[] newestRank = new int[0];
    private boolean settled = true;
    private final RowStamps stamps = new RowStamps();

    /** Adds a document or updates the one with its id (its old words leave the lists); true when anything changed. */
    boolean put(Entry entry) {
        String[] syllables = new LinkedHashSet<>(SyllableWords.stored(entry.searchText())).stream().map(this::shared)
                .toArray(String[]::new);
        Integer known = byId.get(entry.id());
        if (known != null && same(known, entry, syllables)) {
            return false;
        }
        int ordinal = known != null ? known : append(entry.id());
        if (known != null) {
            for (String syllable : words[ordinal]) {
                holders.remove(syllable, ordinal);
            }
        }
        types[ordinal] = entry.typeId();
        fields[ordinal] = entry.fieldId() == null ? NO_FIELD : entry.fieldId();
        levels[ordinal] = entry.levelId();
        issuers[ordinal] = shared(entry.issuerKey());
        statuses[ordinal] = (byte) entry.status().ordinal();
        days[ordinal] = Math.toIntExact(entry.issuedOn().toEpochDay());
        numbers[ordinal] = entry.numberKey();
        words[ordinal] = syllables;
        for (String syllable : syllables) {
            holders.add(syllable, ordinal);
        }
        settled = false;
        return true;
    }

    private boolean same(int o, Entry e, String[] syllables) {
        return types[o] == e.typeId() && fields[o] == (e.fieldId() == null ? NO_FIELD : e.fieldId()) && levels[o] == e.levelId()
                && issuers[o].equals(e.issuerKey()) && statuses[o] == e.status().ordinal()
                && days[o] == e.issuedOn().toEpochDay() && numbers[o].equals(e.numberKey()) && Arrays.equals(words[o], syllables);
    }

    private String shared(String text) {
        return shared.computeIfAbsent(text, t -> t);
    }

    private int append(long id) {
        if (ordinals == ids.length) {
            int grown = ordinals * 2;
            ids = Arrays.copyOf(ids, grown);
            types = Arrays.copyOf(types, grown);
            fields = Arrays.copyOf(fields, grown);
            levels = Arrays.copyOf(levels, grown);
            issuers = Arrays.copyOf(issuers, grown);
            statuses = Arrays.copyOf(statuses, grown);
            days = Arrays.copyOf(days, grown);
            numbers = Arrays.copyOf(numbers, grown);
            words = Arrays.copyOf(words, grown);
            alive = Arrays.copyOf(alive, grown);
        }
        ids[ordinals] = id;
        alive[ordinals] = true;
        byId.put(id, ordinals);
        size++;
        return ordinals++;
    }

    /** Drops the document with this id (deleted in the database); nothing when it is not here. */
    void remove(long id) {
        Integer ordinal = byId.remove(id);
        if (ordinal == null) {
            return;
        }
        for (String syllable : words[ordinal]) {
            holders.remove(syllable, ordinal);
        }
        words[ordinal] = null;
        issuers[ordinal] = null;
        numbers[ordinal] = null;
        alive[ordinal] = false;
        size--;
        settled = false;
    }

    /** Drops every document whose id is not among {@code present} (the ids the database still holds). */
    void keepOnly(Collection<Long> present) {
        Set<Long> kept = new HashSet<>(present);
        for (Long id : List.copyOf(byId.keySet())) {
            if (!kept.contains(id)) {
                remove(id);
            }
        }
    }

    /**
     * What the change log says, read beside the index's readers (nothing here changes): the documents {@code changed}
     * (added or updated); then, when the database's {@code count} of documents differs from what the index will hold,
     * the ids still {@code present} and the documents present but missing here (a row written with an old
     * {@code updated_at}), {@code read} by id. The answer takes them in (under the write lock) and settles.
     */
    Consumer<LegalDocumentIndex> changes(List<Entry> changed, LongSupplier count, Supplier<Collection<Long>> present,
                                         Function<Collection<Long>, List<Entry>> read) {
        long added = changed.stream().map(Entry::id).distinct().filter(id -> !byId.containsKey(id)).count();
        if (count.getAsLong() == size + added) {
            return index -> index.takeIn(changed, List.of(), List.of());
        }
        Set<Long> known = new HashSet<>(byId.keySet());
        changed.forEach(entry -> known.add(entry.id()));
        Collection<Long> ids = present.get();
        List<Entry> missing = read.apply(ids.stream().filter(id -> !known.contains(id)).toList());
        return index -> index.takeIn(changed, ids, missing);
    }

    private void takeIn(List<Entry> changed, Collection<Long> present, List<Entry> missing) {
        changed.forEach(this::put);
        if (!present.isEmpty()) {
            keepOnly(present);
        }
        missing.forEach(this::put);
        settle();
    }

    /** The change stamps of the documents taken in. */
    RowStamps stamps() {
        return stamps;
    }

    /** How many documents the index holds. */
    int size() {
        return size;
    }

    /**
     * Brings the order up to date after changes and, once a build has read every document, turns the lists of the
     * syllables found in more than one document in {@value #COMMON_SHARE_DIVISOR} into a bit per document.
     */
    void settle() {
        if (settled) {
            return;
        }
        holders.settle(Math.max(64, size / COMMON_SHARE_DIVISOR), ordinals);
        long[] oldest = new long[size];
        long[] newest = new long[size];
        int at = 0;
        for (int o = 0; o < ordinals; o++) {
            if (alive[o]) {
                oldest[at] = (DAY_OFFSET + days[o]) << 40 | ids[o];
                newest[at] = (DAY_OFFSET - days[o]) << 40 | ids[o];
                at++;
            }
        }
        oldestFirst = inOrder(oldest);
        newestFirst = inOrder(newest);
        oldestRank = ranks(oldestFirst);
        newestRank = ranks(newestFirst);
        settled = true;
    }

    private int[] inOrder(long[] keys) {
        Arrays.sort(keys);
        int[] order = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            order[i] = byId.get(keys[i] & (1L << 40) - 1);
        }
        return order;
    }

    private int[] ranks(int[] order) {
        int[] rank = new int[ordinals];
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i;
        }
        return rank;
    }

    /** Answers searches only when {@linkplain #settle() settled}. */
    @Override
    public boolean usable() {
        return settled;
    }

    @Override
    public String summary() {
        return "Search index of " + size + " legal documents (" + shared.size() + " different syllables and issuers)";
    }

    /**
     * The documents holding every syllable of the filter's text and passing its other filters: the page from
     * {@code offset} of at most {@code limit} ids, newest or oldest issue day first (equal days by id), and the total.
     */
    Hits matches(LegalDocumentFilter filter, boolean newest, int offset, int limit) {
        if (!settled) {
            throw new IllegalStateException("the index must be settled after changes");
        }
        Narrowing narrowing = Narrowing.of(filter);
        List<Members> lists = new ArrayList<>();
        for (String syllable : new LinkedHashSet<>(SyllableWords.queried(filter.text()))) {
            Members members = holders.of(syllable);
            if (members == null) {
                return new Hits(List.of(), 0);
            }
            lists.add(members);
        }
        int[] rank = newest ? newestRank : oldestRank;
        int[] order = newest ? newestFirst : oldestFirst;
        BitSet held = lists.isEmpty() ? alive() : PostingLists.heldByAll(lists, ordinals);
        List<Long> page = new ArrayList<>(Math.min(limit, 100));
        if (narrowing.none() && held.cardinality() > order.length / BROAD_SHARE) {
            for (int r = 0, skipped = 0; r < order.length && page.size() < limit; r++) {
                if (held.get(order[r]) && skipped++ >= offset) {
                    page.add(ids[order[r]]);
                }
            }
            return new Hits(page, held.cardinality());
        }
        BitSet found = new BitSet(size);
        for (int o = held.nextSetBit(0); o >= 0; o = held.nextSetBit(o + 1)) {
            if (narrowing.passes(this, o)) {
                found.set(rank[o]);
            }
        }
        int skipped = 0;
        for (int r = found.nextSetBit(0); r >= 0 && page.size() < limit; r = found.nextSetBit(r + 1)) {
            if (skipped++ >= offset) {
                page.add(ids[order[r]]);
            }
        }
        return new Hits(page, found.cardinality());
    }

    private BitSet alive() {
        BitSet all = new BitSet(ordinals);
        for (int o = 0; o < ordinals; o++) {
            all.set(o, alive[o]);
        }
        return all;
    }

    /** The filters other than the words, as the database applies them (null: not filtered). */
    private record Narrowing(Long typeId, Long fieldId, Long levelId, String issuerKey, Integer fromDay, Integer toDay,
                             Integer status, String numberKey) {

        static Narrowing of(LegalDocumentFilter f) {
            String issuer = f.issuer() == null ? null : DocumentNumber.issuerKey(f.issuer());
            String number = f.number() == null ? null : DocumentNumber.key(f.number());
            return new Narrowing(f.typeId(), f.fieldId(), f.levelId(), issuer == null || issuer.isBlank() ? null : issuer,
                    f.year() == null ? null : Math.toIntExact(LocalDate.of(f.year(), 1, 1).toEpochDay()),
                    f.year() == null ? null : Math.toIntExact(LocalDate.of(f.year() + 1, 1, 1).toEpochDay()),
                    f.status() == null ? null : f.status().ordinal(), number == null || number.isEmpty() ? null : number);
        }

        boolean none() {
            return typeId == null && fieldId == null && levelId == null && issuerKey == null && fromDay == null
                    && status == null && numberKey == null;
        }

        boolean passes(LegalDocumentIndex index, int o) {
            return (typeId == null || index.types[o] == typeId)
                    && (fieldId == null || index.fields[o] == fieldId)
                    && (levelId == null || index.levels[o] == levelId)
                    && (issuerKey == null || issuerKey.equals(index.issuers[o]))
                    && (fromDay == null || index.days[o] >= fromDay && index.days[o] < toDay)
                    && (status == null || index.statuses[o] == status)
                    && (numberKey == null || index.numbers[o].startsWith(numberKey));
        }
    }
}
