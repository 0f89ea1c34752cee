package vn.ttdt.portal.royalty.application;

import java.math.BigDecimal;

/** One work share or one remuneration line of a payee; {@code detail} reads e.g. "Tin · 34%" or "Thù lao: Thư ký". */
public record WorkRow(String title, String detail, BigDecimal coefficient, long amount) {
}
