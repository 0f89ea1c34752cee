package vn.ttdt.portal.site.theme.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far apart two colours' luminances are, as WCAG 2.1 defines it: from 1 (the same) to 21 (black on white). Normal
 * text needs {@value #NORMAL_TEXT}:1 at level AA.
 */
public record ContrastRatio(double value) {

    public static final double NORMAL_TEXT = 4.5;

    public static ContrastRatio between(Colour one, Colour other) {
        double lighter = Math.max(one.luminance(), other.luminance());
        double darker = Math.min(one.luminance(), other.luminance());
        return new ContrastRatio((lighter + 0.05) / (darker + 0.05));
    }

    public boolean reaches(double minimum) {
        return value >= minimum;
    }

    /**
     * The ratio as people read it, in Vietnamese ("4,48"): rounded to two decimals, but never shown as reaching a
     * minimum it misses (4.4999 against 4.5 reads "4,49", not "4,5").
     */
    public String shown(double minimum) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
        if (!reaches(minimum) && rounded.doubleValue() >= minimum) {
            rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.DOWN);
        }
        return vietnamese(rounded);
    }

    /** A number such as a minimum ratio in Vietnamese: "4,5", "3". */
    public static String vietnamese(double number) {
        return vietnamese(BigDecimal.valueOf(number).setScale(2, RoundingMode.HALF_UP));
    }

    private static String vietnamese(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
