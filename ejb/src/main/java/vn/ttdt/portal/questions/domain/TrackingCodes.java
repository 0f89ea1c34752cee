package vn.ttdt.portal.questions.domain;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Makes the codes askers follow their question with, such as {@code HD-2023-7KQ4M2}: the year and six
 * characters drawn at random from an alphabet without look-alikes (no 0/O, 1/I/L), so a code can be read
 * over the phone and cannot be guessed from another one (31^6 ≈ 890 million per year). The database keeps
 * them unique; a clash is drawn again.
 */
public final class TrackingCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 6;
    private static final String FORMAT = "HD-\\d{4}-[" + ALPHABET + "]{" + LENGTH + "}";

    private final RandomGenerator random;

    public TrackingCodes() {
        this(new SecureRandom());
    }

    TrackingCodes(RandomGenerator random) {
        this.random = random;
    }

    public String next(int year) {
        StringBuilder code = new StringBuilder("HD-").append(year).append('-');
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Whether {@code text} could be a tracking code at all (checked before any query); case-insensitive. */
    public static boolean isWellFormed(String text) {
        return text != null && text.strip().toUpperCase(java.util.Locale.ROOT).matches(FORMAT);
    }

    public static String normalise(String text) {
        return text.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
