package vn.ttdt.portal.royalty.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * Splits a work's royalty between its co-authors by their percentage shares, or equally when none declares a share:
 * each part is rounded half-up to a whole VND and the rounding remainder goes to the first author, so the parts add
 * up exactly.
 */
public final class ShareSplit {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ShareSplit() {
    }

    /** By percentage shares; when every share is null, {@link #equally equally}. */
    public static List<Long> split(long amount, List<BigDecimal> sharePercents) {
        if (sharePercents.isEmpty()) {
            throw new BusinessRuleException("royalty.shares.none", "no author");
        }
        if (sharePercents.stream().allMatch(Objects::isNull)) {
            return equally(amount, sharePercents.size());
        }
        if (sharePercents.stream().anyMatch(Objects::isNull)) {
            throw new BusinessRuleException("royalty.shares.mixed", "some authors without a share");
        }
        BigDecimal total = sharePercents.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(HUNDRED) != 0) {
            throw new BusinessRuleException("royalty.shares.total", "shares add up to " + total, total);
        }
        List<Long> parts = new ArrayList<>(sharePercents.size());
        long others = 0;
        parts.add(0L);
        for (BigDecimal share : sharePercents.subList(1, sharePercents.size())) {
            long part = Vnd.percentOf(amount, share);
            parts.add(part);
            others += part;
        }
        parts.set(0, amount - others);
        return parts;
    }

    /**
     * Equal shares: every author but the first gets {@code amount / authors} rounded half-up, the first the rest
     * (e.g. 100,001 VND among three: 33,334 to the second and third, 33,333 to the first).
     */
    public static List<Long> equally(long amount, int authors) {
        if (authors < 1) {
            throw new BusinessRuleException("royalty.shares.none", "no author");
        }
        long each = BigDecimal.valueOf(amount).divide(BigDecimal.valueOf(authors), 0, RoundingMode.HALF_UP).longValueExact();
        List<Long> parts = new ArrayList<>(Collections.nCopies(authors, each));
        parts.set(0, amount - each * (authors - 1));
        return parts;
    }

    /** The percentage an equal share shows on a payroll line: 100 / authors, rounded half-up to two decimals. */
    public static BigDecimal equalPercent(int authors) {
        return HUNDRED.divide(BigDecimal.valueOf(authors), 2, RoundingMode.HALF_UP);
    }
}
