package vn.ttdt.portal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.ttdt.portal.procedures.domain.OneStopCounts;

/**
 * What the demo data holds for its year, read from the demo data's own definitions ({@link DemoOneStop},
 * {@link DemoLegalDocuments}, {@link DemoUnits}) rather than from the database, so that a report can be checked
 * against it. Lives in the demo package of the test classes to read the definitions the demo keeps package-private.
 */
public final class DemoYearFigures {

    public static final int YEAR = DemoOneStop.YEAR;

    private DemoYearFigures() {
    }

    /**
     * The demo year's one-stop figures per unit (by the unit's full name): new dossiers received over the twelve
     * months, resolved, resolved early or on time, resolved late, returned, in progress at the end of December.
     */
    public static Map<String, List<Long>> oneStopByUnit() {
        Map<String, long[]> sums = new TreeMap<>();
        for (DemoOneStop.Row row : DemoOneStop.year()) {
            OneStopCounts c = row.counts();
            long[] unit = sums.computeIfAbsent(unitName(row.unitShortName()), name -> new long[6]);
            unit[0] += c.getReceivedNew();
            unit[1] += c.resolved();
            unit[2] += c.getResolvedEarly() + c.getResolvedOnTime();
            unit[3] += c.getResolvedLate();
            unit[4] += c.getReturned();
            if (row.period().getMonthValue() == 12) {
                unit[5] = c.inProgress();
            }
        }
        Map<String, List<Long>> figures = new TreeMap<>();
        sums.forEach((unit, values) -> figures.put(unit, java.util.Arrays.stream(values).boxed().toList()));
        return figures;
    }

    /** The demo legal documents entered in {@code year} (the demo enters each on its issue day). */
    public static long legalDocumentsEnteredIn(int year) {
        return DemoLegalDocuments.DOCUMENTS.stream().filter(seed -> LocalDate.parse(seed.issued()).getYear() == year).count();
    }

    /** The full name of a demo unit from its short name. */
    public static String unitName(String shortName) {
        List<DemoUnits.UnitSeed> all = new ArrayList<>();
        DemoUnits.GROUPS.forEach(group -> all.addAll(group.units()));
        return all.stream().filter(unit -> unit.shortName().equals(shortName)).findFirst().orElseThrow().name();
    }
}
