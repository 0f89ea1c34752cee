package vn.ttdt.portal.site.advertising.domain;

import java.util.regex.Pattern;

/**
 * A Vietnamese tax code (mã số thuế): an enterprise's ten digits whose last is the check digit
 * (10 − (31·d1 + 29·d2 + 23·d3 + 19·d4 + 17·d5 + 13·d6 + 7·d7 + 5·d8 + 3·d9) mod 11), optionally followed by
 * "-" and a branch's three digits; or a person's or household's twelve-digit citizen number.
 */
public final class TaxCode {

    private static final Pattern ENTERPRISE = Pattern.compile("\\d{10}(-\\d{3})?");
    private static final Pattern PERSON = Pattern.compile("\\d{12}");
    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    private TaxCode() {
    }

    /** The code without spaces, or null when it is not a valid tax code. */
    public static String normalised(String text) {
        if (text == null) {
            return null;
        }
        String code = text.replace(" ", "").strip();
        if (PERSON.matcher(code).matches()) {
            return code;
        }
        return ENTERPRISE.matcher(code).matches() && checkDigitHolds(code) ? code : null;
    }

    private static boolean checkDigitHolds(String code) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (code.charAt(i) - '0');
        }
        int check = 10 - sum % 11;
        return check < 10 && check == code.charAt(9) - '0';
    }
}
