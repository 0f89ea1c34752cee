package vn.ttdt.portal.devserver;

import java.util.List;
import java.util.Locale;

/** The median of repeated measurements and their spread, as the benchmarks report them. */
final class Spread {

    private Spread() {
    }

    /** The middle value; for an even count, the mean of the two middle values. */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no measurement");
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** "median (min–max)" with two decimals. */
    static String of(List<Double> values) {
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", median(values), min, max);
    }
}
