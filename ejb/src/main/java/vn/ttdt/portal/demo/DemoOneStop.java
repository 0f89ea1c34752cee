package vn.ttdt.portal.demo;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.ttdt.portal.procedures.domain.OneStopCounts;

/**
 * A year (2023) of monthly one-stop results for the communes and the district offices that run a one-stop desk:
 * the same figures on every start (a fixed seed), each month carrying over what the last one left in progress.
 */
final class DemoOneStop {

    /** A unit's month. */
    record Row(String unitShortName, YearMonth period, OneStopCounts counts) {
    }

    static final List<String> UNITS = List.of("PTP", "PTCKH", "PTNMT", "PKTHT", "PLĐTBXH");
    static final int YEAR = 2023;

    private DemoOneStop() {
    }

    static List<String> units() {
        List<String> all = new ArrayList<>(DemoUnits.COMMUNES.stream().map(c -> "Xã " + c).toList());
        all.addAll(UNITS);
        return all;
    }

    static List<Row> year() {
        List<Row> rows = new ArrayList<>();
        List<String> units = units();
        for (int u = 0; u < units.size(); u++) {
            Random random = new Random(2023L * 31 + u);
            int base = 40 + random.nextInt(160);
            double punctuality = 0.86 + random.nextDouble() * 0.13;
            int carried = random.nextInt(10);
            for (int month = 1; month <= 12; month++) {
                double season = month == 1 || month == 2 ? 0.7 : month == 12 ? 1.25 : 1.0;
                int received = (int) Math.round(base * season * (0.85 + random.nextDouble() * 0.3));
                int total = received + carried;
                int returned = random.nextInt(Math.max(1, total / 40) + 1);
                int inProgress = Math.min(total - returned, (int) Math.round(total * (0.05 + random.nextDouble() * 0.08)));
                int resolved = total - returned - inProgress;
                int timely = (int) Math.round(resolved * Math.min(1.0, punctuality + (random.nextDouble() - 0.5) * 0.06));
                int early = (int) Math.round(timely * (0.2 + random.nextDouble() * 0.3));
                int overdue = inProgress == 0 ? 0 : random.nextInt(Math.max(1, inProgress / 4) + 1);
                OneStopCounts counts = new OneStopCounts(received, carried, early, timely - early, resolved - timely,
                        inProgress - overdue, overdue, returned);
                rows.add(new Row(units.get(u), YearMonth.of(YEAR, month), counts));
                carried = inProgress;
            }
        }
        return rows;
    }
}
