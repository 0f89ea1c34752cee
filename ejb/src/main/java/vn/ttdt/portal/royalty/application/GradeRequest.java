package vn.ttdt.portal.royalty.application;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import vn.ttdt.portal.royalty.domain.Adjustment;

/**
 * A grading as the approver enters it: coefficient, adjustment (with its percentage for a translation),
 * payable (reposts default to not payable) and, optionally, new shares of the co-authors in their order.
 */
public record GradeRequest(
        @NotNull(message = "{royalty.coefficient.required}")
        @DecimalMin(value = "0.01", message = "{royalty.coefficient.positive}")
        @Digits(integer = 3, fraction = 2, message = "{royalty.coefficient.digits}") BigDecimal coefficient,
        Adjustment adjustment,
        @DecimalMin(value = "0", message = "{royalty.adjustmentPercent.range}")
        @DecimalMax(value = "100", message = "{royalty.adjustmentPercent.range}") BigDecimal adjustmentPercent,
        Boolean payable,
        List<@NotNull(message = "{royalty.share.required}") BigDecimal> shares) {

    public boolean payableOrDefault() {
        return payable != null ? payable : adjustment != Adjustment.REPOST;
    }
}
