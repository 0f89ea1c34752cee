package vn.ttdt.portal.royalty.domain;

import java.math.BigDecimal;

/** An editorial-board role paid a monthly remuneration (thù lao) of {@code coefficient × unit value}. */
public record RemunerationRole(String code, String name, BigDecimal coefficient) {
}
