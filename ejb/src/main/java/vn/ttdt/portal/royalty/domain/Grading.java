package vn.ttdt.portal.royalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The approver's grading of one published work (chấm nhuận bút): its coefficient within the genre's band,
 * an adjustment, and whether it is payable at all. A work enters a payroll only once graded and payable.
 */
@Entity
@Table(name = "royalty_grading")
public class Grading {

    @Id
    @Column(name = "item_id")
    private long itemId;

    private BigDecimal coefficient;

    @Enumerated(EnumType.STRING)
    private Adjustment adjustment;

    @Column(name = "adjustment_percent")
    private BigDecimal adjustmentPercent;

    private boolean payable;

    @Column(name = "graded_by")
    private String gradedBy;

    @Column(name = "graded_at")
    private Instant gradedAt;

    @Version
    private long version;

    protected Grading() {
    }

    public Grading(long itemId, WorkGrade grade, String by, Instant at) {
        this.itemId = itemId;
        regrade(grade, by, at);
    }

    public void regrade(WorkGrade grade, String by, Instant at) {
        this.coefficient = grade.coefficient();
        this.adjustment = grade.adjustment();
        this.adjustmentPercent = grade.adjustmentPercent();
        this.payable = grade.payable();
        this.gradedBy = by;
        this.gradedAt = at;
    }

    public WorkGrade grade() {
        return new WorkGrade(coefficient, adjustment, adjustmentPercent, payable);
    }

    public long getItemId() { return itemId; }
    public String getGradedBy() { return gradedBy; }
    public Instant getGradedAt() { return gradedAt; }
}
