package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;

/** Uploads through the API, checked by content, and the renditions citizens' browsers fetch. */
class MediaIT extends PortalIT {

    private final Portal contributor = Portal.as(Role.CONTRIBUTOR);
    private final Portal visitor = Portal.anonymous();

    @Test
    void anUploadedPhotoIsRecordedAndItsRenditionsAreServedWithLongCaching() throws Exception {
        byte[] photo = TestImages.scene(1600, 1000, "jpeg", "Hội nghị");
        HttpResponse<String> created = contributor.upload("ảnh hội nghị.jpg", photo);
        assertEquals(201, created.statusCode(), created.body());
        String body = created.body();
        assertEquals("JPEG", Json.field(body, "format"));
        assertEquals(1600, width(body));
        assertEquals("ảnh hội nghị.jpg", Json.field(body, "originalName"));
        String key = Json.field(body, "key");
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
        assertEquals(List.of(digest + " ctv.demo JPEG " + photo.length),
                Database.strings("SELECT CONCAT(sha256, ' ', uploaded_by, ' ', format, ' ', size_bytes) FROM media WHERE storage_key = ?", key));

        for (int[] expected : new int[][] {{320, 320, 200}, {768, 768, 480}, {1200, 1200, 750}}) {
            HttpResponse<byte[]> rendition = visitor.bytes("/media/" + key + "/" + expected[0] + ".jpg");
            assertEquals(200, rendition.statusCode());
            assertEquals("image/jpeg", rendition.headers().firstValue("Content-Type").orElse(""));
            assertTrue(rendition.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"));
            assertEquals(List.of("nosniff"), rendition.headers().allValues("X-Content-Type-Options"));
            assertTrue(rendition.headers().allValues("Set-Cookie").isEmpty());
            BufferedImage image = TestImages.read(rendition.body());
            assertEquals(List.of(expected[1], expected[2]), List.of(image.getWidth(), image.getHeight()), "rendition " + expected[0]);
        }
        String etag = visitor.bytes("/media/" + key + "/320.jpg").headers().firstValue("ETag").orElseThrow();
        assertEquals(304, visitor.bytes("/media/" + key + "/320.jpg", "If-None-Match", etag).statusCode());
    }

    @Test
    void originalsAndInventedAddressesAreNotServed() {
        String key = Json.field(contributor.upload("so-do.png", TestImages.scene(400, 300, "png", "PNG")).body(), "key");
        for (String path : List.of("/media/" + key + "/original.png", "/media/" + key + "/500.jpg", "/media/" + key + "/../320.jpg",
                "/media/" + "0".repeat(32) + "/320.jpg", "/media/")) {
            assertEquals(404, visitor.bytes(path).statusCode(), path);
        }
        assertEquals(200, visitor.bytes("/media/" + key + "/768.jpg").statusCode());
    }

    @Test
    void onlyTheMediaOfTheServedSiteAreServed() {
        String ours = Json.field(contributor.upload("anh-cua-trang.jpg", TestImages.scene(400, 300, "jpeg", "A")).body(), "key");
        String otherSites = Json.field(contributor.upload("anh-trang-khac.jpg", TestImages.scene(400, 300, "jpeg", "B")).body(), "key");
        String withoutRow = Json.field(contributor.upload("anh-mo-coi.jpg", TestImages.scene(400, 300, "jpeg", "C")).body(), "key");
        Database.update("INSERT IGNORE INTO site (code, name, short_name, owner_name)"
                + " VALUES ('xa-thu-media', 'Trang TTĐT xã thử', 'Xã thử', 'UBND xã thử')");
        assertEquals(1, Database.update("UPDATE media SET site_id = (SELECT id FROM site WHERE code = 'xa-thu-media')"
                + " WHERE storage_key = ?", otherSites));
        assertEquals(1, Database.update("DELETE FROM media WHERE storage_key = ?", withoutRow),
                "a file left behind by an upload whose row was not committed");

        assertEquals(404, visitor.bytes("/media/" + otherSites + "/320.jpg").statusCode(), "another site's photo");
        assertEquals(404, visitor.bytes("/media/" + withoutRow + "/320.jpg").statusCode(), "a file without its media row");
        assertEquals(200, visitor.bytes("/media/" + ours + "/320.jpg").statusCode(), "this site's photo");
        assertEquals(200, visitor.bytes("/media/" + ours + "/320.jpg").statusCode(), "this site's photo, remembered");
    }

    @Test
    void webpAndGifAreAcceptedAndServedAsJpeg() {
        for (String[] upload : new String[][] {{"nha-van-hoa.webp", "WEBP"}, {"bieu-do.gif", "GIF"}}) {
            byte[] bytes = upload[1].equals("WEBP") ? TestImages.resource(upload[0]) : TestImages.scene(500, 300, "gif", "GIF");
            HttpResponse<String> created = contributor.upload(upload[0], bytes);
            assertEquals(201, created.statusCode(), created.body());
            assertEquals(upload[1], Json.field(created.body(), "format"));
            HttpResponse<byte[]> large = visitor.bytes("/media/" + Json.field(created.body(), "key") + "/1200.jpg");
            BufferedImage image = TestImages.read(large.body());
            assertEquals(width(created.body()), image.getWidth(), "never enlarged");
        }
    }

    @Test
    void filesWhoseContentDoesNotMatchAreRefusedWithAVietnameseMessage() {
        assertRefused(400, "không khớp", contributor.upload("anh.jpg", TestImages.scene(50, 50, "png", "x")));
        assertRefused(400, "Chỉ nhận ảnh", contributor.upload("anh.jpg",
                "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8)));
        byte[] polyglot = concat(TestImages.scene(60, 60, "jpeg", "x"), "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertRefused(400, "dữ liệu lạ", contributor.upload("anh.jpg", polyglot));
        assertRefused(400, "rỗng", contributor.upload("anh.jpg", new byte[0]));
        assertEquals(0, Integer.parseInt(Database.strings("SELECT COUNT(*) FROM media WHERE original_name = 'anh.jpg'").get(0)));
    }

    @Test
    void aPdfIsReadAsAPdfReaderReadsIt() throws Exception {
        assertEquals(201, contributor.upload("ke-hoach.pdf", pdf(null)).statusCode(), "a plain PDF is accepted");
        byte[] hidden = pdf(new PDActionJavaScript("app.alert(1)"));
        assertFalse(new String(hidden, StandardCharsets.ISO_8859_1).contains("JavaScript"), "the action lies in an object stream");
        assertRefused(400, "JavaScript", contributor.upload("ke-hoach-js.pdf", hidden));
        assertRefused(400, "Không đọc được tài liệu PDF", contributor.upload("hong.pdf",
                "%PDF-1.7\n<< /Type /Catalog /Pages 2 0 R\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(0, Integer.parseInt(Database.strings(
                "SELECT COUNT(*) FROM media WHERE original_name IN ('ke-hoach-js.pdf', 'hong.pdf')").get(0)));
    }

    /** A one-page PDF, saved with compressed object streams, whose page runs the action when opened. */
    private static byte[] pdf(PDActionJavaScript onOpen) throws java.io.IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            if (onOpen != null) {
                page.getActions().setO(onOpen);
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out, CompressParameters.DEFAULT_COMPRESSION);
            return out.toByteArray();
        }
    }

    @Test
    void tooLargeUploadsAnswer413() {
        byte[] jpeg = TestImages.scene(100, 100, "jpeg", "x");
        byte[] elevenMegabytes = Arrays.copyOf(jpeg, 11 * 1024 * 1024);
        assertRefused(413, "dung lượng", contributor.upload("anh-lon.jpg", elevenMegabytes));
        assertRefused(413, "dung lượng", contributor.upload("tai-lieu.pdf", new byte[21 * 1024 * 1024]));
    }

    @Test
    void onlyWritersMayUpload() {
        byte[] jpeg = TestImages.scene(40, 40, "jpeg", "x");
        assertEquals(401, Portal.anonymous().upload("anh.jpg", jpeg).statusCode());
        assertEquals(403, Portal.as(Role.FINANCE).upload("anh.jpg", jpeg).statusCode());
        assertEquals(201, Portal.as(Role.APPROVER).upload("anh-duyet.jpg", jpeg).statusCode());
    }

    private static void assertRefused(int status, String messagePart, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains(messagePart), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    /** The media's own width: JSON-B writes properties in alphabetical order, so it comes after the renditions' widths. */
    private static int width(String media) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"width\":(\\d+)}$").matcher(media);
        assertTrue(m.find(), media);
        return Integer.parseInt(m.group(1));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
