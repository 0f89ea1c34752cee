package vn.ttdt.portal.royalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One value of a royalty parameter and the date it takes effect, with who set it. */
@Entity
@Table(name = "royalty_parameter")
public class ScheduledValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id")
    private long siteId;

    @NotNull
    @Enumerated(EnumType.STRING)
    private RoyaltyParameter name;

    @NotNull
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @NotNull
    private BigDecimal value;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected ScheduledValue() {
    }

    public ScheduledValue(long siteId, RoyaltyParameter name, LocalDate effectiveFrom, BigDecimal value, String changedBy, Instant changedAt) {
        this.siteId = siteId;
        this.name = name;
        this.effectiveFrom = effectiveFrom;
        this.value = value;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public void change(BigDecimal newValue, String by, Instant at) {
        this.value = newValue;
        this.changedBy = by;
        this.changedAt = at;
    }

    public Long getId() { return id; }
    public long getSiteId() { return siteId; }
    public RoyaltyParameter getName() { return name; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public BigDecimal getValue() { return value; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
}
