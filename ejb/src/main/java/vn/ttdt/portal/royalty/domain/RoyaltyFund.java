package vn.ttdt.portal.royalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The royalty fund (quỹ nhuận bút) budgeted for a year, against which approved payrolls are counted. */
@Entity
@Table(name = "royalty_fund")
@IdClass(RoyaltyFund.Key.class)
public class RoyaltyFund {

    @Id
    @Column(name = "site_id")
    private long siteId;

    @Id
    private int year;

    private long amount;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected RoyaltyFund() {
    }

    public RoyaltyFund(long siteId, int year, long amount, String changedBy, Instant changedAt) {
        this.siteId = siteId;
        this.year = year;
        change(amount, changedBy, changedAt);
    }

    public void change(long newAmount, String by, Instant at) {
        this.amount = newAmount;
        this.changedBy = by;
        this.changedAt = at;
    }

    public int getYear() { return year; }
    public long getAmount() { return amount; }
    public String getChangedBy() { return changedBy; }

    /** The fund's identity: site and year. */
    public static class Key implements Serializable {
        private long siteId;
        private int year;

        public Key() {
        }

        public Key(long siteId, int year) {
            this.siteId = siteId;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.siteId == siteId && k.year == year;
        }

        @Override
        public int hashCode() {
            return Objects.hash(siteId, year);
        }
    }
}
