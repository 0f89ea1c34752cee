package vn.ttdt.portal.royalty.application;

import java.math.BigDecimal;

/** One work share or one remuneration line of a payee on the printed payroll. */
public record WorkRow(String title, String detail, BigDecimal coefficient, long amount) {
}
