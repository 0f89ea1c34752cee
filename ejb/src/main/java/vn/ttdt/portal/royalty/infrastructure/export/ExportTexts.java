package vn.ttdt.portal.royalty.infrastructure.export;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.domain.BusinessCalendar;

/** Labels of the exports from the domain bundle, and numbers written the Vietnamese way (1.234.567; 2,5). */
final class ExportTexts {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("vn.ttdt.portal.messages", VIETNAMESE,
            ExportTexts.class.getClassLoader());

    private ExportTexts() {
    }

    static String label(String key, Object... arguments) {
        return DomainTexts.fill(BUNDLE.getString("export." + key), VIETNAMESE, arguments);
    }

    static String amount(long vnd) {
        return vietnamese("#,##0").format(vnd);
    }

    static String coefficient(BigDecimal coefficient) {
        return coefficient == null ? "" : vietnamese("#,##0.##").format(coefficient);
    }

    static String month(YearMonth month) {
        return BusinessCalendar.monthLabel(month);
    }

    private static DecimalFormat vietnamese(String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols);
    }
}
