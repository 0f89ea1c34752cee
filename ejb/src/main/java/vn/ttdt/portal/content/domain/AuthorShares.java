package vn.ttdt.portal.content.domain;

import java.math.BigDecimal;
import java.util.List;

/** Rules for the authors of a work: at least one, names given, shares positive and adding up to exactly 100%. */
public final class AuthorShares {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private AuthorShares() {
    }

    /** The key of the message explaining why these authors are refused, or null when they are fine. */
    public static String violation(List<AuthorShare> authors) {
        if (authors == null || authors.isEmpty()) {
            return "content.authors.required";
        }
        BigDecimal total = BigDecimal.ZERO;
        for (AuthorShare author : authors) {
            if (author.getName() == null || author.getName().isBlank() || author.getName().length() > 120) {
                return "content.authors.name";
            }
            if (author.getSharePercent() == null || author.getSharePercent().signum() <= 0
                    || author.getSharePercent().scale() > 2) {
                return "content.authors.share";
            }
            total = total.add(author.getSharePercent());
        }
        return total.compareTo(HUNDRED) == 0 ? null : "content.authors.total";
    }
}
