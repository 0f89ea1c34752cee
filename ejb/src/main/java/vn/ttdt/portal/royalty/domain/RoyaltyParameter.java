package vn.ttdt.portal.royalty.domain;

import java.math.BigDecimal;

/**
 * The single-valued rules of the royalty schedule, each kept as effective-dated values
 * (docs/domain.md "Royalties"; the defaults are the values the first start writes).
 */
public enum RoyaltyParameter {
    /** Mức lương cơ sở, VND per month. */
    BASE_SALARY(new BigDecimal("0"), new BigDecimal("100000000")),
    /** Unit value (giá trị một đơn vị hệ số) as a percentage of the base salary. */
    UNIT_VALUE_PERCENT(new BigDecimal("0.01"), new BigDecimal("100")),
    /** Personal income tax withheld, percent of a payee's gross. */
    PIT_RATE_PERCENT(BigDecimal.ZERO, new BigDecimal("100")),
    /** A payee's gross in one payroll from which tax is withheld, VND. */
    PIT_THRESHOLD(BigDecimal.ZERO, new BigDecimal("1000000000")),
    /** Remuneration above this percentage of the month's royalties is warned about. */
    REMUNERATION_CAP_PERCENT(BigDecimal.ZERO, new BigDecimal("1000")),
    /** A translation is paid between this and {@link #TRANSLATION_MAX_PERCENT} of its genre. */
    TRANSLATION_MIN_PERCENT(BigDecimal.ZERO, new BigDecimal("100")),
    TRANSLATION_MAX_PERCENT(BigDecimal.ZERO, new BigDecimal("100")),
    /** Days after publication within which a work should be paid. */
    PAYMENT_DEADLINE_DAYS(BigDecimal.ONE, new BigDecimal("3650")),
    /** Failed contacts after which a payee's amount is carried over to a later payroll. */
    CONTACT_ATTEMPTS_BEFORE_CARRY_OVER(BigDecimal.ONE, new BigDecimal("100"));

    private final BigDecimal min;
    private final BigDecimal max;

    RoyaltyParameter(BigDecimal min, BigDecimal max) {
        this.min = min;
        this.max = max;
    }

    public boolean accepts(BigDecimal value) {
        return value != null && value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    public BigDecimal min() { return min; }
    public BigDecimal max() { return max; }

    public String labelKey() {
        return "royaltyParameter." + name();
    }
}
