package vn.ttdt.portal.site.theme.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A colour of the site's theme as people type it in a form or a style sheet: {@code #rgb} or {@code #rrggbb}. */
public record Colour(int red, int green, int blue) {

    public static final Colour WHITE = new Colour(255, 255, 255);

    private static final Pattern HEX = Pattern.compile("^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$");

    /** The colour a text names, or empty when it is not {@code #rgb} or {@code #rrggbb}. */
    public static Optional<Colour> parse(String text) {
        if (text == null || !HEX.matcher(text.strip()).matches()) {
            return Optional.empty();
        }
        String digits = text.strip().substring(1);
        if (digits.length() == 3) {
            digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1) + digits.charAt(2) + digits.charAt(2);
        }
        int rgb = Integer.parseInt(digits, 16);
        return Optional.of(new Colour(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF));
    }

    /** The lower-case {@code #rrggbb} form, the only one stored and written into style sheets. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** The relative luminance of WCAG 2.1 (sRGB channels linearised), from 0 for black to 1 for white. */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
