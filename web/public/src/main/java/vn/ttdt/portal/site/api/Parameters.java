package vn.ttdt.portal.site.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.Instant;

/** Reads query parameters as text so that bad values answer 400, not 404. */
final class Parameters {

    static final ZoneId VIETNAM = vn.ttdt.portal.shared.domain.BusinessCalendar.ZONE;

    private Parameters() {
    }

    static int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                throw new BadParameter(name, name + " phải từ " + min + " đến " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new BadParameter(name, name + " phải là số nguyên");
        }
    }

    static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new BadParameter(name, name + " phải là mã số");
        }
    }

    /** A day (yyyy-MM-dd, Vietnam time): {@code from} starts at its midnight, {@code to} includes the whole day. */
    static Instant day(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            return (endOfDay ? day.plusDays(1) : day).atStartOfDay(VIETNAM).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadParameter(name, name + " phải là ngày dạng yyyy-MM-dd");
        }
    }

    static String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new BadParameter(name, name + " dài tối đa " + maxLength + " ký tự");
        }
        return value.strip();
    }
}
