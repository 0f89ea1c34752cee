package vn.ttdt.portal.content.media.domain;

/**
 * How large an upload may be: bytes for images and for documents, and the pixels an image may
 * have once decoded (a small file can hold a huge picture: a decompression bomb).
 */
public record MediaLimits(long imageBytes, long documentBytes, long maxPixels, int maxSide) {

    public static final MediaLimits DEFAULT = new MediaLimits(10L * 1024 * 1024, 20L * 1024 * 1024, 40_000_000L, 16_384);

    public long bytesFor(MediaFormat format) {
        return format.isImage() ? imageBytes : documentBytes;
    }

    /** The largest upload of any kind, for reading a request body with a cap. */
    public long largest() {
        return Math.max(imageBytes, documentBytes);
    }

    public boolean allowsPixels(long width, long height) {
        return width > 0 && height > 0 && width <= maxSide && height <= maxSide && width * height <= maxPixels;
    }
}
