package vn.ttdt.portal.organisation.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Passwords of back-office accounts: at least 12 characters (a passphrase is welcome), at most
 * 128, and not containing the login. Returns the key of the message that explains a refusal.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static Optional<String> violation(String login, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (password.isBlank()) {
            return Optional.of("password.tooShort");
        }
        if (login != null && !login.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(login.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsLogin");
        }
        return Optional.empty();
    }
}
