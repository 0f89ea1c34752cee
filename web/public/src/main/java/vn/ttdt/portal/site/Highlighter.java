package vn.ttdt.portal.site;

import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.ttdt.portal.shared.domain.VietnameseText;

/**
 * Marks the searched words in a text, with or without diacritics ("cai cach" marks "cải cách"),
 * escaping everything for HTML.
 */
final class Highlighter {

    private static final Map<Character, Character> FOLDED = new ConcurrentHashMap<>();

    private Highlighter() {
    }

    static String mark(String text, String query) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        String folded = foldPerChar(composed);
        String needle = VietnameseText.fold(query == null ? "" : query);
        if (needle.isBlank()) {
            return escape(composed);
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length())) {
            out.append(escape(composed.substring(from, at))).append("<mark>")
                    .append(escape(composed.substring(at, at + needle.length()))).append("</mark>");
            from = at + needle.length();
        }
        return out.append(escape(composed.substring(from))).toString();
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

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
