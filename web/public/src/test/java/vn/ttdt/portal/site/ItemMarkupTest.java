package vn.ttdt.portal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.content.application.PublicItem;
import vn.ttdt.portal.content.application.PublicPhoto;
import vn.ttdt.portal.site.feeds.SiteUrls;

/**
 * The item page's head tags, article and "Tin liên quan" as they are written into its frame: the markup the template's
 * lines wrote (the same elements, attributes in the same order, the same line breaks), the visitor-facing texts escaped
 * and the body written as it stands.
 */
class ItemMarkupTest {

    private static final Instant PUBLISHED = Instant.parse("2024-03-05T01:30:00Z");
    private static final PublicPhoto COVER = PublicPhoto.of("Cầu gỗ ven hồ", "Lê Thu Hà", "abc", 1600, 1200);
    private static final PublicPhoto PHOTO = PublicPhoto.of("Thuyền bên hồ", "Trần An", "def", 800, 600);

    private static PublicItem item(PublicPhoto cover, List<PublicPhoto> photos, List<PublicItem.TagRef> tags,
                                   List<PublicItem.RelatedItem> related) {
        return new PublicItem(7, "hoi-nghi", "NEWS", "Hội nghị \"A\" & <B>", "Sáng nay, xã tổ chức hội nghị.",
                "<p>Nội dung <strong>chính</strong></p>", PUBLISHED, new PublicItem.CategoryRef("tin-tuc", "Tin tức"),
                "Văn phòng UBND", List.of("Lâm Đức Vân", "Đỗ Nam"), tags, related, cover, photos);
    }

    private static final SiteUrls SITE = SiteUrls.of("http", "portal.test", 80, "");

    /** Writes a part of the item page. */
    @FunctionalInterface
    private interface Part {
        void write(ItemMarkup out, PublicItem item) throws IOException;
    }

    private static String written(Part part, PublicItem item) throws IOException {
        RecordingWriter writer = new RecordingWriter();
        part.write(new ItemMarkup(writer, ResourceBundle.getBundle("vn.ttdt.portal.site.ui", Locale.forLanguageTag("vi"))), item);
        return writer.markup();
    }

    private static String img(PublicPhoto photo, String lazy) {
        return "<img src=\"" + photo.medium().url() + "\" srcset=\"" + photo.srcset() + "\" sizes=\"(max-width: 1100px) 100vw, 1020px\""
                + lazy + " width=\"" + photo.medium().width() + "\" height=\"" + photo.medium().height() + "\" alt=\""
                + photo.caption() + "\" />";
    }

    @Test
    void anArticleWithCoverPhotosAndKeywordsIsWrittenAsTheTemplateWroteIt() throws IOException {
        String date = PublicDates.format(PUBLISHED);
        String expected = "\n    <nav aria-label=\"breadcrumb\" class=\"breadcrumb\"><a href=\"/\">Trang chủ</a> ›\n"
                + "      <a href=\"/chuyen-muc/tin-tuc\">Tin tức</a></nav>\n"
                + "    <article class=\"item-article\">\n"
                + "      <h1 id=\"item-title\">Hội nghị \"A\" &amp; &lt;B&gt;</h1>\n"
                + "      <p class=\"item-meta\">Đăng lúc <time datetime=\"2024-03-05T01:30:00Z\">" + date + "</time></p>\n"
                + "      <p class=\"item-lead\"><strong>Sáng nay, xã tổ chức hội nghị.</strong></p>\n"
                + "        <figure class=\"item-cover\" id=\"item-cover\">\n"
                + "          <picture>\n"
                + "            " + img(COVER, "") + "\n"
                + "          </picture>\n"
                + "          <figcaption>Cầu gỗ ven hồ <span class=\"photo-credit\">Ảnh: Lê Thu Hà</span></figcaption>\n"
                + "        </figure>\n"
                + "      <div class=\"item-body\" id=\"item-body\"><p>Nội dung <strong>chính</strong></p></div>\n"
                + "        <section class=\"item-photos\" id=\"item-photos\" aria-labelledby=\"photos-heading\">\n"
                + "          <h2 id=\"photos-heading\">Hình ảnh</h2>\n"
                + "            <figure class=\"item-photo\">\n"
                + "              <picture>\n"
                + "                " + img(PHOTO, " loading=\"lazy\"") + "\n"
                + "              </picture>\n"
                + "              <figcaption>Thuyền bên hồ <span class=\"photo-credit\">Ảnh: Trần An</span></figcaption>\n"
                + "            </figure>\n"
                + "        </section>\n"
                + "      <p class=\"item-credits\"><span>Tác giả: Lâm Đức Vân, Đỗ Nam</span>\n"
                + "        · <span>Nguồn: Văn phòng UBND</span></p><div class=\"item-tags\">\n"
                + "        <span id=\"item-tags-label\">Từ khóa:</span>\n"
                + "        <ul id=\"item-tags\" aria-labelledby=\"item-tags-label\"><li><a href=\"/the/mot-cua\" rel=\"tag\">một cửa</a></li></ul></div>\n"
                + "      <p class=\"item-print-hint\">In trang này bằng lệnh in của trình duyệt (Ctrl+P).</p>\n"
                + "    </article>";
        assertEquals(expected, written(ItemArticle::write,
                item(COVER, List.of(PHOTO), List.of(new PublicItem.TagRef("mot-cua", "một cửa")), List.of())));
    }

    @Test
    void withoutCoverPhotosOrKeywordsTheArticleLeavesTheirPlacesOut() throws IOException {
        String article = written(ItemArticle::write, item(null, List.of(), List.of(), List.of()));
        assertTrue(article.contains("</strong></p>\n      <div class=\"item-body\" id=\"item-body\"><p>Nội dung <strong>chính</strong></p></div>\n"
                + "      <p class=\"item-credits\">"), article);
        assertTrue(article.contains("Nguồn: Văn phòng UBND</span></p>\n      <p class=\"item-print-hint\">"), article);
    }

    @Test
    void theHeadNamesTheCoverForSharingOnlyWhenThereIsOne() throws IOException {
        String prefix = "\n    <meta name=\"description\" content=\"Sáng nay, xã tổ chức hội nghị.\" />"
                + "\n    <meta property=\"og:type\" content=\"article\" />"
                + "\n    <meta property=\"og:title\" content=\"Hội nghị &quot;A&quot; &amp; &lt;B&gt;\" />"
                + "\n    <meta property=\"og:description\" content=\"Sáng nay, xã tổ chức hội nghị.\" />"
                + "\n    <meta property=\"og:url\" content=\"http://portal.test/tin/hoi-nghi\" />"
                + "\n    <meta property=\"og:site_name\" content=\"Cổng TTĐT\" />"
                + "\n    <meta property=\"article:published_time\" content=\"2024-03-05T01:30:00Z\" />";
        String suffix = "\n    <meta name=\"twitter:title\" content=\"Hội nghị &quot;A&quot; &amp; &lt;B&gt;\" />"
                + "\n    <meta name=\"twitter:description\" content=\"Sáng nay, xã tổ chức hội nghị.\" />"
                + "\n    <link rel=\"canonical\" href=\"/tin/hoi-nghi\" />";
        Part head = (out, item) -> ItemHead.write(out, item, SITE, "Cổng TTĐT");
        assertEquals(prefix + "\n    <meta name=\"twitter:card\" content=\"summary\" />" + suffix,
                written(head, item(null, List.of(), List.of(), List.of())));
        String share = "http://portal.test" + COVER.share().url();
        assertEquals(prefix
                        + "\n      <meta property=\"og:image\" content=\"" + share + "\" />"
                        + "\n      <meta property=\"og:image:type\" content=\"image/jpeg\" />"
                        + "\n      <meta property=\"og:image:width\" content=\"" + COVER.share().width() + "\" />"
                        + "\n      <meta property=\"og:image:height\" content=\"" + COVER.share().height() + "\" />"
                        + "\n      <meta property=\"og:image:alt\" content=\"Cầu gỗ ven hồ\" />"
                        + "\n      <meta name=\"twitter:image\" content=\"" + share + "\" />"
                        + "\n    <meta name=\"twitter:card\" content=\"summary_large_image\" />" + suffix,
                written(head, item(COVER, List.of(), List.of(), List.of())));
    }

    @Test
    void relatedItemsAreListedWithTheirDatesAndNothingIsWrittenWithoutThem() throws IOException {
        Instant earlier = Instant.parse("2024-03-01T10:00:00Z");
        String related = written(RelatedItems::write, item(null, List.of(), List.of(),
                List.of(new PublicItem.RelatedItem("tiep-theo", "Tin <tiếp> theo", earlier))));
        assertEquals("\n      <section class=\"item-related\" aria-labelledby=\"related-title\">\n"
                + "        <h2 id=\"related-title\">Tin liên quan</h2>\n"
                + "        <ul id=\"related-items\">\n"
                + "            <li><a href=\"/tin/tiep-theo\">Tin &lt;tiếp&gt; theo</a> <time class=\"item-meta\" datetime=\"2024-03-01T10:00:00Z\">"
                + PublicDates.format(earlier) + "</time></li>\n"
                + "        </ul>\n"
                + "      </section>", related);
        assertEquals("", written(RelatedItems::write, item(null, List.of(), List.of(), List.of())));
    }
}
