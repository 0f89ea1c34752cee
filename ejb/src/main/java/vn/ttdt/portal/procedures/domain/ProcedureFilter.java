package vn.ttdt.portal.procedures.domain;

/**
 * Which procedures a list shows: words of the code, name, field or body (whole syllables in any order, with or without
 * diacritics), a field, a level, an implementing body (each exact, null for any), and whether withdrawn ones are included.
 */
public record ProcedureFilter(String words, String field, String level, String body, boolean withWithdrawn) {

    public static ProcedureFilter published(String words, String field, String level, String body) {
        return new ProcedureFilter(words, blankToNull(field), blankToNull(level), blankToNull(body), false);
    }

    /** The same filters over every procedure, withdrawn ones included when {@code withWithdrawn}. */
    public ProcedureFilter includingWithdrawn(boolean withWithdrawn) {
        return new ProcedureFilter(words, field, level, body, withWithdrawn);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
