package vn.ttdt.portal.content.media.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The resized copies of an image that pages show: JPEG files {@code 320}, {@code 768} and
 * {@code 1200} pixels wide, at stable addresses {@code /media/{key}/{width}.jpg}. An image is
 * never enlarged: a rendition wider than the original holds the original's width, so every file
 * exists for every image and each knows its true size. A rendition is at most {@value #TALLEST} times
 * as high as the width in its name: a very tall image (a scanned strip, a long infographic) gets a
 * narrower picture instead of one thousands of pixels high.
 */
public final class Renditions {

    public static final List<Integer> WIDTHS = List.of(320, 768, 1200);
    public static final int THUMBNAIL = 320;
    public static final int SHARE = 1200;
    public static final int TALLEST = 2;

    private Renditions() {
    }

    /** One rendition: the width in its name, and the size of the picture it holds. */
    public record Rendition(int nameWidth, int width, int height) {
    }

    public static Rendition of(int nameWidth, int originalWidth, int originalHeight) {
        int width = Math.min(nameWidth, originalWidth);
        int height = Math.max(1, (int) Math.round((double) originalHeight * width / originalWidth));
        int tallest = TALLEST * nameWidth;
        if (height > tallest) {
            width = Math.max(1, (int) Math.round((double) originalWidth * tallest / originalHeight));
            height = tallest;
        }
        return new Rendition(nameWidth, width, height);
    }

    /** The renditions of an image, without those that would only repeat a smaller one. */
    public static List<Rendition> distinct(int originalWidth, int originalHeight) {
        List<Rendition> renditions = new ArrayList<>();
        for (int width : WIDTHS) {
            Rendition r = of(width, originalWidth, originalHeight);
            if (renditions.isEmpty() || renditions.get(renditions.size() - 1).width() < r.width()) {
                renditions.add(r);
            }
        }
        return renditions;
    }

    public static boolean isRenditionWidth(int width) {
        return WIDTHS.contains(width);
    }

    public static String path(String key, int width) {
        return "/media/" + key + "/" + width + ".jpg";
    }
}
