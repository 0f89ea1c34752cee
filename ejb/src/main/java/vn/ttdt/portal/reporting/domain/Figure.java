package vn.ttdt.portal.reporting.domain;

import java.io.Serializable;
import java.text.NumberFormat;
import vn.ttdt.portal.shared.application.DomainTexts;

/** One cell of a report: a whole number (a count or an amount in đồng) or a text (a name, a date, "chưa tính"). */
public record Figure(Long number, String text) implements Serializable {

    public static Figure of(long number) {
        return new Figure(number, null);
    }

    public static Figure text(String text) {
        return new Figure(null, text == null ? "" : text);
    }

    public boolean numeric() {
        return number != null;
    }

    /** As people read it: {@code 1.234.567} for a number (Vietnamese grouping), the text as it is. */
    public String display() {
        return number == null ? text : NumberFormat.getIntegerInstance(DomainTexts.VIETNAMESE).format(number);
    }
}
