package vn.ttdt.portal.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.ttdt.portal.content.application.PublicContent;
import vn.ttdt.portal.content.application.PublicItem;
import vn.ttdt.portal.site.feeds.SiteUrls;
import vn.ttdt.portal.site.shell.PageFrame;
import vn.ttdt.portal.site.shell.PageFrames;
import vn.ttdt.portal.site.theme.application.PublicTheme;

/**
 * An item's page (/tin/{slug}) as the page cache renders it: its frame ({@code WEB-INF/frames/item.xhtml}, the site's
 * shell written by Faces once per published-content generation) with the item's title, head tags, article, the rating
 * form's reference and the related items written into its slots. No view is built for the item: the frame is the
 * template's markup, the parts are {@link ItemHead}'s, {@link ItemArticle}'s and {@link RelatedItems}'.
 */
@ApplicationScoped
public class ItemPages {

    static final String FRAME = "/WEB-INF/frames/item.xhtml";

    @Inject
    private PublicContent content;

    @Inject
    private PublicTheme themes;

    @Inject
    private PageFrames frames;

    /** The page of the item at {@code slug} (letters, digits and hyphens, as the friendly address allows), or 404. */
    public void write(String slug, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Optional<PublicItem> found = content.item(slug);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "Không tìm thấy");
            return;
        }
        PageFrame frame = frames.of(FRAME, request, response);
        frame.send(frame.write(parts(found.get(), SiteUrls.of(request), themes.current().siteName())), response);
    }

    static PageFrame.Parts parts(PublicItem item, SiteUrls site, String siteName) {
        return (slot, writer) -> {
            ItemMarkup out = ItemMarkup.inVietnamese(writer);
            switch (slot) {
                case "title" -> out.text(item.title());
                case "head" -> ItemHead.write(out, item, site, siteName);
                case "article" -> ItemArticle.write(out, item);
                case "ref" -> out.raw(item.slug());
                case "related" -> RelatedItems.write(out, item);
                default -> throw new IllegalStateException("the item page has no part for the slot " + slot);
            }
        };
    }
}
