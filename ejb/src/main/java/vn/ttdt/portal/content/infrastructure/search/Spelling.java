package vn.ttdt.portal.content.infrastructure.search;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Syllables with their diacritics, in lower case and composed (NFC): how the index tells an exact
 * spelling ("Cải cách") from a match without diacritics ("Cai cach") in titles and leads.
 */
final class Spelling {

    private static final Pattern NOT_A_SYLLABLE = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Spelling() {
    }

    /** "Ủy ban, nhân DÂN" → [ủy, ban, nhân, dân]; empty when there is nothing but punctuation. */
    static List<String> syllables(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String spelled = NOT_A_SYLLABLE.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC))
                .replaceAll(" ").strip();
        return spelled.isEmpty() ? List.of() : List.of(spelled.split(" "));
    }
}
