package vn.ttdt.portal.admin.royalty;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import vn.ttdt.portal.royalty.application.GradeRequest;
import vn.ttdt.portal.royalty.application.GradingRow;
import vn.ttdt.portal.royalty.domain.Adjustment;

/** One editable row of the grading table: the work as it stands and what the approver types. */
public class GradeEntry implements Serializable {

    private final GradingRow row;
    private BigDecimal coefficient;
    private Adjustment adjustment;
    private BigDecimal adjustmentPercent;
    private boolean payable;
    private final String originalShares;
    private String shares;

    GradeEntry(GradingRow row) {
        this.row = row;
        this.coefficient = row.coefficient();
        this.adjustment = row.adjustment() == null ? Adjustment.NONE : row.adjustment();
        this.adjustmentPercent = row.adjustment() == Adjustment.TRANSLATION ? row.adjustmentPercent() : null;
        this.payable = row.payable();
        this.originalShares = ShareList.format(row.authors().stream().map(GradingRow.Author::sharePercent).toList());
        this.shares = originalShares;
    }

    /** Whether the work's co-authors share its royalty equally (no percentages declared). */
    public boolean isEqualShares() {
        return row.authors().stream().allMatch(a -> a.sharePercent() == null);
    }

    /** Whether the work has co-authors, whose shares can be changed here. */
    public boolean isShared() {
        return row.authors().size() > 1;
    }

    /** Whether the shares typed are not a list of percentages (refused before anything is saved). */
    boolean hasUnreadableShares() {
        return isShared() && sharesChanged() && ShareList.parse(shares) == null;
    }

    private boolean sharesChanged() {
        return shares != null && !shares.strip().equals(originalShares);
    }

    /** Whether the approver entered something to save (a coefficient on an ungraded work, or any change on a graded one). */
    boolean isEntered() {
        if (coefficient == null) {
            return false;
        }
        return !row.graded() || sharesChanged() || coefficient.compareTo(row.coefficient()) != 0 || adjustment != row.adjustment()
                || payable != row.payable()
                || adjustment == Adjustment.TRANSLATION && (adjustmentPercent == null || adjustmentPercent.compareTo(row.adjustmentPercent()) != 0);
    }

    GradeRequest request() {
        boolean payableNow = adjustment == Adjustment.REPOST && !row.graded() && payable == row.payable() ? false : payable;
        return new GradeRequest(coefficient, adjustment, adjustmentPercent, payableNow,
                isShared() && sharesChanged() ? ShareList.parse(shares) : null);
    }

    public String getAuthors() {
        return row.authors().stream().map(a -> a.sharePercent() == null ? a.name()
                        : a.name() + " (" + a.sharePercent().stripTrailingZeros().toPlainString() + "%)")
                .collect(Collectors.joining(", "));
    }

    public GradingRow getRow() { return row; }
    public BigDecimal getCoefficient() { return coefficient; }
    public void setCoefficient(BigDecimal coefficient) { this.coefficient = coefficient; }
    public Adjustment getAdjustment() { return adjustment; }
    public void setAdjustment(Adjustment adjustment) { this.adjustment = adjustment; }
    public BigDecimal getAdjustmentPercent() { return adjustmentPercent; }
    public void setAdjustmentPercent(BigDecimal adjustmentPercent) { this.adjustmentPercent = adjustmentPercent; }
    public String getShares() { return shares; }
    public void setShares(String shares) { this.shares = shares; }
    public boolean isPayable() { return payable; }
    public void setPayable(boolean payable) { this.payable = payable; }
}
