package vn.ttdt.portal.site;

import java.io.IOException;
import vn.ttdt.portal.content.application.PublicItem;
import vn.ttdt.portal.content.application.PublicPhoto;
import vn.ttdt.portal.site.feeds.SiteUrls;

/**
 * The description, Open Graph and Twitter tags and the canonical address in an item page's head ({@link ItemMarkup}):
 * as template lines they were about twenty expressions, each resolving the page's bean, its item and an accessor, for
 * every request that renders the page.
 */
final class ItemHead {

    private ItemHead() {
    }

    static void write(ItemMarkup out, PublicItem item, SiteUrls site, String siteName) throws IOException {
        String published = String.valueOf(item.publishedAt());
        meta(out, "name", "description", item.lead());
        meta(out, "property", "og:type", "article");
        meta(out, "property", "og:title", item.title());
        meta(out, "property", "og:description", item.lead());
        meta(out, "property", "og:url", site.path("/tin/" + item.slug()));
        meta(out, "property", "og:site_name", siteName);
        meta(out, "property", "article:published_time", published);
        PublicPhoto cover = item.cover();
        if (cover != null) {
            String image = site.path(cover.share().url());
            coverMeta(out, "property", "og:image", image);
            coverMeta(out, "property", "og:image:type", "image/jpeg");
            coverMeta(out, "property", "og:image:width", String.valueOf(cover.share().width()));
            coverMeta(out, "property", "og:image:height", String.valueOf(cover.share().height()));
            coverMeta(out, "property", "og:image:alt", cover.caption());
            coverMeta(out, "name", "twitter:image", image);
        }
        meta(out, "name", "twitter:card", cover != null ? "summary_large_image" : "summary");
        meta(out, "name", "twitter:title", item.title());
        meta(out, "name", "twitter:description", item.lead());
        out.raw("\n    ").empty("link", "rel", "canonical", "href", "/tin/" + item.slug());
    }

    private static void meta(ItemMarkup out, String kind, String name, String content) throws IOException {
        out.raw("\n    ").empty("meta", kind, name, "content", content);
    }

    private static void coverMeta(ItemMarkup out, String kind, String name, String content) throws IOException {
        out.raw("\n      ").empty("meta", kind, name, "content", content);
    }
}
