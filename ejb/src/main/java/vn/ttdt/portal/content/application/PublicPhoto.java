package vn.ttdt.portal.content.application;

import java.util.List;
import java.util.stream.Collectors;
import vn.ttdt.portal.content.media.application.MediaView;
import vn.ttdt.portal.content.media.domain.Renditions;

/** A photo as citizens see it: its caption (the image's text alternative), the photographer's credit and its renditions. */
public record PublicPhoto(String caption, String photographer, List<MediaView.RenditionLink> renditions) {

    /** A photo read as columns: an image's storage key and pixel size give its renditions. */
    public static PublicPhoto of(String caption, String photographer, String key, int width, int height) {
        return new PublicPhoto(caption, photographer, MediaView.renditions(key, width, height));
    }

    /** The {@code srcset} of an {@code img}: each distinct rendition with its true width. */
    public String srcset() {
        return renditions.stream().filter(this::isDistinct)
                .map(r -> r.url() + " " + r.width() + "w").collect(Collectors.joining(", "));
    }

    /** The rendition a page uses as the image's {@code src} (768 wide or less). */
    public MediaView.RenditionLink medium() {
        return renditions.get(Renditions.WIDTHS.indexOf(768));
    }

    public MediaView.RenditionLink thumbnail() {
        return renditions.get(Renditions.WIDTHS.indexOf(Renditions.THUMBNAIL));
    }

    /** The rendition for sharing (Open Graph), 1200 wide or less. */
    public MediaView.RenditionLink share() {
        return renditions.get(Renditions.WIDTHS.indexOf(Renditions.SHARE));
    }

    private boolean isDistinct(MediaView.RenditionLink link) {
        int at = renditions.indexOf(link);
        return at == 0 || renditions.get(at - 1).width() < link.width();
    }
}
