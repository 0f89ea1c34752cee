package vn.ttdt.portal.shared.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A key that tells one browser from another for a day without keeping who it is: the SHA-256 (64 hex digits) of the
 * day's secret random salt with the parts given, one per line. The same parts on the same day give the same key;
 * another day gives another, and once the day's salt is deleted nothing leads back from a key to an address.
 */
public final class DailyKey {

    private DailyKey() {
    }

    public static String of(String salt, String... parts) {
        StringBuilder text = new StringBuilder(salt);
        for (String part : parts) {
            text.append('\n').append(part == null ? "" : part);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
