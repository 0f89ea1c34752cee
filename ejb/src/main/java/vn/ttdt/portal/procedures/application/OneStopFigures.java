package vn.ttdt.portal.procedures.application;

import java.io.Serializable;
import vn.ttdt.portal.procedures.domain.OneStopCounts;

/**
 * One row of the one-stop statistics — a unit's month or a total — as screens, the public page and the API show it.
 *
 * @param label the unit's name, or the month ({@code 2023-03}) in a trend
 * @param onTimePercent resolved early or on time over resolved, in percent with one decimal; null when nothing was resolved
 */
public record OneStopFigures(String label, int receivedNew, int carriedOver, int received, int resolvedEarly,
                             int resolvedOnTime, int resolvedLate, int resolved, int inProgressInTime,
                             int inProgressOverdue, int inProgress, int returned, Double onTimePercent) implements Serializable {

    public static OneStopFigures of(String label, OneStopCounts c) {
        return new OneStopFigures(label, c.getReceivedNew(), c.getCarriedOver(), c.received(), c.getResolvedEarly(),
                c.getResolvedOnTime(), c.getResolvedLate(), c.resolved(), c.getInProgressInTime(), c.getInProgressOverdue(),
                c.inProgress(), c.getReturned(), c.onTimePercent());
    }
}
