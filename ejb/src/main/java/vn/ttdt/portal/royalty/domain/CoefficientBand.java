package vn.ttdt.portal.royalty.domain;

import java.math.BigDecimal;
import vn.ttdt.portal.content.domain.Genre;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/** The coefficients a genre may be graded with (khung hệ số nhuận bút), bounds included, up to two decimals. */
public record CoefficientBand(BigDecimal min, BigDecimal max) {

    public CoefficientBand {
        if (min == null || max == null || min.signum() <= 0 || min.compareTo(max) > 0) {
            throw new BusinessRuleException("royalty.band.invalid", "band " + min + "–" + max);
        }
    }

    public boolean contains(BigDecimal coefficient) {
        return coefficient.compareTo(min) >= 0 && coefficient.compareTo(max) <= 0;
    }

    /** Refuses a coefficient outside the band or with more than two decimals, naming the band. */
    public void check(BigDecimal coefficient, Genre genre) {
        if (coefficient == null) {
            throw new BusinessRuleException("royalty.coefficient.required", "no coefficient");
        }
        if (coefficient.stripTrailingZeros().scale() > 2) {
            throw new BusinessRuleException("royalty.coefficient.scale", "coefficient " + coefficient, coefficient);
        }
        if (!contains(coefficient)) {
            throw new BusinessRuleException("royalty.coefficient.outOfBand", "coefficient " + coefficient + " outside " + this
                    + " for " + genre, coefficient, min, max);
        }
    }
}
