package vn.ttdt.portal.royalty.domain;

/** What one payee receives from one payroll: gross, tax withheld by the rule in force, net. */
public record PayeeTotal(String payeeKey, long gross, boolean hasCommitment, long tax, long net) {

    public static PayeeTotal of(String payeeKey, long gross, boolean hasCommitment, TaxRule rule) {
        long tax = rule.withheld(gross, hasCommitment);
        return new PayeeTotal(payeeKey, gross, hasCommitment, tax, gross - tax);
    }
}
