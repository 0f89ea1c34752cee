package vn.ttdt.portal.site.advertising.domain;

import java.time.LocalDate;

/** What a contract says: its number, the placement, the days it runs (both included), the fee in đồng and when it was paid. */
public record ContractTerms(String number, Placement placement, LocalDate startsOn, LocalDate endsOn, Long fee, LocalDate paidOn) {
}
