package vn.ttdt.portal.content.media.domain;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * What a PDF would do when opened, read as a PDF reader reads it (parsed with Apache PDFBox, not
 * scanned as bytes): names written with escapes ({@code /J#61vaScript}) and objects packed in
 * compressed object streams are seen decoded. Every object of the file is looked at, so an action
 * is found wherever it hangs (the catalog's open action, the names tree, annotations, form fields,
 * page actions): JavaScript, launching a program, embedded files, rich media and XFA forms (which
 * carry scripts) are refused, and so is a PDF that is encrypted or cannot be parsed.
 */
final class PdfActions {

    private static final Set<String> ACTIVE = Set.of("JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles",
            "EF", "FileAttachment", "GoToE", "RichMedia", "XFA");
    private static final int MAX_NESTING = 64;

    private PdfActions() {
    }

    /** The key of the message telling why the PDF is refused, or null when it does nothing but show pages. */
    static String problem(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            COSDocument document = pdf.getDocument();
            if (pdf.isEncrypted()) {
                return "media.pdfEncrypted";
            }
            if (active(document.getTrailer(), 0)) {
                return "media.pdfActive";
            }
            for (Map.Entry<COSObjectKey, Long> entry : document.getXrefTable().entrySet()) {
                COSObject object = document.getObjectFromPool(entry.getKey());
                if (object != null && active(object.getObject(), 0)) {
                    return "media.pdfActive";
                }
            }
            return null;
        } catch (InvalidPasswordException e) {
            return "media.pdfEncrypted";
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return "media.pdfUnreadable";
        }
    }

    /** Whether this object, or any object written inside it (not those it refers to), names an active feature. */
    private static boolean active(COSBase base, int depth) {
        if (depth > MAX_NESTING) {
            throw new IllegalArgumentException("objects nested deeper than " + MAX_NESTING);
        }
        if (base instanceof COSName name) {
            return ACTIVE.contains(name.getName());
        }
        if (base instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (active(array.get(i), depth + 1)) {
                    return true;
                }
            }
        } else if (base instanceof COSDictionary dictionary) {
            for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                if (ACTIVE.contains(entry.getKey().getName()) || active(entry.getValue(), depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }
}
