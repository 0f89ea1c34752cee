package vn.ttdt.portal.shared.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Accent-insensitive forms of Vietnamese text. {@link #fold} treats two strings as equal exactly when the
 * database collation {@code utf8mb4_uca1400_ai_ci} does for ordinary Vietnamese: tones and other diacritics
 * are ignored, case is ignored and {@code đ} equals {@code d}. Search keys computed in Java therefore match
 * what a {@code LIKE} or {@code =} comparison in the database finds.
 */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final int SLUG_MAX = 120;
    private static final String SLUG_FALLBACK = "bai-viet";

    private VietnameseText() {
    }

    public static String fold(String text) {
        return WHITESPACE.matcher(withoutMarks(text).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The text without tones and other diacritics, {@code đ/Đ} as {@code d/D}, case and spacing kept. */
    public static String withoutMarks(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    }

    public static String slug(String text) {
        String slug = trimDashes(NOT_SLUG.matcher(fold(text)).replaceAll("-"));
        if (slug.length() > SLUG_MAX) {
            slug = trimDashes(slug.substring(0, SLUG_MAX));
        }
        return slug.isEmpty() ? SLUG_FALLBACK : slug;
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
