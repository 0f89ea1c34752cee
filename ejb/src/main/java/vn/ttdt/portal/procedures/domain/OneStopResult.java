package vn.ttdt.portal.procedures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * A unit's one-stop processing results (kết quả giải quyết TTHC trên phần mềm một cửa) for one month, as imported from
 * the one-stop software's export; one per unit and month, replaced when the month is imported again. The counts always
 * add up.
 */
@Entity
@Table(name = "one_stop_result")
public class OneStopResult extends SiteOwned {

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "period")
    private String period;

    @Embedded
    private OneStopCounts counts;

    @Column(name = "imported_at")
    private Instant importedAt;

    @Column(name = "imported_by")
    private String importedBy;

    protected OneStopResult() {
    }

    public OneStopResult(Site site, Unit unit, YearMonth period, OneStopCounts counts, String by, Instant now) {
        super(site);
        if (!counts.addsUp()) {
            throw new BusinessRuleException("oneStop.totals", "one-stop counts do not add up for unit " + unit.getId(),
                    counts.received(), counts.resolved(), counts.inProgress(), counts.getReturned());
        }
        this.unit = unit;
        this.period = period.toString();
        this.counts = counts;
        this.importedBy = by;
        this.importedAt = now;
    }

    public Unit getUnit() { return unit; }
    public YearMonth getPeriod() { return YearMonth.parse(period); }
    public OneStopCounts getCounts() { return counts; }
    public Instant getImportedAt() { return importedAt; }
    public String getImportedBy() { return importedBy; }
}
