package vn.ttdt.portal.content.media.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a file really is, told by its first bytes (the "magic bytes") and, for the office formats,
 * by the entries of its container: a DOCX is a ZIP holding {@code word/document.xml}, an XLSX one
 * holding {@code xl/workbook.xml}; a DOC is an OLE2 file with a {@code WordDocument} stream, an
 * XLS one with a {@code Workbook} (or older {@code Book}) stream. The name a file was given plays
 * no part here.
 */
public final class FileSignature {

    private FileSignature() {
    }

    public static Optional<MediaFormat> detect(byte[] bytes) {
        if (bytes == null || bytes.length < 8) {
            return Optional.empty();
        }
        if (Bytes.startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(MediaFormat.JPEG);
        }
        if (Bytes.startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(MediaFormat.PNG);
        }
        if (Bytes.startsWith(bytes, 0, "GIF87a") || Bytes.startsWith(bytes, 0, "GIF89a")) {
            return Optional.of(MediaFormat.GIF);
        }
        if (Bytes.startsWith(bytes, 0, "RIFF") && Bytes.startsWith(bytes, 8, "WEBP")) {
            return Optional.of(MediaFormat.WEBP);
        }
        if (Bytes.startsWith(bytes, 0, "%PDF-")) {
            return Optional.of(MediaFormat.PDF);
        }
        if (Bytes.startsWith(bytes, 0, 0x50, 0x4B, 0x03, 0x04)) {
            return officeOpenXml(bytes);
        }
        if (Bytes.startsWith(bytes, 0, CompoundFile.SIGNATURE)) {
            return legacyOffice(bytes);
        }
        return Optional.empty();
    }

    private static Optional<MediaFormat> officeOpenXml(byte[] bytes) {
        List<String> names = ZipDirectory.entries(bytes).orElse(List.of());
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(MediaFormat.DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(MediaFormat.XLSX);
        }
        return Optional.empty();
    }

    private static Optional<MediaFormat> legacyOffice(byte[] bytes) {
        Set<String> names = CompoundFile.entryNames(bytes);
        if (names.contains("WordDocument")) {
            return Optional.of(MediaFormat.DOC);
        }
        if (names.contains("Workbook") || names.contains("Book")) {
            return Optional.of(MediaFormat.XLS);
        }
        return Optional.empty();
    }
}
