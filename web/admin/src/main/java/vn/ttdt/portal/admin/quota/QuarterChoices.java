package vn.ttdt.portal.admin.quota;

import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import vn.ttdt.portal.shared.domain.Quarter;

/** The years the quota screens offer: this year (Vietnam time) and the ten before it, newest first. */
final class QuarterChoices {

    private QuarterChoices() {
    }

    static List<Integer> years(Clock clock) {
        int now = Quarter.of(clock.instant()).year();
        return IntStream.rangeClosed(now - 10, now).boxed().sorted((a, b) -> b - a).toList();
    }
}
