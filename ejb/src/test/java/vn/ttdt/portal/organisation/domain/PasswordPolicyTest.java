package vn.ttdt.portal.organisation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final String LOGIN = "ctv.demo";

    @Test
    void elevenCharactersAreTooShort() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.violation(LOGIN, "a".repeat(11)));
    }

    @Test
    void twelveCharactersAreAccepted() {
        assertEquals(Optional.empty(), PasswordPolicy.violation(LOGIN, "a".repeat(12)));
    }

    @Test
    void seventyTwoBytesAreAcceptedButSeventyThreeAreTooLongBecauseBcryptWouldIgnoreTheRest() {
        assertEquals(Optional.empty(), PasswordPolicy.violation(LOGIN, "a".repeat(72)));
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.violation(LOGIN, "a".repeat(73)));
    }

    @Test
    void vietnameseLettersCountByTheirUtf8Bytes() {
        assertEquals(Optional.empty(), PasswordPolicy.violation(LOGIN, "ộ".repeat(24)));
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.violation(LOGIN, "ộ".repeat(25)));
    }

    @Test
    void aPasswordContainingTheLoginInAnyCaseIsRefused() {
        assertEquals(Optional.of("password.containsLogin"),
                PasswordPolicy.violation(LOGIN, "my-CTV.Demo-secret"));
    }

    @Test
    void aVietnamesePassphraseWithDiacriticsIsAccepted() {
        String passphrase = "Mùa thu đẹp";
        assertEquals(11, passphrase.length());
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.violation(LOGIN, passphrase));

        String longer = "Mùa thu Hà Nội đẹp lắm";
        assertTrue(longer.codePointCount(0, longer.length()) >= 12);
        assertEquals(Optional.empty(), PasswordPolicy.violation(LOGIN, longer));
        assertEquals(Optional.empty(),
                PasswordPolicy.violation(LOGIN, Normalizer.normalize(longer, Normalizer.Form.NFD)));
    }

    @Test
    void aPasswordOfTwelveSpacesIsRefused() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.violation(LOGIN, " ".repeat(12)));
    }

    @Test
    void noPasswordIsRefused() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.violation(LOGIN, null));
    }
}
