package vn.ttdt.portal.royalty.infrastructure.export;

import static vn.ttdt.portal.royalty.infrastructure.export.ExportTexts.label;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.ttdt.portal.royalty.application.PayeeRow;
import vn.ttdt.portal.royalty.application.PayrollSheet;
import vn.ttdt.portal.shared.domain.VietnameseText;

/**
 * The bank transfer file (CSV) for a payroll: header {@code account,bank,name,amount,content}, then one row per
 * payee with something to receive and a bank account. Names and the transfer content are written as banks
 * accept them: upper case, without diacritics (đ as D), printable ASCII only; the content reads
 * {@code NHUAN BUT THANG 09/2023 <SITE>} and is cut at 140 characters. A text field that a spreadsheet would
 * read as a formula (starting with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, as
 * OWASP advises against CSV injection; amounts stay plain numbers. Fields are quoted as RFC 4180 asks,
 * lines end with CRLF, the file is UTF-8 without a byte order mark. {@link #leftOut} names the payees with an
 * amount but no bank account, whom finance has to pay another way.
 */
public final class BankTransferFile {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    public static final int CONTENT_MAX = 140;

    private static final String HEADER = "account,bank,name,amount,content";
    private static final String CRLF = "\r\n";
    private static final Pattern NOT_PRINTABLE_ASCII = Pattern.compile("[^\\x20-\\x7E]");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private BankTransferFile() {
    }

    /** The file's text for the sheet; {@code siteShortName} (e.g. "Cổng TTĐT Cẩm Mỹ") ends the transfer content. */
    public static String text(PayrollSheet sheet, String siteShortName) {
        String content = content(sheet, siteShortName);
        StringBuilder csv = new StringBuilder(HEADER).append(CRLF);
        for (PayeeRow payee : sheet.payees()) {
            if (payee.net() > 0 && hasAccount(payee)) {
                csv.append(String.join(",", field(account(payee)), field(ascii(payee.bankName())),
                        field(ascii(payee.name()).toUpperCase(Locale.ROOT)), Long.toString(payee.net()),
                        field(content))).append(CRLF);
            }
        }
        return csv.toString();
    }

    /** Writes {@link #text} as UTF-8; the stream is left open. */
    public static void write(PayrollSheet sheet, String siteShortName, OutputStream out) {
        try {
            out.write(text(sheet, siteShortName).getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Payees with an amount to receive but no bank account: they are not in the file. */
    public static List<PayeeRow> leftOut(PayrollSheet sheet) {
        return sheet.payees().stream().filter(p -> p.net() > 0 && !hasAccount(p)).toList();
    }

    /** "NHUAN BUT THANG 09/2023 CONG TTDT CAM MY", at most {@value #CONTENT_MAX} characters. */
    public static String content(PayrollSheet sheet, String siteShortName) {
        String site = siteShortName == null || siteShortName.isBlank() ? sheet.siteName() : siteShortName;
        String content = ascii(label("bank.content", ExportTexts.month(sheet.month()), site)).toUpperCase(Locale.ROOT);
        return content.length() <= CONTENT_MAX ? content : content.substring(0, CONTENT_MAX).stripTrailing();
    }

    private static boolean hasAccount(PayeeRow payee) {
        return !account(payee).isEmpty();
    }

    private static String account(PayeeRow payee) {
        return payee.bankAccountNumber() == null ? "" : WHITESPACE.matcher(payee.bankAccountNumber()).replaceAll("");
    }

    private static String ascii(String text) {
        String printable = NOT_PRINTABLE_ASCII.matcher(VietnameseText.withoutMarks(text)).replaceAll(" ");
        return SPACES.matcher(printable).replaceAll(" ").strip();
    }

    private static String field(String text) {
        String value = !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
