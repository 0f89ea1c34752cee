package vn.ttdt.portal.royalty.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * Splits a work's royalty between its co-authors by their percentage shares: each share is rounded
 * half-up to a whole VND and the rounding remainder goes to the first author, so the parts add up exactly.
 */
public final class ShareSplit {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ShareSplit() {
    }

    public static List<Long> split(long amount, List<BigDecimal> sharePercents) {
        if (sharePercents.isEmpty()) {
            throw new BusinessRuleException("royalty.shares.none", "no author");
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
}
