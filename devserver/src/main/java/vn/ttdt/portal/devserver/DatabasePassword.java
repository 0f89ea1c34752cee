package vn.ttdt.portal.devserver;

import java.util.Map;

/** The database password of the command-line tools: --password=… or PORTAL_DB_PASSWORD, never a built-in default. */
final class DatabasePassword {

    private DatabasePassword() {
    }

    static String of(Map<String, String> options) {
        String given = options.get("password");
        if (given == null || given.isBlank()) {
            given = System.getenv("PORTAL_DB_PASSWORD");
        }
        if (given == null || given.isBlank()) {
            throw new IllegalArgumentException("no database password: give --password=... or set PORTAL_DB_PASSWORD");
        }
        return given;
    }
}
