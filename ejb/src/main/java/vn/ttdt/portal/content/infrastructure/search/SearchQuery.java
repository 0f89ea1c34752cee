package vn.ttdt.portal.content.infrastructure.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.ttdt.portal.content.domain.SearchText;

/**
 * What a visitor typed, as a search reads it: the words to find (whole syllables, in any order), text
 * in double quotes to find as a phrase ({@code "cải cách hành chính"}), and words after a leading
 * {@code -} that a match must not hold. Each syllable is kept folded (what matches) and as typed (what
 * ranks an exact spelling higher). Stop words ({@link #STOP_WORDS}, typed with their diacritics) are
 * not required, so they never make a search find less; a query of nothing but stop words requires them.
 */
public final class SearchQuery {

    /** A syllable folded ({@code xa}) and as typed, in lower case ({@code xã}). */
    public record Syllable(String folded, String spelled) {
    }

    /** Function words too common to be required; compared with their diacritics ("cho" is not "chợ"). */
    static final Set<String> STOP_WORDS = Set.of("và", "của", "các", "những", "là", "với", "cho", "trong", "được", "ở",
            "tại", "về", "có", "này", "đã", "để", "thì", "mà", "từ", "theo", "một", "như", "khi", "đến", "cũng",
            "nên", "vì", "bị", "do", "trên", "sẽ", "đang", "hoặc", "hay", "rằng");

    private static final Pattern TOKEN = Pattern.compile("(-?)\"([^\"]*)\"?|(\\S+)");
    /** Queries are at most 200 characters; this keeps a rank's arithmetic small whatever is typed. */
    private static final int MOST_SYLLABLES = 60;

    private final List<Syllable> words;
    private final List<List<Syllable>> phrases;
    private final List<List<Syllable>> excluded;
    private final boolean stopWordsRequired;

    private SearchQuery(List<Syllable> words, List<List<Syllable>> phrases, List<List<Syllable>> excluded) {
        this.words = List.copyOf(words);
        this.phrases = List.copyOf(phrases);
        this.excluded = List.copyOf(excluded);
        this.stopWordsRequired = phrases.isEmpty() && words.stream().allMatch(SearchQuery::isStopWord);
    }

    public static SearchQuery of(String typed) {
        List<Syllable> words = new ArrayList<>();
        List<List<Syllable>> phrases = new ArrayList<>();
        List<List<Syllable>> excluded = new ArrayList<>();
        int budget = MOST_SYLLABLES;
        Matcher token = TOKEN.matcher(typed == null ? "" : typed);
        while (token.find() && budget > 0) {
            List<Syllable> syllables;
            if (token.group(2) != null) {
                syllables = syllables(token.group(2));
                (token.group(1).isEmpty() ? phrases : excluded).add(syllables);
            } else if (token.group(3).length() > 1 && token.group(3).startsWith("-")) {
                syllables = syllables(token.group(3).substring(1));
                excluded.add(syllables);
            } else {
                syllables = syllables(token.group(3));
                words.addAll(syllables);
            }
            budget -= syllables.size();
        }
        phrases.removeIf(List::isEmpty);
        excluded.removeIf(List::isEmpty);
        return new SearchQuery(words, phrases, excluded);
    }

    /** The folded syllables of the text paired with their spelling as typed. */
    private static List<Syllable> syllables(String text) {
        List<Syllable> found = new ArrayList<>();
        for (String spelled : Spelling.syllables(text)) {
            List<String> folded = SearchText.syllablesOf(spelled);
            if (folded.size() == 1) {
                found.add(new Syllable(folded.get(0), spelled));
            } else {
                folded.forEach(f -> found.add(new Syllable(f, f)));
            }
        }
        return found;
    }

    private static boolean isStopWord(Syllable syllable) {
        return STOP_WORDS.contains(syllable.spelled());
    }

    /** The words outside quotes, in the order typed (stop words included). */
    public List<Syllable> words() {
        return words;
    }

    /** Whether a match must hold this word: every word but a stop word, unless the query is nothing but stop words. */
    public boolean requires(Syllable word) {
        return stopWordsRequired || !isStopWord(word);
    }

    /** The quoted phrases, each to be found with its syllables side by side. */
    public List<List<Syllable>> phrases() {
        return phrases;
    }

    /** What follows a leading {@code -}: a match holds none of these (each side by side when several syllables). */
    public List<List<Syllable>> excluded() {
        return excluded;
    }

    /** Every folded syllable the query names, excluded ones too. */
    public List<String> syllables() {
        return Stream.of(words.stream(), phrases.stream().flatMap(List::stream), excluded.stream().flatMap(List::stream))
                .flatMap(s -> s).map(Syllable::folded).toList();
    }

    /** True when nothing is left to find (only punctuation, or only exclusions). */
    public boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }
}
