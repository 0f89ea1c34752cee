package vn.ttdt.portal.content.media.domain;

/**
 * The checks every upload passes before anything is kept: not empty, a format the portal accepts
 * (told by content, never by name), the same format the file name promises, within the size limit
 * of its kind, and nothing hidden in it ({@link FileStructure}).
 */
public final class UploadRules {

    private static final int MAX_NAME = 255;

    private UploadRules() {
    }

    public static MediaFormat check(String fileName, byte[] bytes, MediaLimits limits) {
        if (bytes == null || bytes.length == 0) {
            throw new MediaRefused("media.empty", "empty upload " + fileName);
        }
        MediaFormat promised = MediaFormat.byExtension(fileName).orElse(null);
        MediaFormat format = FileSignature.detect(bytes).orElseThrow(() -> unrecognised(fileName, bytes, promised));
        if (promised == null) {
            throw new MediaRefused("media.extension", "extension of " + fileName + " not accepted");
        }
        if (promised != format) {
            throw new MediaRefused("media.mismatch", fileName + " is named " + promised + " but holds " + format);
        }
        if (bytes.length > limits.bytesFor(format)) {
            throw new MediaTooLarge(format.isImage() ? "media.tooLarge.image" : "media.tooLarge.document",
                    fileName + ": " + bytes.length + " bytes");
        }
        String problem = FileStructure.problem(format, bytes);
        if (problem != null) {
            throw new MediaRefused(problem, fileName + " refused: " + problem);
        }
        return format;
    }

    /** A ZIP named as an office document whose directory cannot be read is damaged; anything else is not accepted. */
    private static MediaRefused unrecognised(String fileName, byte[] bytes, MediaFormat promised) {
        boolean damagedOffice = (promised == MediaFormat.DOCX || promised == MediaFormat.XLSX)
                && ZipDirectory.isZip(bytes) && ZipDirectory.entries(bytes).isEmpty();
        return damagedOffice ? new MediaRefused(FileStructure.OFFICE_UNREADABLE, fileName + ": unreadable ZIP directory")
                : new MediaRefused("media.unsupported", "unknown content in " + fileName);
    }

    /** The name as shown to people: without any folder part or control characters, at most 255 characters. */
    public static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> c >= 0x20 && c != 0x7F)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }
}
