package vn.ttdt.portal.site.advertising.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The advertising revenue of a year: the contracts that start in it, with fees, what was paid and what is outstanding (đồng). */
public record RevenueReport(int year, List<Row> rows, long fees, long paid, long outstanding) implements Serializable {

    /** One contract of the year. */
    public record Row(String number, String advertiser, String taxCode, String placement, LocalDate startsOn,
                      LocalDate endsOn, long fee, LocalDate paidOn, long paid, long outstanding) implements Serializable {
    }
}
