package vn.ttdt.portal.it;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads single fields out of a JSON answer, enough for assertions. */
public final class Json {

    private Json() {
    }

    /** The first value of a string or number field named {@code name}. */
    public static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":(\"((?:[^\"\\\\]|\\\\.)*)\"|[-0-9.]+|true|false|null)").matcher(json);
        if (!m.find()) {
            throw new AssertionError("no field " + name + " in " + json);
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }
}
