package vn.ttdt.portal.royalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A paid board role's name and coefficient from a date. */
@Entity
@Table(name = "remuneration_role")
public class ScheduledRemunerationRole {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id")
    private long siteId;

    @NotBlank
    @Size(max = 30)
    private String code;

    @NotBlank(message = "{royalty.role.name.required}")
    @Size(max = 120)
    private String name;

    private BigDecimal coefficient;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected ScheduledRemunerationRole() {
    }

    public ScheduledRemunerationRole(long siteId, RemunerationRole role, LocalDate effectiveFrom, String changedBy, Instant changedAt) {
        this.siteId = siteId;
        this.code = role.code();
        this.effectiveFrom = effectiveFrom;
        change(role, changedBy, changedAt);
    }

    public void change(RemunerationRole role, String by, Instant at) {
        this.name = role.name();
        this.coefficient = role.coefficient();
        this.changedBy = by;
        this.changedAt = at;
    }

    public RemunerationRole role() {
        return new RemunerationRole(code, name, coefficient);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public BigDecimal getCoefficient() { return coefficient; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
}
