package vn.ttdt.portal.site;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.ttdt.portal.shared.domain.HtmlEscape;
import vn.ttdt.portal.shared.domain.VietnameseText;

/**
 * Marks the searched words in a text, whole syllables with or without diacritics ("cai cach" marks
 * "cải cách", "an" does not mark "ban"), words side by side in one mark; excluded words ({@code -xã})
 * are not marked; escapes everything for HTML.
 */
final class Highlighter {

    private static final Map<Character, Character> FOLDED = new ConcurrentHashMap<>();

    private Highlighter() {
    }

    static String mark(String text, String query) {
        return mark(text, words(query));
    }

    /** The text with the {@link #words(String) words of a query} marked: a page reads the query's words once for all its texts. */
    static String mark(String text, Set<String> words) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (words.isEmpty()) {
            return HtmlEscape.text(composed);
        }
        String folded = foldPerChar(composed);
        StringBuilder out = new StringBuilder();
        int from = 0;
        int openedAt = -1;
        int closedAt = -1;
        for (int at = 0; at < folded.length(); ) {
            if (!syllableChar(folded.charAt(at))) {
                at++;
                continue;
            }
            int end = at;
            while (end < folded.length() && syllableChar(folded.charAt(end))) {
                end++;
            }
            if (words.contains(folded.substring(at, end))) {
                if (openedAt >= 0 && folded.substring(closedAt, at).isBlank()) {
                    closedAt = end;
                } else {
                    from = close(out, composed, from, openedAt, closedAt);
                    openedAt = at;
                    closedAt = end;
                }
            }
            at = end;
        }
        from = close(out, composed, from, openedAt, closedAt);
        return out.append(HtmlEscape.text(composed.substring(from))).toString();
    }

    /** Writes the text up to a mark and the mark (none when {@code openedAt} is negative); where the text goes on. */
    private static int close(StringBuilder out, String composed, int from, int openedAt, int closedAt) {
        if (openedAt < 0) {
            return from;
        }
        out.append(HtmlEscape.text(composed.substring(from, openedAt))).append("<mark>")
                .append(HtmlEscape.text(composed.substring(openedAt, closedAt))).append("</mark>");
        return closedAt;
    }

    /** The folded syllables of the query's words and phrases, leaving out those after a leading {@code -}. */
    static Set<String> words(String query) {
        Set<String> words = new HashSet<>();
        for (String token : (query == null ? "" : query.replace('"', ' ')).split("\\s+")) {
            if (!token.startsWith("-")) {
                String folded = VietnameseText.fold(token).replaceAll("[^a-z0-9]+", " ").strip();
                if (!folded.isEmpty()) {
                    words.addAll(Arrays.asList(folded.split(" ")));
                }
            }
        }
        return words;
    }

    private static boolean syllableChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** Folds character by character so that positions in the folded text match the original. */
    private static String foldPerChar(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = foldOne(text.charAt(i));
        }
        return new String(folded);
    }

    private static char foldOne(char c) {
        if (c < 128) {
            return Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c);
        }
        return FOLDED.computeIfAbsent(c, one -> {
            String f = VietnameseText.fold(String.valueOf(one));
            return f.length() == 1 ? f.charAt(0) : Character.isWhitespace(one) ? ' ' : one;
        });
    }
}
