package vn.ttdt.portal.royalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import vn.ttdt.portal.content.domain.Genre;

/** A genre's coefficient band from a date. */
@Entity
@Table(name = "royalty_genre_band")
public class ScheduledBand {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id")
    private long siteId;

    @Enumerated(EnumType.STRING)
    private Genre genre;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "min_coefficient")
    private BigDecimal minCoefficient;

    @Column(name = "max_coefficient")
    private BigDecimal maxCoefficient;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected ScheduledBand() {
    }

    public ScheduledBand(long siteId, Genre genre, LocalDate effectiveFrom, CoefficientBand band, String changedBy, Instant changedAt) {
        this.siteId = siteId;
        this.genre = genre;
        this.effectiveFrom = effectiveFrom;
        change(band, changedBy, changedAt);
    }

    public void change(CoefficientBand band, String by, Instant at) {
        this.minCoefficient = band.min();
        this.maxCoefficient = band.max();
        this.changedBy = by;
        this.changedAt = at;
    }

    public CoefficientBand band() {
        return new CoefficientBand(minCoefficient, maxCoefficient);
    }

    public Long getId() { return id; }
    public Genre getGenre() { return genre; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public BigDecimal getMinCoefficient() { return minCoefficient; }
    public BigDecimal getMaxCoefficient() { return maxCoefficient; }
    public String getChangedBy() { return changedBy; }
}
