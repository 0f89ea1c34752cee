package vn.ttdt.portal.procedures.domain;

import java.util.regex.Pattern;

/**
 * Which procedures a list shows: words of the code, name, field or body (whole syllables in any order, with or without
 * diacritics) or, when the words are one piece of a code, the procedures whose code holds it ({@link #codePart()});
 * a field, a level, an implementing body (each exact, null for any), and whether withdrawn ones are included.
 */
public record ProcedureFilter(String words, String field, String level, String body, boolean withWithdrawn) {

    /** Letters, digits, dots, dashes and underscores with a digit among them: how a code or a piece of one is typed. */
    private static final Pattern CODE_PART = Pattern.compile("(?=[^0-9]*[0-9])[A-Za-z0-9._-]{3,60}");

    public static ProcedureFilter published(String words, String field, String level, String body) {
        return new ProcedureFilter(words, blankToNull(field), blankToNull(level), blankToNull(body), false);
    }

    /** The same filters over every procedure, withdrawn ones included when {@code withWithdrawn}. */
    public ProcedureFilter includingWithdrawn(boolean withWithdrawn) {
        return new ProcedureFilter(words, field, level, body, withWithdrawn);
    }

    /**
     * The words when they are a piece of a procedure code, such as {@code 1.0012} or {@code 001234} of {@code 1.001234}
     * (one piece of at least three characters, a digit among them); null otherwise.
     */
    public String codePart() {
        String typed = words == null ? "" : words.strip();
        return CODE_PART.matcher(typed).matches() ? typed : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
