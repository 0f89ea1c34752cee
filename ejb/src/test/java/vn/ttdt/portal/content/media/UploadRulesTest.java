package vn.ttdt.portal.content.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDFormFieldAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ttdt.portal.content.media.domain.FileSignature;
import vn.ttdt.portal.content.media.domain.MediaFormat;
import vn.ttdt.portal.content.media.domain.MediaLimits;
import vn.ttdt.portal.content.media.domain.MediaRefused;
import vn.ttdt.portal.content.media.domain.MediaTooLarge;
import vn.ttdt.portal.content.media.domain.UploadRules;

class UploadRulesTest {

    private static final MediaLimits LIMITS = MediaLimits.DEFAULT;
    private static final Pattern ACTIVE_NAME = Pattern.compile("/(JavaScript|JS|Launch|EmbeddedFile)\\b");

    static Stream<Arguments> acceptedFiles() {
        return Stream.of(
                Arguments.of("anh-hoi-nghi.jpg", Samples.jpeg(40, 30), MediaFormat.JPEG),
                Arguments.of("ANH.JPEG", Samples.jpeg(8, 8), MediaFormat.JPEG),
                Arguments.of("so-do.png", Samples.png(40, 30), MediaFormat.PNG),
                Arguments.of("bieu-tuong.gif", Samples.gif(40, 30), MediaFormat.GIF),
                Arguments.of("anh.webp", Samples.WEBP, MediaFormat.WEBP),
                Arguments.of("ke-hoach.pdf", Samples.pdf(""), MediaFormat.PDF),
                Arguments.of("cong-van.docx", Samples.docx(), MediaFormat.DOCX),
                Arguments.of("bang-ke.xlsx", Samples.xlsx(), MediaFormat.XLSX),
                Arguments.of("to-trinh.doc", Samples.ole2("WordDocument", "\u0005SummaryInformation"), MediaFormat.DOC),
                Arguments.of("so-lieu.xls", Samples.ole2("Workbook"), MediaFormat.XLS),
                Arguments.of("so-lieu-cu.xls", Samples.ole2("Book"), MediaFormat.XLS));
    }

    @ParameterizedTest
    @MethodSource("acceptedFiles")
    void aFileIsAcceptedForWhatItsBytesAre(String name, byte[] bytes, MediaFormat expected) {
        assertEquals(expected, FileSignature.detect(bytes).orElseThrow());
        assertEquals(expected, UploadRules.check(name, bytes, LIMITS));
    }

    @Test
    void aPngNamedJpgIsRefusedAsAMismatch() {
        assertRefused("media.mismatch", "anh.jpg", Samples.png(10, 10));
    }

    @Test
    void aDocNamedXlsIsRefusedAsAMismatch() {
        assertRefused("media.mismatch", "bang.xls", Samples.ole2("WordDocument"));
    }

    @Test
    void anHtmlPageNamedJpgIsRefusedAsUnsupported() {
        assertRefused("media.unsupported", "anh.jpg", Samples.ascii("<!DOCTYPE html><html><script>alert(1)</script></html>"));
    }

    @Test
    void anHtmlPageBehindJpegMagicBytesIsRefused() {
        byte[] fake = Samples.concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0},
                Samples.ascii("<html><body><script>alert(document.cookie)</script></body></html>"));
        assertInstanceOf(MediaRefused.class, assertThrows(MediaRefused.class, () -> UploadRules.check("anh.jpg", fake, LIMITS)));
    }

    @Test
    void aJpegWithAScriptGluedAfterItsEndIsRefused() {
        byte[] polyglot = Samples.concat(Samples.jpeg(20, 20), Samples.ascii("<script>alert(1)</script>"));
        assertRefused("media.trailingData", "anh.jpg", polyglot);
    }

    @Test
    void aPngWithAZipGluedAfterItIsRefused() {
        assertRefused("media.trailingData", "anh.png", Samples.concat(Samples.png(20, 20), Samples.docx()));
    }

    @Test
    void aGifCarryingScriptInsideACommentIsRefused() {
        byte[] gif = Samples.gif(10, 10);
        byte[] comment = Samples.concat(new byte[] {0x21, (byte) 0xFE, 26}, Samples.ascii("*/=1;<script>alert(1)</sc"),
                new byte[] {'r', 0});
        byte[] polyglot = Samples.concat(Samples.slice(gif, 0, gif.length - 1), comment, new byte[] {0x3B});
        assertRefused("media.markup", "anh.gif", polyglot);
    }

    @Test
    void aPdfThatRunsJavaScriptIsRefused() {
        assertRefused("media.pdfActive", "tai-lieu.pdf", Samples.pdf("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"));
    }

    @Test
    void aJavaScriptActionWrittenWithNameEscapesInsideACompressedObjectStreamIsRefused() {
        String action = "/OpenAction << /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>";
        assertRefused("media.pdfActive", "tai-lieu.pdf", Samples.pdf(action));
        byte[] packed = Samples.pdfInObjectStream(action);
        assertFalse(Samples.latin1(packed).contains("OpenAction"), "the action is not visible in the raw bytes");
        assertRefused("media.pdfActive", "tai-lieu.pdf", packed);
        assertEquals(MediaFormat.PDF, UploadRules.check("tai-lieu.pdf", Samples.pdfInObjectStream(""), LIMITS));
    }

    @Test
    void compressedActionsAreRefusedWhereverTheyHang() {
        List<Samples.PdfSetUp> actions = List.of(
                (document, page) -> {
                    PDAnnotationLink link = new PDAnnotationLink();
                    link.setRectangle(new PDRectangle(10, 10, 100, 20));
                    link.setAction(new PDActionJavaScript("app.alert(1)"));
                    page.getAnnotations().add(link);
                },
                (document, page) -> page.getActions().setO(new PDActionJavaScript("app.alert(2)")),
                (document, page) -> {
                    PDActionLaunch launch = new PDActionLaunch();
                    PDSimpleFileSpecification program = new PDSimpleFileSpecification();
                    program.setFile("cmd.exe");
                    launch.setFile(program);
                    document.getDocumentCatalog().setOpenAction(launch);
                },
                (document, page) -> {
                    PDAcroForm form = new PDAcroForm(document);
                    document.getDocumentCatalog().setAcroForm(form);
                    PDTextField field = new PDTextField(form);
                    field.setPartialName("ho-ten");
                    PDFormFieldAdditionalActions keystroke = new PDFormFieldAdditionalActions();
                    keystroke.setK(new PDActionJavaScript("app.alert(3)"));
                    field.setActions(keystroke);
                    form.getFields().add(field);
                });
        for (Samples.PdfSetUp action : actions) {
            byte[] pdf = Samples.pdfbox(action);
            assertFalse(ACTIVE_NAME.matcher(Samples.latin1(pdf)).find(), "the action lies in a compressed object stream");
            assertRefused("media.pdfActive", "tai-lieu.pdf", pdf);
        }
        assertRefused("media.pdfActive", "tai-lieu.pdf", Samples.pdfbox((document, page) -> {
            PDComplexFileSpecification file = new PDComplexFileSpecification();
            file.setFile("payload.exe");
            file.setEmbeddedFile(new PDEmbeddedFile(document, new ByteArrayInputStream(Samples.ascii("MZ"))));
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("payload.exe", file));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            document.getDocumentCatalog().setNames(names);
        }));
        assertEquals(MediaFormat.PDF, UploadRules.check("tai-lieu.pdf", Samples.pdfbox((document, page) -> { }), LIMITS));
    }

    @Test
    void aPdfWhoseCompressedStreamsInflateToGigabytesIsRefusedBeforeItIsParsed() {
        byte[] bomb = Samples.pdfInObjectStream("", 300L * 1024 * 1024);

        assertTrue(bomb.length < 1024 * 1024, "under a megabyte on disk: " + bomb.length);
        assertRefused("media.pdfInflates", "tai-lieu.pdf", bomb);
    }

    @Test
    void encryptedOrUnparseablePdfsAreRefused() {
        byte[] encrypted = Samples.pdfbox((document, page) -> document.protect(
                new StandardProtectionPolicy("chu-so-huu", "", new AccessPermission())));
        assertRefused("media.pdfEncrypted", "tai-lieu.pdf", encrypted);
        assertRefused("media.pdfUnreadable", "tai-lieu.pdf", Samples.ascii("%PDF-1.7\n<< /Type /Catalog /Pages 2 0 R\n%%EOF\n"));
    }

    @Test
    void anOfficeFileWhoseZipDirectoryCannotBeReadIsRefused() {
        assertRefused("media.officeUnreadable", "cong-van.docx", Samples.docxWithMisplacedEntry());
        byte[] docx = Samples.docx();
        assertRefused("media.officeUnreadable", "cong-van.docx", Samples.slice(docx, 0, docx.length - 10));
        byte[] noRoot = Samples.ole2("WordDocument");
        noRoot[512] = 'X';
        assertRefused("media.officeUnreadable", "to-trinh.doc", noRoot);
    }

    @Test
    void aPdfWithAnHtmlPageAfterItsEndIsRefused() {
        assertRefused("media.trailingData", "tai-lieu.pdf", Samples.concat(Samples.pdf(""), Samples.ascii("<html><script>x()</script></html>")));
    }

    @Test
    void officeFilesWithMacrosAreRefused() {
        assertRefused("media.macros", "cong-van.docx", Samples.zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"));
        assertRefused("media.macros", "to-trinh.doc", Samples.ole2("WordDocument", "Macros"));
    }

    @Test
    void aPlainZipNamedDocxIsRefusedAsUnsupported() {
        assertRefused("media.unsupported", "cong-van.docx", Samples.zip("readme.txt"));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused("media.empty", "anh.jpg", new byte[0]);
    }

    @Test
    void aFileWithoutAnAcceptedExtensionIsRefused() {
        assertRefused("media.extension", "anh.exe", Samples.jpeg(10, 10));
        assertRefused("media.extension", "anh", Samples.jpeg(10, 10));
    }

    @Test
    void filesOverTheLimitOfTheirKindAreRefusedAsTooLarge() {
        MediaLimits small = new MediaLimits(1000, 50_000, LIMITS.maxPixels(), LIMITS.maxSide());
        MediaTooLarge image = assertThrows(MediaTooLarge.class, () -> UploadRules.check("anh.jpg", Samples.jpeg(200, 200), small));
        assertEquals("media.tooLarge.image", image.messageKey());
        assertEquals(MediaFormat.PDF, UploadRules.check("a.pdf", Samples.pdf(" ".repeat(2000)), small));
    }

    @Test
    void theNameKeptHasNoFolderOrControlCharacters() {
        assertEquals("ảnh hội nghị.jpg", UploadRules.cleanName("C:\\fakepath\\ảnh hội\u0000 nghị.jpg"));
        assertEquals("passwd.jpg", UploadRules.cleanName("../../etc/passwd.jpg"));
    }

    private static void assertRefused(String key, String name, byte[] bytes) {
        MediaRefused refused = assertThrows(MediaRefused.class, () -> UploadRules.check(name, bytes, LIMITS));
        assertEquals(key, refused.messageKey(), refused.getMessage());
    }
}
