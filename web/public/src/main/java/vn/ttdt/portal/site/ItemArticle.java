package vn.ttdt.portal.site;

import java.io.IOException;
import java.util.List;
import vn.ttdt.portal.content.application.PublicItem;
import vn.ttdt.portal.content.application.PublicPhoto;

/**
 * An item's breadcrumb and article: title, date, lead, cover, body, photos, authors and source, keywords
 * ({@link ItemMarkup}), instead of some forty expressions and a dozen components built for every request that renders
 * the page; the body is the editor's sanitised HTML, written as it stands.
 */
final class ItemArticle {

    private ItemArticle() {
    }

    static void write(ItemMarkup out, PublicItem item) throws IOException {
        out.raw("\n    <nav aria-label=\"breadcrumb\" class=\"breadcrumb\"><a href=\"/\">").label("nav.home").raw("</a> ›\n      ")
                .start("a", "href", "/chuyen-muc/" + item.category().slug()).text(item.category().name()).end("a").raw("</nav>")
                .raw("\n    <article class=\"item-article\">\n      <h1 id=\"item-title\">").text(item.title())
                .raw("</h1>\n      <p class=\"item-meta\">").label("item.publishedAt").raw(" ")
                .start("time", "datetime", String.valueOf(item.publishedAt())).text(PublicDates.format(item.publishedAt()))
                .end("time").raw("</p>\n      <p class=\"item-lead\"><strong>").text(item.lead()).raw("</strong></p>");
        if (item.cover() != null) {
            out.figure("<figure class=\"item-cover\" id=\"item-cover\">", item.cover(), "        ", false);
        }
        out.raw("\n      <div class=\"item-body\" id=\"item-body\">").raw(item.body() == null ? "" : item.body()).raw("</div>");
        if (!item.photos().isEmpty()) {
            out.raw("\n        <section class=\"item-photos\" id=\"item-photos\" aria-labelledby=\"photos-heading\">"
                    + "\n          <h2 id=\"photos-heading\">").label("item.photos").raw("</h2>");
            for (PublicPhoto photo : item.photos()) {
                out.figure("<figure class=\"item-photo\">", photo, "            ", true);
            }
            out.raw("\n        </section>");
        }
        out.raw("\n      <p class=\"item-credits\"><span>").label("item.authors").raw(" ");
        List<String> authors = item.authors();
        for (int i = 0; i < authors.size(); i++) {
            out.text(authors.get(i)).text(i == authors.size() - 1 ? "" : ", ");
        }
        out.raw("</span>\n        · <span>").label("item.source").raw(" ").text(item.sourceUnit()).raw("</span></p>");
        if (!item.tags().isEmpty()) {
            out.start("div", "class", "item-tags").raw("\n        <span id=\"item-tags-label\">").label("item.tags")
                    .raw("</span>\n        <ul id=\"item-tags\" aria-labelledby=\"item-tags-label\">");
            for (PublicItem.TagRef tag : item.tags()) {
                out.raw("<li>").start("a", "href", "/the/" + tag.slug(), "rel", "tag").text(tag.name()).end("a").raw("</li>");
            }
            out.raw("</ul>").end("div");
        }
        out.raw("\n      <p class=\"item-print-hint\">").label("item.print").raw("</p>\n    </article>");
    }
}
