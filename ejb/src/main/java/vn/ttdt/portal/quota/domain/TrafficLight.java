package vn.ttdt.portal.quota.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * The traffic light of a unit (or group) in a quarter, as the dashboard shows it in words and colour: met (green);
 * while the quarter is under way, on pace (amber) when every measure has reached at least its share of the quarter
 * elapsed, else lagging (red); once the quarter has ended, missed (red).
 */
public enum TrafficLight {
    MET("green"),
    ON_PACE("amber"),
    LAGGING("red"),
    MISSED("red");

    private final String colour;

    TrafficLight(String colour) {
        this.colour = colour;
    }

    public String colour() {
        return colour;
    }

    /** The light of these measures of {@code quarter} as they stood at {@code asOf}. */
    public static TrafficLight of(List<MeasureResult> measures, Quarter quarter, Instant asOf) {
        if (measures.stream().allMatch(MeasureResult::met)) {
            return MET;
        }
        if (!asOf.isBefore(quarter.end())) {
            return MISSED;
        }
        long elapsed = Math.max(0, Duration.between(quarter.start(), asOf).toSeconds());
        long length = Duration.between(quarter.start(), quarter.end()).toSeconds();
        boolean onPace = measures.stream().allMatch(m -> m.achieved() * length >= m.required() * elapsed);
        return onPace ? ON_PACE : LAGGING;
    }
}
