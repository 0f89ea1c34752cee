package vn.ttdt.portal.royalty.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Whole Vietnamese đồng: every amount docs/domain.md names is rounded half-up to a whole VND at the point it names. */
public final class Vnd {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Vnd() {
    }

    public static long roundHalfUp(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** {@code amount × percent / 100}, rounded half-up to a whole VND. */
    public static long percentOf(long amount, BigDecimal percent) {
        return roundHalfUp(BigDecimal.valueOf(amount).multiply(percent).divide(HUNDRED));
    }
}
