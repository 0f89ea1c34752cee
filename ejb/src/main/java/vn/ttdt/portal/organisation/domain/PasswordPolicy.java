package vn.ttdt.portal.organisation.domain;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Passwords of back-office accounts: at least 12 characters (a passphrase is welcome), at most 72
 * bytes in UTF-8 (bcrypt ignores anything after that, so a longer password would only seem
 * stronger), and not containing the login. Returns the key of the message that explains a refusal.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_UTF8_BYTES = 72;

    private PasswordPolicy() {
    }

    public static Optional<String> violation(String login, String password) {
        if (password == null) {
            return Optional.of("password.tooShort");
        }
        String composed = Normalizer.normalize(password, Normalizer.Form.NFC);
        if (composed.codePointCount(0, composed.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_UTF8_BYTES) {
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
