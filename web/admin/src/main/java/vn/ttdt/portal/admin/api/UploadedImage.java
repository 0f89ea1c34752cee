package vn.ttdt.portal.admin.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import vn.ttdt.portal.content.media.application.MediaService;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * A picture sent as the request's body with its name in {@code X-File-Name} (URL-encoded): read up to the image size
 * limit, never further, before the media library's checks look at it.
 */
public record UploadedImage(String fileName, byte[] bytes) {

    public static UploadedImage read(String encodedName, InputStream body, String what) throws IOException {
        if (encodedName == null || encodedName.isBlank()) {
            throw new BusinessRuleException("media.nameRequired", what + " without a name");
        }
        long largest = MediaService.limits().imageBytes();
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, largest + 1));
        if (bytes.length > largest) {
            throw new BusinessRuleException("media.tooLarge.image", what + " too large");
        }
        return new UploadedImage(URLDecoder.decode(encodedName.replace("+", "%2B"), StandardCharsets.UTF_8), bytes);
    }
}
