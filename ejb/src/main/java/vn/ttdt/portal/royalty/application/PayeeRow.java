package vn.ttdt.portal.royalty.application;

import java.util.List;

/** One payee on the printed payroll with their works and totals. */
public record PayeeRow(int number, String name, String taxCode, String bankAccountNumber, String bankName,
        List<WorkRow> works, long gross, long tax, long net) {

    public PayeeRow {
        works = List.copyOf(works);
    }
}
