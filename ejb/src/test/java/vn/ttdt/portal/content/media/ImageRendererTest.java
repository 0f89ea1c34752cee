package vn.ttdt.portal.content.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.content.media.domain.FileSignature;
import vn.ttdt.portal.content.media.domain.ImageRendering;
import vn.ttdt.portal.content.media.domain.MediaFormat;
import vn.ttdt.portal.content.media.domain.MediaLimits;
import vn.ttdt.portal.content.media.domain.MediaRefused;
import vn.ttdt.portal.content.media.domain.Renditions;
import vn.ttdt.portal.content.media.infrastructure.imaging.ImageRenderer;

class ImageRendererTest {

    private static final MediaLimits LIMITS = MediaLimits.DEFAULT;
    private static final ImageRendering RENDERER = new ImageRenderer();

    @Test
    void aLargePhotoGetsThreeJpegRenditionsWithItsAspectRatio() throws IOException {
        ImageRendering.Rendered rendered = RENDERER.render(Samples.jpeg(1600, 1200), MediaFormat.JPEG, LIMITS);
        assertEquals(1600, rendered.width());
        assertEquals(1200, rendered.height());
        assertSize(rendered.renditions(), 320, 320, 240);
        assertSize(rendered.renditions(), 768, 768, 576);
        assertSize(rendered.renditions(), 1200, 1200, 900);
    }

    @Test
    void aSmallImageIsNeverEnlarged() throws IOException {
        ImageRendering.Rendered rendered = RENDERER.render(Samples.png(500, 250), MediaFormat.PNG, LIMITS);
        assertSize(rendered.renditions(), 320, 320, 160);
        assertSize(rendered.renditions(), 768, 500, 250);
        assertSize(rendered.renditions(), 1200, 500, 250);
        assertEquals(List.of(new Renditions.Rendition(320, 320, 160), new Renditions.Rendition(768, 500, 250)),
                Renditions.distinct(500, 250));
    }

    @Test
    void gifAndWebpBecomeJpegToo() throws IOException {
        assertSize(RENDERER.render(Samples.gif(640, 480), MediaFormat.GIF, LIMITS).renditions(), 320, 320, 240);
        ImageRendering.Rendered webp = RENDERER.render(Samples.WEBP, MediaFormat.WEBP, LIMITS);
        assertEquals(1, webp.width());
        assertSize(webp.renditions(), 1200, 1, 1);
    }

    @Test
    void renditionsCarryNoMetadataOrPayloadOfTheOriginal() {
        byte[] original = Samples.jpegWithExif(800, 600, 1, "GPS 10.7769N 106.7009E SECRET");
        assertTrue(contains(original, "SECRET") && contains(original, "Exif"), "the sample carries EXIF");
        for (byte[] rendition : RENDERER.render(original, MediaFormat.JPEG, LIMITS).renditions().values()) {
            assertFalse(contains(rendition, "SECRET"));
            assertFalse(contains(rendition, "Exif"));
            assertEquals(MediaFormat.JPEG, FileSignature.detect(rendition).orElseThrow());
        }
    }

    @Test
    void aPhotoTakenUprightIsTurnedAsItsCameraRecorded() throws IOException {
        ImageRendering.Rendered rendered = RENDERER.render(Samples.jpegWithExif(800, 600, 6, "x"), MediaFormat.JPEG, LIMITS);
        assertEquals(600, rendered.width());
        assertEquals(800, rendered.height());
        assertSize(rendered.renditions(), 320, 320, 427);
    }

    @Test
    void transparentPartsBecomeWhiteNotBlack() throws IOException {
        BufferedImage clear = new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB);
        byte[] png = Samples.encode(clear, "png");
        BufferedImage rendition = read(RENDERER.render(png, MediaFormat.PNG, LIMITS).renditions().get(320));
        int rgb = rendition.getRGB(100, 100) & 0xFFFFFF;
        assertTrue((rgb >> 16 & 0xFF) > 240 && (rgb & 0xFF) > 240, Integer.toHexString(rgb));
    }

    @Test
    void anImageClaimingHugeDimensionsIsRefusedBeforeDecoding() {
        assertRefused("media.tooManyPixels", Samples.pngClaiming(50_000, 50_000), MediaFormat.PNG);
        assertRefused("media.tooManyPixels", Samples.pngClaiming(10_000, 10_000), MediaFormat.PNG);
        assertRefused("media.tooManyPixels", Samples.jpegClaiming(60_000, 60_000), MediaFormat.JPEG);
        assertRefused("media.tooManyPixels", Samples.pngClaiming(20_000, 10), MediaFormat.PNG);
    }

    @Test
    void aTallImageWithinThePixelLimitIsDecodedSubsampledNotAtFullSize() throws IOException {
        BufferedImage tall = new BufferedImage(2399, 16384, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = tall.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.DARK_GRAY, 2399, 16384, java.awt.Color.LIGHT_GRAY));
        g.fillRect(0, 0, 2399, 16384);
        g.dispose();
        byte[] png = Samples.encode(tall, "png");
        tall = null;
        assertTrue(LIMITS.allowsPixels(2399, 16384), "the image passes the pixel limit");

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        ImageRendering.Rendered rendered = RENDERER.render(png, MediaFormat.PNG, LIMITS);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        long fullSize = 2399L * 16384;
        assertTrue(allocated < fullSize, "decoding and rendering allocated " + allocated / 1_000_000
                + " MB, more than one byte per pixel of the full image (" + fullSize / 1_000_000 + " MB)");
        assertEquals(2399, rendered.width());
        assertEquals(16384, rendered.height());
        assertSize(rendered.renditions(), 1200, 351, 2400);
    }

    @Test
    void renditionsOfATallImageAreAtMostTwiceAsHighAsTheirNameIsWide() {
        assertEquals(new Renditions.Rendition(1200, 351, 2400), Renditions.of(1200, 2399, 16384));
        assertEquals(new Renditions.Rendition(320, 94, 640), Renditions.of(320, 2399, 16384));
        assertEquals(new Renditions.Rendition(1200, 1200, 2133), Renditions.of(1200, 1080 * 4, 1920 * 4));
        assertEquals(new Renditions.Rendition(768, 500, 1000), Renditions.of(768, 500, 1000));
    }

    @Test
    void anImageThatCannotBeDecodedIsRefused() {
        byte[] jpeg = Samples.jpeg(64, 64);
        assertRefused("media.unreadable", Samples.slice(jpeg, 0, 200), MediaFormat.JPEG);
    }

    private static void assertRefused(String key, byte[] bytes, MediaFormat format) {
        MediaRefused refused = assertThrows(MediaRefused.class, () -> RENDERER.render(bytes, format, LIMITS));
        assertEquals(key, refused.messageKey(), refused.getMessage());
    }

    private static void assertSize(Map<Integer, byte[]> renditions, int name, int width, int height) throws IOException {
        BufferedImage image = read(renditions.get(name));
        assertArrayEquals(new int[] {width, height}, new int[] {image.getWidth(), image.getHeight()}, "rendition " + name);
    }

    private static BufferedImage read(byte[] jpeg) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    private static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }
}
