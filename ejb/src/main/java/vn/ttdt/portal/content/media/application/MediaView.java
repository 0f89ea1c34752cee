package vn.ttdt.portal.content.media.application;

import java.time.Instant;
import java.util.List;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.content.media.domain.Renditions;

/** An uploaded file as the back-office and its API show it; images list their renditions' addresses and sizes. */
public record MediaView(long id, String key, String originalName, String format, String contentType, long size,
                        String sha256, Integer width, Integer height, String uploadedBy, Instant uploadedAt,
                        List<RenditionLink> renditions) {

    /** A rendition's address and the size of the picture it holds. */
    public record RenditionLink(int width, int height, String url) {
    }

    public static MediaView of(Media media) {
        List<RenditionLink> links = media.isImage() ? renditions(media.getKey(), media.getWidth(), media.getHeight()) : List.of();
        return new MediaView(media.getId(), media.getKey(), media.getOriginalName(), media.getFormat().name(),
                media.getFormat().contentType(), media.getSize(), media.getSha256(), media.getWidth(), media.getHeight(),
                media.getUploadedBy(), media.getUploadedAt(), links);
    }

    /** The addresses and sizes of an image's renditions, from its key and pixel size. */
    public static List<RenditionLink> renditions(String key, int width, int height) {
        return Renditions.WIDTHS.stream()
                .map(w -> Renditions.of(w, width, height))
                .map(r -> new RenditionLink(r.width(), r.height(), Renditions.path(key, r.nameWidth())))
                .toList();
    }
}
