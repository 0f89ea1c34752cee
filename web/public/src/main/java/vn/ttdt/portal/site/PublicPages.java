package vn.ttdt.portal.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ttdt.portal.content.application.CategoryView;
import vn.ttdt.portal.content.application.PublicContent;
import vn.ttdt.portal.content.application.PublicItem;
import vn.ttdt.portal.content.domain.ContentItemRepository;
import vn.ttdt.portal.content.domain.PublicItemFilter;
import vn.ttdt.portal.content.domain.SearchHits;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

/**
 * The data of the public pages drawn by Faces: home, keyword and search; loaded by view actions, never in getters (the
 * item and category pages are written by {@link ItemPages} and {@link CategoryPages}).
 */
@Named("pages")
@RequestScoped
public class PublicPages {

    public static final int PAGE_SIZE = 10;
    /** Items in the latest news beside the featured story on the home page. */
    static final int BESIDE_FEATURED = 6;
    /** Items in each main category's block on the home page. */
    static final int PER_CATEGORY = 4;

    @Inject
    private PublicContent content;

    private String slug;
    private String query;
    private int pageNumber = 1;
    private List<CategoryView> categories = List.of();
    private Map<CategoryView, List<PublicItem>> latestByCategory = Map.of();
    private List<PublicItem> latest = List.of();
    private PublicItem featured;
    private List<PublicItem> latestBeside = List.of();
    private PublicItem.TagRef tag;
    private Page<PublicItem> results = new Page<>(List.of(), 0);
    private boolean approximate;

    /**
     * The home page: the featured story (the newest item with a cover among the latest, else the newest), the latest
     * news beside it, and the newest items of each main category.
     */
    public void loadHome() {
        categories = content.categories();
        latest = content.newest(PublicItemFilter.all(), PAGE_SIZE);
        featured = latest.stream().filter(i -> i.cover() != null).findFirst().orElse(latest.isEmpty() ? null : latest.get(0));
        latestBeside = latest.stream().filter(i -> i != featured).limit(BESIDE_FEATURED).toList();
        Map<CategoryView, List<PublicItem>> byCategory = new LinkedHashMap<>();
        for (CategoryView c : categories) {
            if (c.parentId() != null) {
                continue;
            }
            List<PublicItem> items = content.newest(new PublicItemFilter(c.slug(), null, null, null, null), PER_CATEGORY);
            if (!items.isEmpty()) {
                byCategory.put(c, items);
            }
        }
        latestByCategory = byCategory;
    }

    public void loadTag() throws IOException {
        tag = slug == null ? null : content.tag(slug).orElse(null);
        if (tag == null) {
            notFound();
            return;
        }
        results = content.items(PublicItemFilter.tagged(slug), listingPage(pageNumber));
    }

    public void loadSearch() {
        if (query != null && !query.isBlank() && query.length() <= 200) {
            SearchHits<PublicItem> found = content.search(new PublicItemFilter(null, null, null, null, query),
                    listingPage(pageNumber));
            results = found.page();
            approximate = found.approximate();
        }
    }

    /** The absolute address of a public path, for Open Graph and other links that leave the site. */
    public String absolute(String path) {
        HttpServletRequest request = (HttpServletRequest) jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return vn.ttdt.portal.site.feeds.SiteUrls.of(request).path(path);
    }

    public String date(Instant instant) {
        return PublicDates.format(instant);
    }

    public int getPageCount() {
        long shown = query == null ? results.total() : Math.min(results.total(), ContentItemRepository.SEARCH_WINDOW);
        return listingPages(shown);
    }

    /** How many listing pages {@code shown} items fill: at least one. */
    static int listingPages(long shown) {
        return (int) Math.max(1, (shown + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The listing's page {@code number} (the first for a number below 1). */
    static PageRequest listingPage(int number) {
        return new PageRequest((Math.max(1, number) - 1) * PAGE_SIZE, PAGE_SIZE, null, false);
    }

    /** Whether a search found more matches than it shows (the newest {@link #getSearchWindow()}). */
    public boolean isMoreThanShown() {
        return query != null && results.total() > ContentItemRepository.SEARCH_WINDOW;
    }

    /** The query as it goes into a link's address ("a&b #1" → "a%26b+%231"). */
    public String getEncodedQuery() {
        return query == null ? "" : URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    public int getSearchWindow() {
        return ContentItemRepository.SEARCH_WINDOW;
    }


    /** Answers the request with the 404 page. */
    public static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "Không tìm thấy");
        faces.responseComplete();
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public int getPageNumber() { return pageNumber; }
    public void setPageNumber(int pageNumber) { this.pageNumber = pageNumber; }
    public List<CategoryView> getCategories() { return categories; }
    public Map<CategoryView, List<PublicItem>> getLatestByCategory() { return latestByCategory; }
    public List<PublicItem> getLatest() { return latest; }
    /** The home page's featured story; null while nothing is published. */
    public PublicItem getFeatured() { return featured; }
    public List<PublicItem> getLatestBeside() { return latestBeside; }
    public PublicItem.TagRef getTag() { return tag; }
    public Page<PublicItem> getResults() { return results; }
    /** Whether the search's results hold most of the words, no item holding them all. */
    public boolean isApproximate() { return approximate; }
}
