package vn.ttdt.portal.site.rating.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who voted, as far as counting once needs to know: a SHA-256 of the day's secret random salt with the page, the
 * network address and the browser's description. The same browser on the same page and day gets the same key; nothing
 * leads back to the address once the salt is deleted after the day, and another day gives another key.
 */
public final class VoterKey {

    private VoterKey() {
    }

    public static String of(String salt, long siteId, RatingKind kind, String ref, String address, String userAgent) {
        return sha256(String.join("\n", salt, Long.toString(siteId), kind.name(), ref, nonNull(address), nonNull(userAgent)));
    }

    /** The key of the visitor alone (for the flood limit), whatever page they vote on. */
    public static String ofVisitor(String salt, String address) {
        return sha256(salt + "\nvisitor\n" + nonNull(address));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
