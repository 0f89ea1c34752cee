package vn.ttdt.portal.content.domain;

import java.util.List;
import org.jsoup.Jsoup;
import vn.ttdt.portal.shared.domain.VietnameseText;

/**
 * The searchable form of an item: its words folded to plain syllables (no tones, đ → d, lower
 * case), separated by single spaces and framed by spaces, so a query matches whole syllables.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String of(String title, String lead, String html) {
        String text = title + " " + lead + " " + (html == null ? "" : Jsoup.parse(html).text());
        return " " + syllables(text) + " ";
    }

    /** The query as it must appear in a search text: " cai cach ". Empty when nothing searchable is left. */
    public static String query(String typed) {
        String syllables = syllables(typed == null ? "" : typed);
        return syllables.isEmpty() ? "" : " " + syllables + " ";
    }

    /** The syllables of what was typed, in order: "Phòng cháy, chữa cháy" → [phong, chay, chua, chay]. */
    public static List<String> syllablesOf(String typed) {
        String folded = query(typed).strip();
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    private static String syllables(String text) {
        return VietnameseText.fold(text).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
