package vn.ttdt.portal.royalty.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Values that each take effect on a date and stay in force until the next one. */
public final class Timeline<T> {

    private final NavigableMap<LocalDate, T> values;

    private Timeline(NavigableMap<LocalDate, T> values) {
        this.values = values;
    }

    public static <T> Timeline<T> of(Map<LocalDate, T> valuesByEffectiveDate) {
        return new Timeline<>(new TreeMap<>(valuesByEffectiveDate));
    }

    /** The value in force on the date, if any took effect on or before it. */
    public Optional<T> at(LocalDate date) {
        Map.Entry<LocalDate, T> entry = values.floorEntry(date);
        return entry == null ? Optional.empty() : Optional.of(entry.getValue());
    }
}
