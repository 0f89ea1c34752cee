package vn.ttdt.portal.quota.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.shared.domain.Quarter;

/** Quarter IV/2026 runs 92 days, 1 October to 31 December; 10 news and 3 articles asked. */
class TrafficLightTest {

    private static final Quarter Q4 = new Quarter(2026, 4);

    private static Instant vietnam(int month, int day) {
        return LocalDateTime.of(2026, month, day, 0, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
    }

    private static List<MeasureResult> achieved(long news, long articles) {
        return List.of(new MeasureResult(Measure.NEWS, 10, news), new MeasureResult(Measure.ARTICLES, 3, articles));
    }

    @Test
    void everyMeasureMetIsGreenAtAnyTime() {
        assertEquals(TrafficLight.MET, TrafficLight.of(achieved(10, 3), Q4, vietnam(10, 5)));
        assertEquals("green", TrafficLight.MET.colour());
    }

    @Test
    void halfWayThroughTheQuarterHalfOfEachMeasureIsOnPace() {
        Instant halfWay = vietnam(11, 15).plusSeconds(12 * 3600);
        assertEquals(TrafficLight.ON_PACE, TrafficLight.of(achieved(5, 2), Q4, halfWay));
        assertEquals("amber", TrafficLight.ON_PACE.colour());
    }

    @Test
    void oneMeasureBehindItsShareOfTheQuarterIsLaggingInRedEvenWhenTheOtherIsAhead() {
        assertEquals(TrafficLight.LAGGING, TrafficLight.of(achieved(9, 1), Q4, vietnam(12, 1)));
        assertEquals("red", TrafficLight.LAGGING.colour());
    }

    @Test
    void onTheFirstDayNothingIsExpectedYet() {
        assertEquals(TrafficLight.ON_PACE, TrafficLight.of(achieved(0, 0), Q4, vietnam(10, 1)));
    }

    @Test
    void aQuarterThatHasEndedUnmetIsMissedInRed() {
        assertEquals(TrafficLight.MISSED, TrafficLight.of(achieved(10, 2), Q4, vietnam(12, 31).plusSeconds(86_400)));
        assertEquals("red", TrafficLight.MISSED.colour());
    }
}
