package vn.ttdt.portal.procedures.domain;

import java.util.List;

/**
 * A rule an input breaks: the field, the key of its Vietnamese text in the domain bundle and the text's arguments.
 *
 * @param field the field in the input's own words (e.g. {@code code}, {@code received_new}); null for the whole input
 */
public record Violation(String field, String messageKey, List<Object> arguments) {

    public Violation {
        arguments = List.copyOf(arguments);
    }

    public static Violation of(String field, String messageKey, Object... arguments) {
        return new Violation(field, messageKey, List.of(arguments));
    }
}
