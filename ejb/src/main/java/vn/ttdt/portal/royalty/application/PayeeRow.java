package vn.ttdt.portal.royalty.application;

import java.util.List;

/** One payee of a payroll sheet: the works and remuneration lines paid, and the payee's gross, tax and net. */
public record PayeeRow(int number, String name, String taxCode, String bankAccountNumber, String bankName,
        List<WorkRow> works, long gross, long tax, long net) {

    public PayeeRow {
        works = List.copyOf(works);
    }
}
