package vn.ttdt.portal.content.media.infrastructure.imaging;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;
import vn.ttdt.portal.content.media.domain.ImageRendering;
import vn.ttdt.portal.content.media.domain.MediaFormat;
import vn.ttdt.portal.content.media.domain.MediaLimits;
import vn.ttdt.portal.content.media.domain.MediaRefused;
import vn.ttdt.portal.content.media.domain.Renditions;

/**
 * Decodes an uploaded image and writes its renditions as freshly encoded JPEG files: nothing of
 * the original's metadata (EXIF, GPS position, comments) or any hidden payload survives. The
 * pixel size is read from the header first, and an image over the limits is refused before its
 * pixels are decoded; a large image is decoded subsampled on both sides to just above its largest
 * rendition, never at full size, and only a few images are decoded at once ({@link DecodeSlots}).
 */
@ApplicationScoped
public class ImageRenderer implements ImageRendering {

    private static final float QUALITY = 0.85f;

    @Override
    public Rendered render(byte[] bytes, MediaFormat format, MediaLimits limits) {
        return DecodeSlots.SERVER.run(() -> renderNow(bytes, format, limits));
    }

    private static Rendered renderNow(byte[] bytes, MediaFormat format, MediaLimits limits) {
        int orientation = format == MediaFormat.JPEG ? ExifOrientation.of(bytes) : 1;
        boolean quarterTurn = orientation == 6 || orientation == 8;
        Decoded decoded = decode(bytes, format, limits, quarterTurn);
        int width = quarterTurn ? decoded.height() : decoded.width();
        int height = quarterTurn ? decoded.width() : decoded.height();
        BufferedImage opaque = onWhite(upright(decoded.image(), orientation));
        Map<Integer, byte[]> renditions = new LinkedHashMap<>();
        for (int nameWidth : Renditions.WIDTHS) {
            Renditions.Rendition r = Renditions.of(nameWidth, width, height);
            renditions.put(nameWidth, JpegFiles.of(scale(opaque, r.width(), r.height()), QUALITY));
        }
        return new Rendered(width, height, renditions);
    }

    /** The decoded pixels (subsampled when large) and the image's size as its header states it. */
    private record Decoded(BufferedImage image, int width, int height) {
    }

    private static Decoded decode(byte[] bytes, MediaFormat format, MediaLimits limits, boolean quarterTurn) {
        ImageReader reader = readerFor(format);
        try (MemoryCacheImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (!limits.allowsPixels(width, height)) {
                throw new MediaRefused("media.tooManyPixels", "image of " + width + "x" + height + " pixels");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(width, height, quarterTurn);
            param.setSourceSubsampling(step, step, 0, 0);
            return new Decoded(reader.read(0, param), width, height);
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaRefused refused) {
                throw refused;
            }
            throw new MediaRefused("media.unreadable", "cannot decode " + format + ": " + e);
        } finally {
            reader.dispose();
        }
    }

    /** Every how many pixels on both sides one is read so that the largest rendition is still covered. */
    static int subsampling(int width, int height, boolean quarterTurn) {
        Renditions.Rendition largest = quarterTurn ? Renditions.of(Renditions.SHARE, height, width)
                : Renditions.of(Renditions.SHARE, width, height);
        int coverWidth = quarterTurn ? largest.height() : largest.width();
        int coverHeight = quarterTurn ? largest.width() : largest.height();
        return Math.max(1, Math.min(width / coverWidth, height / coverHeight));
    }

    private static ImageReader readerFor(MediaFormat format) {
        try {
            if (format == MediaFormat.WEBP) {
                return new WebPImageReaderSpi().createReaderInstance();
            }
            return ImageIO.getImageReadersByFormatName(format.extension()).next();
        } catch (IOException e) {
            throw new IllegalStateException("no image reader for " + format, e);
        }
    }

    private static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation == 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean quarter = orientation != 3;
        AffineTransform turn = new AffineTransform();
        switch (orientation) {
            case 6 -> { turn.translate(h, 0); turn.rotate(Math.PI / 2); }
            case 8 -> { turn.translate(0, w); turn.rotate(-Math.PI / 2); }
            default -> { turn.translate(w, h); turn.rotate(Math.PI); }
        }
        BufferedImage turned = new BufferedImage(quarter ? h : w, quarter ? w : h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = turned.createGraphics();
        g.drawImage(image, turn, null);
        g.dispose();
        return turned;
    }

    private static BufferedImage onWhite(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /** Halves while more than twice too large (each step smooth), then scales to the exact size. */
    private static BufferedImage scale(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return current.getWidth() == width && current.getHeight() == height ? current : draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage image, int width, int height) {
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return scaled;
    }
}
