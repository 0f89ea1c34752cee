package vn.ttdt.portal.quota.application;

import java.util.List;
import vn.ttdt.portal.quota.domain.MeasureResult;
import vn.ttdt.portal.quota.domain.TrafficLight;

/**
 * A unit's progress towards its quota in the current quarter, counted at the moment it is asked: the measures its
 * group's rule asks for (of the group together when the rule binds the group), the light, and the days left in the
 * quarter including today. {@code measures} is empty when the group has no rule in force.
 */
public record UnitProgress(String unit, String group, String quarterLabel, long daysLeft, boolean groupTogether,
        List<MeasureResult> measures, TrafficLight light) {

    public boolean hasQuota() {
        return !measures.isEmpty();
    }

    /** The measures still short of what the quota asks. */
    public List<MeasureResult> missing() {
        return measures.stream().filter(m -> !m.met()).toList();
    }
}
