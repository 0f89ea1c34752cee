package vn.ttdt.portal.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * A quota supervisor (Phó trưởng BBT phụ trách khối) following a unit group from one day to another, both
 * inclusive, open-ended while held. A group may have several supervisors at once. Ending an assignment keeps it:
 * who supervised which group when stays answerable.
 */
@Entity
@Table(name = "unit_group_supervisor")
public class SupervisorAssignment extends SiteOwned {

    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id")
    private UnitGroup group;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account supervisor;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected SupervisorAssignment() {
    }

    public SupervisorAssignment(UnitGroup group, Account supervisor, LocalDate validFrom, LocalDate validTo,
            String recordedBy, Instant recordedAt) {
        super(group.getSite());
        if (!supervisor.belongsTo(group.getSite())) {
            throw new IllegalArgumentException("the supervisor belongs to another site");
        }
        if (!supervisor.hasRole(Role.QUOTA_SUPERVISOR)) {
            throw new BusinessRuleException("unitGroup.supervisor.role", "not a quota supervisor: " + supervisor.getLogin());
        }
        refuseEndBefore(validFrom, validTo);
        this.group = group;
        this.supervisor = supervisor;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public boolean heldOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Ends the assignment after {@code lastDay}; an end before its first day is refused. */
    public void endOn(LocalDate lastDay, String by, Instant at) {
        refuseEndBefore(validFrom, lastDay);
        this.validTo = lastDay;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    private static void refuseEndBefore(LocalDate from, LocalDate to) {
        if (to != null && to.isBefore(from)) {
            throw new BusinessRuleException("unitGroup.supervisor.dates", "assignment ends " + to + " before " + from);
        }
    }

    public UnitGroup getGroup() { return group; }
    public Account getSupervisor() { return supervisor; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
