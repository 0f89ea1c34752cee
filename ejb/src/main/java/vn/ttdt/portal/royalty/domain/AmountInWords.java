package vn.ttdt.portal.royalty.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole amount of VND in Vietnamese words, as accounting documents write it ("Một triệu hai trăm linh năm
 * nghìn đồng"). Groups of three digits are read with triệu, nghìn and tỷ (repeated beyond: "một nghìn tỷ",
 * "một tỷ tỷ"); a group after the first is read in full ("không trăm linh năm"), a group of zeros is skipped;
 * a zero ten is "linh"; 1 after a ten from twenty up is "mốt", 5 after any ten is "lăm".
 */
public final class AmountInWords {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] SCALES = {"triệu", "nghìn", ""};
    private static final long BILLION = 1_000_000_000L;
    private static final String CURRENCY = "đồng";

    private AmountInWords() {
    }

    /** The amount in words, first letter capitalised, ending with " đồng"; refuses a negative amount. */
    public static String of(long vnd) {
        if (vnd < 0) {
            throw new IllegalArgumentException("A negative amount has no words: " + vnd);
        }
        List<String> words = new ArrayList<>();
        if (vnd == 0) {
            words.add(DIGITS[0]);
        } else {
            read(vnd, false, words);
        }
        words.add(CURRENCY);
        String text = String.join(" ", words);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static void read(long n, boolean full, List<String> words) {
        if (n >= BILLION) {
            read(n / BILLION, full, words);
            words.add("tỷ");
            if (n % BILLION > 0) {
                readBelowBillion(n % BILLION, true, words);
            }
        } else {
            readBelowBillion(n, full, words);
        }
    }

    private static void readBelowBillion(long n, boolean full, List<String> words) {
        int[] groups = {(int) (n / 1_000_000), (int) (n / 1000 % 1000), (int) (n % 1000)};
        boolean inner = full;
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] == 0) {
                continue;
            }
            readGroup(groups[i], inner, words);
            if (!SCALES[i].isEmpty()) {
                words.add(SCALES[i]);
            }
            inner = true;
        }
    }

    private static void readGroup(int group, boolean full, List<String> words) {
        int hundreds = group / 100;
        int tens = group / 10 % 10;
        int units = group % 10;
        boolean hundredsRead = full || hundreds > 0;
        if (hundredsRead) {
            words.add(DIGITS[hundreds]);
            words.add("trăm");
        }
        if (tens == 0) {
            if (units > 0) {
                if (hundredsRead) {
                    words.add("linh");
                }
                words.add(DIGITS[units]);
            }
        } else if (tens == 1) {
            words.add("mười");
            addUnitsAfterTen(units, DIGITS[1], words);
        } else {
            words.add(DIGITS[tens]);
            words.add("mươi");
            addUnitsAfterTen(units, "mốt", words);
        }
    }

    private static void addUnitsAfterTen(int units, String one, List<String> words) {
        if (units == 1) {
            words.add(one);
        } else if (units == 5) {
            words.add("lăm");
        } else if (units > 0) {
            words.add(DIGITS[units]);
        }
    }
}
