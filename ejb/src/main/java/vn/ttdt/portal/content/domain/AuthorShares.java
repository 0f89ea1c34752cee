package vn.ttdt.portal.content.domain;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Rules for the authors of a work: at least one, names given, shares positive and adding up to exactly 100%; an author
 * linked to an account is named as its holder is (full name or pen name).
 */
public final class AuthorShares {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private AuthorShares() {
    }

    /**
     * The key of the message explaining why these authors are refused, or null when they are fine: every author named,
     * and either no author with a share (equal shares) or every author with a share above 0 adding up to 100%.
     */
    public static String violation(List<AuthorShare> authors) {
        if (authors == null || authors.isEmpty()) {
            return "content.authors.required";
        }
        if (authors.stream().anyMatch(author -> author.getName() == null || author.getName().isBlank()
                || author.getName().length() > 120)) {
            return "content.authors.name";
        }
        if (equal(authors)) {
            return null;
        }
        if (authors.stream().anyMatch(author -> author.getSharePercent() == null)) {
            return "content.authors.shareMixed";
        }
        BigDecimal total = BigDecimal.ZERO;
        for (AuthorShare author : authors) {
            if (author.getSharePercent() == null || author.getSharePercent().signum() <= 0
                    || author.getSharePercent().scale() > 2) {
                return "content.authors.share";
            }
            total = total.add(author.getSharePercent());
        }
        return total.compareTo(HUNDRED) == 0 ? null : "content.authors.total";
    }

    /** True when the authors declare equal shares: none of them carries a percentage. */
    public static boolean equal(List<AuthorShare> authors) {
        return authors.stream().allMatch(author -> author.getSharePercent() == null);
    }

    /**
     * True when {@code typed} is the holder's full name or pen name, whatever the case and spacing (diacritics count:
     * "Hà" is not "Hạ").
     */
    public static boolean namesHolder(String typed, String fullName, String penName) {
        String name = comparable(typed);
        return !name.isEmpty() && (name.equals(comparable(fullName)) || name.equals(comparable(penName)));
    }

    /** Each author position whose account changed, as {@code author 2: 12 -> null}, first position 1. */
    public static List<String> accountChanges(List<AuthorShare> before, List<AuthorShare> after) {
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            Long was = i < before.size() ? before.get(i).getAccountId() : null;
            Long is = i < after.size() ? after.get(i).getAccountId() : null;
            if (!Objects.equals(was, is)) {
                changes.add("author " + (i + 1) + ": " + was + " -> " + is);
            }
        }
        return changes;
    }

    private static String comparable(String name) {
        return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
