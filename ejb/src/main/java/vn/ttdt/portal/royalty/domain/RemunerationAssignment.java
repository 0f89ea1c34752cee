package vn.ttdt.portal.royalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/** A board member holding a paid role from one date to another (inclusive; open-ended while held). */
@Entity
@Table(name = "remuneration_assignment")
public class RemunerationAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id")
    private long siteId;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "role_code")
    private String roleCode;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected RemunerationAssignment() {
    }

    public RemunerationAssignment(long siteId, long accountId, String roleCode, LocalDate validFrom, LocalDate validTo) {
        if (validFrom == null || validTo != null && validTo.isBefore(validFrom)) {
            throw new BusinessRuleException("royalty.assignment.dates", "assignment " + validFrom + "–" + validTo);
        }
        this.siteId = siteId;
        this.accountId = accountId;
        this.roleCode = roleCode;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public boolean heldOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public void endOn(LocalDate lastDay) {
        if (lastDay.isBefore(validFrom)) {
            throw new BusinessRuleException("royalty.assignment.dates", "end " + lastDay + " before " + validFrom);
        }
        this.validTo = lastDay;
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public String getRoleCode() { return roleCode; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
}
