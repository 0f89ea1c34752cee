package vn.ttdt.portal.admin.api;

import jakarta.ws.rs.BadRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A day given as a query parameter ({@code yyyy-mm-dd}); anything else is a 400 naming the parameter. */
public final class DayParameter {

    private DayParameter() {
    }

    public static LocalDate of(String text, String name) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + ": ngày không hợp lệ (yyyy-mm-dd)");
        }
    }
}
