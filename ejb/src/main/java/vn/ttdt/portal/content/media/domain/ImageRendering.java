package vn.ttdt.portal.content.media.domain;

import java.util.Map;

/**
 * Draws the {@link Renditions} of an accepted image within the {@link MediaLimits}; an image it
 * cannot decode, or too large, is refused with {@link MediaRefused}.
 */
public interface ImageRendering {

    /** An image's upright pixel size and its renditions by the width in their names. */
    record Rendered(int width, int height, Map<Integer, byte[]> renditions) {
    }

    Rendered render(byte[] bytes, MediaFormat format, MediaLimits limits);
}
