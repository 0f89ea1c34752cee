package vn.ttdt.portal.legaldocs.domain;

import java.util.regex.Pattern;
import vn.ttdt.portal.shared.domain.VietnameseText;

/**
 * The number and symbol of a document (số ký hiệu, e.g. {@code 42/2022/NĐ-CP}) and the issuing body as the
 * uniqueness rule compares them: one number per issuing body in a site. Case, tones, {@code Đ}/{@code D} and
 * spaces do not make two numbers different, so {@code 42/2022/nđ-cp} and {@code 42 / 2022 / ND-CP} are the same
 * number, as the database's collation would also say.
 */
public final class DocumentNumber {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private DocumentNumber() {
    }

    public static String key(String number) {
        return SPACES.matcher(VietnameseText.fold(number)).replaceAll("");
    }

    public static String issuerKey(String issuer) {
        return VietnameseText.fold(issuer);
    }

    /** True when the two pairs name the same document number under the uniqueness rule. */
    public static boolean sameNumber(String number, String issuer, String otherNumber, String otherIssuer) {
        return key(number).equals(key(otherNumber)) && issuerKey(issuer).equals(issuerKey(otherIssuer));
    }
}
