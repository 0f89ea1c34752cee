package vn.ttdt.portal.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;
import vn.ttdt.portal.content.application.CategoryView;
import vn.ttdt.portal.content.application.PublicContent;
import vn.ttdt.portal.content.application.PublicItem;
import vn.ttdt.portal.content.domain.PublicItemFilter;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.site.shell.PageFrame;
import vn.ttdt.portal.site.shell.PageFrames;

/**
 * A category's page (/chuyen-muc/{slug}, page {@code trang}) as the page cache renders it: its frame
 * ({@code WEB-INF/frames/category.xhtml}, the site's shell written by Faces once per published-content generation) with
 * the category's name, feed link, description and listing (its items' cards, {@link ItemCards}, and the
 * {@link Paging}) written into its slots. No view is built for the page.
 */
@ApplicationScoped
public class CategoryPages {

    static final String FRAME = "/WEB-INF/frames/category.xhtml";
    static final String PAGE_PARAMETER = "trang";

    @Inject
    private PublicContent content;

    @Inject
    private PageFrames frames;

    /**
     * The page of the category at {@code slug} (letters, digits and hyphens, as the friendly address allows); 404 for a
     * category that is unknown or not shown, or a page number that is not a whole number.
     */
    public void write(String slug, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        OptionalInt number = pageNumber(request.getParameter(PAGE_PARAMETER));
        Optional<CategoryView> category = number.isEmpty() ? Optional.empty() : content.category(slug);
        if (category.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "Không tìm thấy");
            return;
        }
        Page<PublicItem> items = content.items(new PublicItemFilter(slug, null, null, null, null),
                PublicPages.listingPage(number.getAsInt()));
        PageFrame frame = frames.of(FRAME, request, response);
        frame.send(frame.write(parts(category.get(), items, number.getAsInt())), response);
    }

    /**
     * The page asked for, as the Faces view's parameter converted it: none given is the first, a blank one 0; a whole
     * number (also 0, negative or past the last page: the listing is then the first page's or empty, the paging shows
     * the number asked for); anything else none.
     */
    static OptionalInt pageNumber(String value) {
        if (value == null) {
            return OptionalInt.of(1);
        }
        if (value.trim().isEmpty()) {
            return OptionalInt.of(0);
        }
        try {
            return OptionalInt.of(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    static PageFrame.Parts parts(CategoryView category, Page<PublicItem> items, int number) {
        return (slot, writer) -> {
            ItemMarkup out = ItemMarkup.inVietnamese(writer);
            switch (slot) {
                case "name" -> out.text(category.name());
                case "head" -> out.raw("\n    ").empty("link", "rel", "alternate", "type", "application/rss+xml",
                        "title", category.name(), "href", "/rss/" + category.slug());
                case "description" -> out.text(category.description());
                case "listing" -> listing(out, category, items, number);
                default -> throw new IllegalStateException("the category page has no part for the slot " + slot);
            }
        };
    }

    private static void listing(ItemMarkup out, CategoryView category, Page<PublicItem> items, int number)
            throws IOException {
        if (items.total() == 0) {
            out.raw("<p>").label("category.empty").raw("</p>");
        }
        ItemCards.write(out.writer(), items.items(), ItemCards.Layout.listing("category-items"));
        Paging.write(out, "/chuyen-muc/" + category.slug() + "?", number, PublicPages.listingPages(items.total()),
                ItemMarkup.VIETNAMESE);
    }
}
