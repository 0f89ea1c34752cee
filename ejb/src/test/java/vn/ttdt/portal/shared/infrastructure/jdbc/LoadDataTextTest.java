package vn.ttdt.portal.shared.infrastructure.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LoadDataTextTest {

    private enum Kind { WORK }

    private static String text(List<List<?>> rows, int columns) {
        return new String(LoadDataText.of(rows, columns, Function.identity()), StandardCharsets.UTF_8);
    }

    @Test
    void writesOneLinePerRowWithTabsBetweenTheValues() {
        assertEquals("1\tWORK\t2019-11-30\n2\tWORK\t2019-12-01\n", text(List.of(
                List.of(1L, Kind.WORK, LocalDate.of(2019, 11, 30)),
                List.of(2, "WORK", LocalDate.of(2019, 12, 1))), 3));
    }

    @Test
    void writesNullAsBackslashNAndEscapesWhatWouldEndAFieldOrALine() {
        assertEquals("\\N\ta\\tb\\nc\\rd\\\\N\\0\n", text(List.of(Arrays.asList(null, "a\tb\nc\rd\\N\0")), 2));
    }

    @Test
    void keepsVietnameseTextAsUtf8() {
        byte[] bytes = LoadDataText.of(List.of(List.of("Đường cải cách")), 1, Function.identity());

        assertEquals("Đường cải cách\n", new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void writesDecimalsExactlyAndNeverInScientificNotation() {
        assertEquals("66.67\t10\t0.00\t1\t0\n", text(List.of(List.of(new BigDecimal("66.67"), new BigDecimal("1E+1"),
                new BigDecimal("0.00"), true, false)), 5));
    }

    @Test
    void writesInstantsAsUtcWallClockTime() {
        assertEquals("2019-11-30 17:00:00.000000\n", text(List.of(List.of(Instant.parse("2019-11-30T17:00:00Z"))), 1));
    }

    @Test
    void refusesATypeWithoutAKnownFormAndARowOfTheWrongLength() {
        assertThrows(IllegalArgumentException.class, () -> text(List.of(List.of(1.5d)), 1));
        assertThrows(IllegalArgumentException.class, () -> text(List.of(List.of(1L, 2L)), 3));
    }
}
