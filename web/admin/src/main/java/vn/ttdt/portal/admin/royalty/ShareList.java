package vn.ttdt.portal.admin.royalty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Co-authors' shares as the grading table shows and takes them: percentages in the authors' order, separated
 * by ";" or "/", written the Vietnamese way (33,33) or with a point; "%" signs are ignored.
 */
final class ShareList {

    private ShareList() {
    }

    /** The shares as typed back; empty for equal shares (no author with a percentage). */
    static String format(List<BigDecimal> shares) {
        if (shares.stream().allMatch(java.util.Objects::isNull)) {
            return "";
        }
        return shares.stream().map(s -> s.stripTrailingZeros().toPlainString().replace('.', ','))
                .collect(Collectors.joining("; "));
    }

    /** The shares typed, or null when the text is not a list of numbers. */
    static List<BigDecimal> parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<BigDecimal> shares = new ArrayList<>();
        for (String part : text.split("[;/]")) {
            String number = part.replace("%", "").strip().replace(',', '.');
            if (!number.matches("\\d{1,3}(\\.\\d{1,2})?")) {
                return null;
            }
            shares.add(new BigDecimal(number));
        }
        return shares;
    }
}
