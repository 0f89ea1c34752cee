package vn.ttdt.portal.site.questions;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The question form's proof that a person filled it, kept in the form itself (no session): when it was
 * issued and a small sum written in words, signed with a key that every node of the portal shares. The answer
 * is not in the ticket, only its signature, so the sum must be read from the page and solved.
 */
public final class FormTicket {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};

    /** What the page shows: the ticket to send back and the sum to solve. */
    public record Issued(String ticket, String question) {
    }

    /** Why a submission's ticket is not accepted; {@code null} means it is. */
    public enum Refusal { INVALID, TOO_FAST, EXPIRED, WRONG_ANSWER }

    private final byte[] key;
    private final SecureRandom random;
    private final Duration shortest;
    private final Duration longest;

    public FormTicket(byte[] key, SecureRandom random, Duration shortest, Duration longest) {
        this.key = key.clone();
        this.random = random;
        this.shortest = shortest;
        this.longest = longest;
    }

    public Issued issue(Instant now) {
        int a = 1 + random.nextInt(9);
        int b = 1 + random.nextInt(9);
        byte[] nonce = new byte[9];
        random.nextBytes(nonce);
        String payload = now.getEpochSecond() + "." + HexFormat.of().formatHex(nonce);
        return new Issued(payload + "." + sign(payload + "." + (a + b)), DIGITS[a] + " cộng " + DIGITS[b] + " bằng mấy?");
    }

    public Optional<Refusal> check(String ticket, String answer, Instant now) {
        String[] parts = ticket == null ? new String[0] : ticket.split("\\.");
        if (parts.length != 3 || !parts[0].matches("\\d{1,12}") || !parts[1].matches("[0-9a-f]{18}")) {
            return Optional.of(Refusal.INVALID);
        }
        Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[0]));
        if (issued.isAfter(now.plusSeconds(5)) || issued.plus(longest).isBefore(now)) {
            return Optional.of(Refusal.EXPIRED);
        }
        if (issued.plus(shortest).isAfter(now)) {
            return Optional.of(Refusal.TOO_FAST);
        }
        String given = answer == null ? "" : answer.strip();
        boolean right = given.matches("\\d{1,2}") && MessageDigest.isEqual(
                sign(parts[0] + "." + parts[1] + "." + Integer.parseInt(given)).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII));
        return right ? Optional.empty() : Optional.of(Refusal.WRONG_ANSWER);
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
