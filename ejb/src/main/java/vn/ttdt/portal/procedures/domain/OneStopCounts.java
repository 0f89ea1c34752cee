package vn.ttdt.portal.procedures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A unit's dossiers in one month of the one-stop software: received (new this month, carried over from the last),
 * resolved (early, on time, late), still in progress (within the time limit, overdue) and returned or withdrawn.
 * They add up when every dossier received is resolved, in progress or returned ({@link #addsUp()}).
 */
@Embeddable
public class OneStopCounts {

    @Column(name = "received_new")
    private int receivedNew;
    @Column(name = "carried_over")
    private int carriedOver;
    @Column(name = "resolved_early")
    private int resolvedEarly;
    @Column(name = "resolved_on_time")
    private int resolvedOnTime;
    @Column(name = "resolved_late")
    private int resolvedLate;
    @Column(name = "in_progress_in_time")
    private int inProgressInTime;
    @Column(name = "in_progress_overdue")
    private int inProgressOverdue;
    @Column(name = "returned")
    private int returned;

    protected OneStopCounts() {
    }

    public OneStopCounts(int receivedNew, int carriedOver, int resolvedEarly, int resolvedOnTime, int resolvedLate,
                         int inProgressInTime, int inProgressOverdue, int returned) {
        this.receivedNew = receivedNew;
        this.carriedOver = carriedOver;
        this.resolvedEarly = resolvedEarly;
        this.resolvedOnTime = resolvedOnTime;
        this.resolvedLate = resolvedLate;
        this.inProgressInTime = inProgressInTime;
        this.inProgressOverdue = inProgressOverdue;
        this.returned = returned;
    }

    public int received() {
        return receivedNew + carriedOver;
    }

    public int resolved() {
        return resolvedEarly + resolvedOnTime + resolvedLate;
    }

    public int inProgress() {
        return inProgressInTime + inProgressOverdue;
    }

    /** received = resolved + in progress + returned. */
    public boolean addsUp() {
        return received() == resolved() + inProgress() + returned;
    }

    /** Share of the resolved dossiers resolved early or on time, in percent with one decimal; null when none was resolved. */
    public Double onTimePercent() {
        int resolved = resolved();
        return resolved == 0 ? null : Math.round(1000.0 * (resolvedEarly + resolvedOnTime) / resolved) / 10.0;
    }

    /** These counts plus {@code other}'s, for totals. */
    public OneStopCounts plus(OneStopCounts other) {
        return new OneStopCounts(receivedNew + other.receivedNew, carriedOver + other.carriedOver,
                resolvedEarly + other.resolvedEarly, resolvedOnTime + other.resolvedOnTime, resolvedLate + other.resolvedLate,
                inProgressInTime + other.inProgressInTime, inProgressOverdue + other.inProgressOverdue, returned + other.returned);
    }

    public static OneStopCounts zero() {
        return new OneStopCounts(0, 0, 0, 0, 0, 0, 0, 0);
    }

    public int getReceivedNew() { return receivedNew; }
    public int getCarriedOver() { return carriedOver; }
    public int getResolvedEarly() { return resolvedEarly; }
    public int getResolvedOnTime() { return resolvedOnTime; }
    public int getResolvedLate() { return resolvedLate; }
    public int getInProgressInTime() { return inProgressInTime; }
    public int getInProgressOverdue() { return inProgressOverdue; }
    public int getReturned() { return returned; }
}
