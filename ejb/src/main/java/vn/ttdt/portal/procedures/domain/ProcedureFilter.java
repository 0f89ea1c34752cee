package vn.ttdt.portal.procedures.domain;

import java.util.Arrays;
import java.util.List;
import vn.ttdt.portal.shared.domain.VietnameseText;

/**
 * Which procedures a list shows: words of the code, name, field or body (with or without diacritics), a field, a level,
 * an implementing body (each exact, null for any), and whether withdrawn ones are included.
 */
public record ProcedureFilter(String words, String field, String level, String body, boolean withWithdrawn) {

    /** The folded words, each of which a procedure's search text must contain; at most eight. */
    public List<String> foldedWords() {
        String folded = VietnameseText.fold(words);
        return folded.isEmpty() ? List.of() : Arrays.stream(folded.split(" ")).distinct().limit(8).toList();
    }

    public static ProcedureFilter published(String words, String field, String level, String body) {
        return new ProcedureFilter(words, blankToNull(field), blankToNull(level), blankToNull(body), false);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
