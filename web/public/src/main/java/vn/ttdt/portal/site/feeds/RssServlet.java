package vn.ttdt.portal.site.feeds;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ttdt.portal.content.application.CategoryView;
import vn.ttdt.portal.content.application.PublicContent;
import vn.ttdt.portal.content.application.PublicItem;
import vn.ttdt.portal.content.domain.PublicItemFilter;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.application.SiteInfo;

/** RSS 2.0 of the {@value #SIZE} latest published items: {@code /rss} for the whole site, {@code /rss/{slug}} for a category. */
@WebServlet(urlPatterns = {"/rss", "/rss/*"})
public class RssServlet extends HttpServlet {

    static final int SIZE = 20;
    private static final Pattern CATEGORY = Pattern.compile("^/([a-z0-9-]{1,140})/?$");

    @Inject
    private PublicContent content;

    @Inject
    private SiteDirectory sites;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteUrls urls = SiteUrls.orBadRequest(request, response).orElse(null);
        if (urls == null) {
            return;
        }
        String path = request.getPathInfo();
        String slug = null;
        CategoryView category = null;
        if (path != null && !path.equals("/")) {
            slug = categorySlug(path).orElse(null);
            category = slug == null ? null : content.category(slug).orElse(null);
            if (category == null) {
                PlainText.send(response, 404, "Không tìm thấy chuyên mục.");
                return;
            }
        }
        List<PublicItem> items = content.newest(new PublicItemFilter(slug, null, null, null, null), SIZE);
        FeedWriter.send(response, channel(sites.info(), category, urls), FeedWriter.entries(items, urls), Instant.now());
    }

    /** The category slug in {@code /{slug}} or {@code /{slug}/}; empty for anything else. */
    static Optional<String> categorySlug(String pathInfo) {
        Matcher m = CATEGORY.matcher(pathInfo == null ? "" : pathInfo);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static FeedWriter.Channel channel(SiteInfo site, CategoryView category, SiteUrls urls) {
        if (category == null) {
            return new FeedWriter.Channel(site.name(), urls.home(), urls.path("/rss"),
                    "Tin, bài mới nhất của " + site.name());
        }
        String description = category.description() == null || category.description().isBlank()
                ? "Tin, bài mới nhất chuyên mục " + category.name() + " – " + site.name() : category.description();
        return new FeedWriter.Channel(site.name() + " – " + category.name(), urls.category(category.slug()),
                urls.path("/rss/" + category.slug()), description);
    }
}
