package vn.ttdt.portal.batch.royalty;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/** The job parameter {@code month} (2023-09) read as a month, refused with a clear message otherwise. */
public final class PayrollMonth {

    private PayrollMonth() {
    }

    public static YearMonth parse(String month) {
        try {
            return YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException("payroll.month.invalid", "month " + month);
        }
    }
}
