package vn.ttdt.portal.content.media.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file the portal accepts: images shown on pages, and documents attached to them. */
public enum MediaFormat {
    JPEG("image/jpeg", true, "jpg", "jpeg", "jpe"),
    PNG("image/png", true, "png"),
    WEBP("image/webp", true, "webp"),
    GIF("image/gif", true, "gif"),
    PDF("application/pdf", false, "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false, "xlsx"),
    DOC("application/msword", false, "doc"),
    XLS("application/vnd.ms-excel", false, "xls");

    private final String contentType;
    private final boolean image;
    private final List<String> extensions;

    MediaFormat(String contentType, boolean image, String... extensions) {
        this.contentType = contentType;
        this.image = image;
        this.extensions = List.of(extensions);
    }

    /** The format a file name's extension promises, if it is one the portal accepts. */
    public static Optional<MediaFormat> byExtension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
    }

    public String contentType() { return contentType; }
    public boolean isImage() { return image; }
    public String extension() { return extensions.get(0); }
}
