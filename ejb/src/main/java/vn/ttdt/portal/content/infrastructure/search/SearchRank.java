package vn.ttdt.portal.content.infrastructure.search;

import java.util.ArrayList;
import java.util.List;

/**
 * How a search finds and orders its matches. A match holds every word of the query (whole syllables,
 * without regard to diacritics, in any order, anywhere in the title, lead or body; stop words not
 * required), every quoted phrase with its syllables side by side, and none of the excluded words.
 * Matches are ordered by, in turn:
 * <ol>
 * <li>(approximate results only, when no item holds every word) how many of the words and phrases it holds;</li>
 * <li>whether the words stand together as typed: side by side, in the order typed;</li>
 * <li>how many pairs of consecutive words stand side by side (two-syllable words such as
 *     <i>nông thôn</i> count as units even when the whole query is scattered);</li>
 * <li>where the words stand together: {@linkplain #EXACT_IN_TITLE in the title with the exact diacritics},
 *     in the title without them, in the lead with them, in the lead without them, in the body (bodies
 *     are compared without diacritics only); for a query of quoted phrases only, the place of the
 *     phrase placed worst;</li>
 * <li>where each word and phrase stands, on the same scale, added up;</li>
 * <li>newer above older.</li>
 * </ol>
 * The ranking reads first the items holding every word in the title, then in the lead, then the
 * others, each newest first, and stops as soon as the items it has cannot be beaten by any it has not
 * read, or when it has ranked {@link SyllableIndex#SCAN_LIMIT} items (a query of very common words
 * scattered over most items then ranks the first of those it read). An instance ranks for one search.
 */
final class SearchRank {

    static final int ELSEWHERE = 1;
    static final int IN_LEAD = 2;
    static final int EXACT_IN_LEAD = 3;
    static final int IN_TITLE = 4;
    static final int EXACT_IN_TITLE = 5;

    private final SyllableIndex index;
    private final char[] words;
    private final char[] wordSpellings;
    private final char[][] wordUnits;
    private final char[][] wordUnitSpellings;
    private final boolean[] required;
    private final char[][] phrases;
    private final char[][] phraseSpellings;
    private final char[][] excluded;
    private final List<String> requiredSyllables = new ArrayList<>();
    private final List<String> placedSyllables = new ArrayList<>();
    private final List<List<String>> unitSyllables = new ArrayList<>();
    private final long[] queried = new long[1024];
    private final int[] wordFields;
    private final int[] phraseFields;
    private final boolean[] pairsFound;
    private boolean holdsAllRequired;

    SearchRank(SyllableIndex index, SearchQuery query) {
        this.index = index;
        List<SearchQuery.Syllable> typed = query.words();
        words = new char[typed.size()];
        wordSpellings = new char[typed.size()];
        wordUnits = new char[typed.size()][];
        wordUnitSpellings = new char[typed.size()][];
        required = new boolean[typed.size()];
        for (int i = 0; i < words.length; i++) {
            SearchQuery.Syllable word = typed.get(i);
            words[i] = index.codeOf(word.folded());
            wordSpellings[i] = index.spellingOf(word.spelled());
            wordUnits[i] = new char[] {words[i]};
            wordUnitSpellings[i] = new char[] {wordSpellings[i]};
            required[i] = query.requires(word);
            unitSyllables.add(List.of(word.folded()));
            if (required[i]) {
                requiredSyllables.add(word.folded());
                placedSyllables.add(word.folded());
            }
        }
        phrases = new char[query.phrases().size()][];
        phraseSpellings = new char[phrases.length][];
        for (int i = 0; i < phrases.length; i++) {
            List<SearchQuery.Syllable> phrase = query.phrases().get(i);
            phrases[i] = codes(phrase);
            phraseSpellings[i] = spellings(phrase);
            List<String> folded = phrase.stream().map(SearchQuery.Syllable::folded).toList();
            unitSyllables.add(folded);
            requiredSyllables.addAll(folded);
            if (words.length == 0) {
                placedSyllables.addAll(folded);
            }
        }
        excluded = query.excluded().stream().map(this::codes).toArray(char[][]::new);
        wordFields = new int[words.length];
        phraseFields = new int[phrases.length];
        pairsFound = new boolean[Math.max(0, words.length - 1)];
        mark(words);
        for (char[] phrase : phrases) {
            mark(phrase);
        }
        for (char[] word : excluded) {
            mark(word);
        }
    }

    /** Marks the syllables a pass over a text stops at. */
    private void mark(char[] codes) {
        for (char code : codes) {
            queried[code >>> 6] |= 1L << code;
        }
    }

    private char[] codes(List<SearchQuery.Syllable> syllables) {
        char[] codes = new char[syllables.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = index.codeOf(syllables.get(i).folded());
        }
        return codes;
    }

    private char[] spellings(List<SearchQuery.Syllable> syllables) {
        char[] codes = new char[syllables.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = index.spellingOf(syllables.get(i).spelled());
        }
        return codes;
    }

    /** The folded syllables every match holds. */
    List<String> required() {
        return requiredSyllables;
    }

    /** The syllables whose place ranks first: the required words', or the phrases' when there are no words. */
    List<String> placed() {
        return placedSyllables;
    }

    /** The words and the phrases, each as its folded syllables. */
    List<List<String>> unitSyllables() {
        return unitSyllables;
    }

    int units() {
        return unitSyllables.size();
    }

    /** Whether the item last {@linkplain #of ranked} holds every required word and phrase. */
    boolean holdsAllRequired() {
        return holdsAllRequired;
    }

    static int held(long relevance) {
        return (int) (relevance >>> 24);
    }

    /** The best relevance an item holding the words together in a place no better than {@code place} can have. */
    long bound(int place) {
        return relevance(units(), true, maxPairs(), place, EXACT_IN_TITLE * units());
    }

    /** The best relevance there is for this query: every word together in a title, spelled as typed where an item spells it so. */
    long bestInTitle() {
        int places = 0;
        boolean exact = true;
        for (char spelling : wordSpellings) {
            places += spelling == SyllableIndex.UNCODED ? IN_TITLE : EXACT_IN_TITLE;
            exact &= spelling != SyllableIndex.UNCODED;
        }
        for (char[] spelling : phraseSpellings) {
            boolean known = known(spelling);
            places += known ? EXACT_IN_TITLE : IN_TITLE;
            exact &= known;
        }
        return relevance(units(), true, maxPairs(), exact ? EXACT_IN_TITLE : IN_TITLE, places);
    }

    private int maxPairs() {
        return Math.max(0, words.length - 1);
    }

    private static long relevance(int held, boolean together, int pairs, int place, int places) {
        return (long) held << 24 | (together ? 1L : 0L) << 23 | (long) pairs << 16 | (long) place << 13 | places;
    }

    /** The relevance of an item (larger is better), or -1 when it holds an excluded word. One pass over its text. */
    long of(int ordinal) {
        char[] text = index.text(ordinal);
        int titleEnd = index.titleEnd(ordinal);
        int leadEnd = index.leadEnd(ordinal);
        java.util.Arrays.fill(wordFields, 0);
        java.util.Arrays.fill(phraseFields, 0);
        java.util.Arrays.fill(pairsFound, false);
        int togetherField = 0;
        for (int at = 0; at < text.length; at++) {
            if (excluded.length == 0
                    && (at == titleEnd && allIn(TITLE, togetherField) || at == leadEnd && allIn(LEAD, togetherField))) {
                break;
            }
            char code = text[at];
            if ((queried[code >>> 6] & 1L << code) == 0) {
                continue;
            }
            for (char[] word : excluded) {
                if (word[0] == code && standsAt(text, at, word)) {
                    return -1;
                }
            }
            int field = at < titleEnd ? TITLE : at < leadEnd ? LEAD : BODY;
            for (int i = 0; i < words.length; i++) {
                if (words[i] == code) {
                    wordFields[i] = Math.max(wordFields[i], field);
                    if (i > 0 && at > 0 && text[at - 1] == words[i - 1]) {
                        pairsFound[i - 1] = true;
                    }
                }
            }
            if (words.length > 1 && words[0] == code && standsAt(text, at, words)) {
                togetherField = Math.max(togetherField, fieldOf(at, words.length, titleEnd, leadEnd));
            }
            for (int i = 0; i < phrases.length; i++) {
                if (phrases[i][0] == code && standsAt(text, at, phrases[i])) {
                    phraseFields[i] = Math.max(phraseFields[i], fieldOf(at, phrases[i].length, titleEnd, leadEnd));
                }
            }
        }
        int held = 0;
        int places = 0;
        boolean all = true;
        for (int i = 0; i < words.length; i++) {
            int place = place(ordinal, wordFields[i], wordUnitSpellings[i]);
            if (place > 0) {
                held++;
                places += place;
            } else if (required[i]) {
                all = false;
            }
        }
        int worstPhrase = EXACT_IN_TITLE;
        for (int i = 0; i < phrases.length; i++) {
            int place = place(ordinal, phraseFields[i], phraseSpellings[i]);
            if (place > 0) {
                held++;
                places += place;
            } else {
                all = false;
            }
            worstPhrase = Math.min(worstPhrase, place);
        }
        holdsAllRequired = all;
        if (words.length == 0) {
            return relevance(held, all, 0, worstPhrase, places);
        }
        int together = words.length == 1 ? place(ordinal, wordFields[0], wordUnitSpellings[0])
                : place(ordinal, togetherField, wordSpellings);
        int pairs = 0;
        for (boolean found : pairsFound) {
            pairs += found ? 1 : 0;
        }
        return relevance(held, together > 0, together > 0 ? maxPairs() : pairs, together, places);
    }

    /**
     * Whether every word, every phrase and the words together stand in {@code field} or a better one: the rest of the text
     * cannot place them better (a field's best place is kept), and the words standing together make the pairs count whole.
     */
    private boolean allIn(int field, int togetherField) {
        for (int found : wordFields) {
            if (found < field) {
                return false;
            }
        }
        for (int found : phraseFields) {
            if (found < field) {
                return false;
            }
        }
        return words.length <= 1 || togetherField >= field;
    }

    private static final int BODY = 1;
    private static final int LEAD = 2;
    private static final int TITLE = 3;

    /** The field wholly holding {@code length} syllables from {@code at}: title, lead, or else body. */
    private static int fieldOf(int at, int length, int titleEnd, int leadEnd) {
        int end = at + length;
        return end <= titleEnd ? TITLE : at >= titleEnd && end <= leadEnd ? LEAD : BODY;
    }

    private static boolean standsAt(char[] text, int at, char[] part) {
        if (at + part.length > text.length) {
            return false;
        }
        for (int i = 1; i < part.length; i++) {
            if (text[at + i] != part[i]) {
                return false;
            }
        }
        return true;
    }

    /** The place (see the constants) of syllables found best in {@code field}, 0 for none; exact when spelled so there. */
    private int place(int ordinal, int field, char[] spelled) {
        return switch (field) {
            case TITLE -> exact(index.spelledTitle(ordinal), spelled) ? EXACT_IN_TITLE : IN_TITLE;
            case LEAD -> exact(index.spelledLead(ordinal), spelled) ? EXACT_IN_LEAD : IN_LEAD;
            case BODY -> ELSEWHERE;
            default -> 0;
        };
    }

    private static boolean exact(char[] field, char[] spelled) {
        return known(spelled) && indexOf(field, 0, field.length, spelled) >= 0;
    }

    private static boolean known(char[] spelled) {
        for (char c : spelled) {
            if (c == SyllableIndex.UNCODED) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code part} first stands wholly within {@code text[from, to)}, -1 when nowhere. */
    static int indexOf(char[] text, int from, int to, char[] part) {
        if (part.length == 0) {
            return -1;
        }
        char first = part[0];
        outer:
        for (int start = from; start + part.length <= to; start++) {
            if (text[start] != first) {
                continue;
            }
            for (int i = 1; i < part.length; i++) {
                if (text[start + i] != part[i]) {
                    continue outer;
                }
            }
            return start;
        }
        return -1;
    }
}
