package vn.ttdt.portal.content.media.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks that a file of a detected format is only that: an image ends where its format says it
 * ends (nothing glued after it, as polyglot files do), no file carries web markup or script that
 * a browser could be tricked into running, a PDF does not inflate to more than its budget ({@link PdfInflation}),
 * parses and has no JavaScript, launch or embedded-file actions ({@link PdfActions}), and an office document has a readable directory and no macros.
 */
public final class FileStructure {

    private static final Pattern MARKUP = Pattern.compile(
            "<\\s*(script|html|iframe|object|embed|\\?php)[\\s>/]|<svg[\\s/][^>]{0,200}on[a-z]+\\s*=|javascript:", Pattern.CASE_INSENSITIVE);
    static final String OFFICE_UNREADABLE = "media.officeUnreadable";
    private static final Set<String> MACRO_STORAGES = Set.of("Macros", "_VBA_PROJECT_CUR", "VBA");

    private FileStructure() {
    }

    /** The key of the message telling why the file is refused, or null when it is sound. */
    public static String problem(MediaFormat format, byte[] bytes) {
        return switch (format) {
            case JPEG -> ends(bytes, ImageEnds.jpeg(bytes));
            case PNG -> ends(bytes, ImageEnds.png(bytes));
            case GIF -> ends(bytes, ImageEnds.gif(bytes));
            case WEBP -> ends(bytes, ImageEnds.webp(bytes));
            case PDF -> pdf(bytes);
            case DOCX, XLSX -> officeOpenXml(ZipDirectory.entries(bytes).orElse(null));
            case DOC, XLS -> office(CompoundFile.entryNames(bytes));
        };
    }

    private static String ends(byte[] bytes, int end) {
        if (end < 0) {
            return "media.damaged";
        }
        for (int i = end; i < bytes.length; i++) {
            if (bytes[i] != 0) {
                return "media.trailingData";
            }
        }
        return markup(bytes);
    }

    private static String pdf(byte[] bytes) {
        String tail = Bytes.latin1(bytes, bytes.length - 1024, bytes.length).stripTrailing();
        if (!tail.endsWith("%%EOF")) {
            return "media.trailingData";
        }
        if (PdfInflation.exceeds(bytes, PdfInflation.BUDGET)) {
            return "media.pdfInflates";
        }
        String actions = PdfActions.problem(bytes);
        return actions != null ? actions : markup(bytes);
    }

    private static String officeOpenXml(List<String> names) {
        if (names == null) {
            return OFFICE_UNREADABLE;
        }
        return macros(names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")));
    }

    private static String office(Set<String> names) {
        if (!names.contains(CompoundFile.ROOT)) {
            return OFFICE_UNREADABLE;
        }
        return macros(names.stream().anyMatch(MACRO_STORAGES::contains));
    }

    private static String macros(boolean found) {
        return found ? "media.macros" : null;
    }

    private static String markup(byte[] bytes) {
        return MARKUP.matcher(Bytes.latin1(bytes, 0, bytes.length)).find() ? "media.markup" : null;
    }
}
