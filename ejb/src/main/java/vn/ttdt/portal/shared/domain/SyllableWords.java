package vn.ttdt.portal.shared.domain;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Vietnamese text as the words of a MariaDB {@code FULLTEXT} index that ignores diacritics: every syllable folded
 * ({@link VietnameseText#fold}: no tones, đ → d, lower case), split at anything but a–z and 0–9, and written once with
 * the mark {@code w_} in front: "Nghị định 42/2022/NĐ-CP" → "w_nghi w_dinh w_42 w_2022 w_nd w_cp".
 * <p>
 * The mark makes every word at least three characters long and none of them an English stop word, so InnoDB indexes
 * the one- and two-letter syllables Vietnamese is full of (xã, ủy, tế, an) with its default server settings
 * ({@code innodb_ft_min_token_size=3}, the English stop word list). A query asks for every typed syllable, in any order.
 */
public final class SyllableWords {

    /** Syllables of a query beyond this many are ignored. */
    public static final int MAX_QUERY_SYLLABLES = 12;
    private static final String MARK = "w_";
    /** InnoDB ignores words longer than {@code innodb_ft_max_token_size} (84). */
    private static final int MAX_SYLLABLE = 80;
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private SyllableWords() {
    }

    /** The indexed words of these texts, each syllable once, in order of appearance. */
    public static String of(String... texts) {
        return String.join(" ", syllables(String.join(" ", texts)));
    }

    /**
     * The boolean-mode query ({@code MATCH … AGAINST (? IN BOOLEAN MODE)}) that finds texts holding every syllable
     * typed: "nghi dinh 42" → "+w_nghi +w_dinh +w_42"; empty when nothing searchable was typed. Only letters, digits
     * and underscores reach the query, so nothing typed can act as a full-text operator.
     */
    public static String query(String typed) {
        return syllables(typed).stream().limit(MAX_QUERY_SYLLABLES).map(w -> "+" + w).collect(Collectors.joining(" "));
    }

    /**
     * The syllables {@link #query} asks for, without the mark, as an index in memory compares them with
     * {@link #stored}: "Nghị định 42" → [nghi, dinh, 42].
     */
    public static List<String> queried(String typed) {
        return syllables(typed).stream().limit(MAX_QUERY_SYLLABLES).map(w -> w.substring(MARK.length())).toList();
    }

    /** The syllables of stored words ({@link #of}), without the mark: "w_nghi w_dinh w_42" → [nghi, dinh, 42]. */
    public static List<String> stored(String words) {
        if (words == null || words.isBlank()) {
            return List.of();
        }
        return Arrays.stream(words.strip().split(" +")).map(w -> w.startsWith(MARK) ? w.substring(MARK.length()) : w).toList();
    }

    private static Set<String> syllables(String text) {
        String folded = VietnameseText.fold(text == null ? "" : text);
        return Arrays.stream(SEPARATORS.split(folded)).filter(s -> !s.isEmpty())
                .map(s -> MARK + (s.length() > MAX_SYLLABLE ? s.substring(0, MAX_SYLLABLE) : s))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
