package vn.ttdt.portal.content.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
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
