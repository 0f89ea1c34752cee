package vn.ttdt.portal.royalty.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a payroll: one author's share of one work, or one board member's remuneration for one role.
 * {@link #lineKey()} is unique within a payroll, so the same share can never be paid twice in it.
 */
public record PayrollLine(String lineKey, Kind kind, String payeeKey, String payeeName, Long accountId,
        Long itemId, Integer authorPosition, String roleCode, String title, LocalDate publishedOn,
        BigDecimal coefficient, long unitValue, BigDecimal adjustmentPercent, long workAmount, BigDecimal sharePercent, long amount) {

    public enum Kind { WORK, REMUNERATION }

    public static String workKey(long itemId, int position) {
        return "W:" + itemId + ":" + position;
    }

    /** A remuneration carried over from an earlier payroll after failed contacts. */
    public static String carriedKey(long fromPayrollId, long accountId, String roleCode) {
        return "C:" + fromPayrollId + ":" + accountId + ":" + roleCode;
    }

    public static String remunerationKey(long accountId, String roleCode) {
        return "R:" + accountId + ":" + roleCode;
    }
}
