package vn.ttdt.portal.site;

import java.text.Normalizer;
import vn.ttdt.portal.shared.domain.VietnameseText;

/**
 * Marks the searched words in a text, with or without diacritics ("cai cach" marks "cải cách"),
 * escaping everything for HTML.
 */
final class Highlighter {

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
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String one = VietnameseText.fold(String.valueOf(text.charAt(i)));
            folded.append(one.length() == 1 ? one.charAt(0) : Character.isWhitespace(text.charAt(i)) ? ' ' : text.charAt(i));
        }
        return folded.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
