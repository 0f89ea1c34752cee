package vn.ttdt.portal.admin.api;

import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A file sent as the raw request body ({@code Content-Type: application/octet-stream}), its name in the
 * {@code X-File-Name} header (percent-encoded UTF-8 for Vietnamese names): 400 without a name, 413 beyond the size
 * the endpoint takes, read no further than one byte past it.
 */
public record RawUpload(String name, byte[] bytes) {

    public static RawUpload read(String fileName, InputStream body, long largest, String tooLargeKey) throws IOException {
        if (fileName == null || fileName.isBlank()) {
            throw new WebApplicationException(ApiExceptionMapper.text("media.nameRequired"), 400);
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, largest + 1));
        if (bytes.length > largest) {
            throw new WebApplicationException(ApiExceptionMapper.text(tooLargeKey), 413);
        }
        return new RawUpload(URLDecoder.decode(fileName.replace("+", "%2B"), StandardCharsets.UTF_8), bytes);
    }
}
