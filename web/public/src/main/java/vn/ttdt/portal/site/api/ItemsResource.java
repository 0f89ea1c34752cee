package vn.ttdt.portal.site.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import vn.ttdt.portal.content.application.CategoryView;
import vn.ttdt.portal.content.application.PublicContent;
import vn.ttdt.portal.content.application.PublicItem;
import vn.ttdt.portal.content.domain.PublicItemFilter;
import vn.ttdt.portal.content.domain.SearchHits;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

/** Published news and articles, and the visible categories. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ItemsResource {

    /** The answer of {@code GET /items}; {@code approximate}: a search whose results hold most of the words, not all. */
    public record ItemPage(List<PublicItem> items, long total, boolean approximate) {

        /** Consistent with the record's equality and cheap (see {@link PublicItem#hashCode()}). */
        @Override
        public int hashCode() {
            return 31 * (31 * Long.hashCode(total) + items.size()) + Boolean.hashCode(approximate);
        }
    }

    @Inject
    private PublicContent content;

    @GET
    @Path("categories")
    public List<CategoryView> categories() {
        return content.categories();
    }

    @GET
    @Path("items")
    public ItemPage items(@QueryParam("page") String page, @QueryParam("size") String size,
                          @QueryParam("category") String category, @QueryParam("unit") String unit,
                          @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("q") String q,
                          @QueryParam("tag") String tag) {
        int pageNumber = Parameters.integer("page", page, 0, 0, 100_000);
        int pageSize = Parameters.integer("size", size, 20, 1, 100);
        Instant fromInstant = Parameters.day("from", from, false);
        Instant toInstant = Parameters.day("to", to, true);
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            throw new BadParameter("to", "to phải không sớm hơn from");
        }
        PublicItemFilter filter = new PublicItemFilter(Parameters.text("category", category, 120),
                Parameters.id("unit", unit), fromInstant, toInstant, Parameters.text("q", q, 200),
                Parameters.text("tag", tag, 120));
        PageRequest request = new PageRequest(pageNumber * pageSize, pageSize, null, false);
        if (filter.query() != null && !filter.query().isBlank()) {
            SearchHits<PublicItem> found = content.search(filter, request);
            return new ItemPage(found.page().items(), found.page().total(), found.approximate());
        }
        Page<PublicItem> result = content.items(filter, request);
        return new ItemPage(result.items(), result.total(), false);
    }

    @GET
    @Path("items/{slug}")
    public PublicItem item(@PathParam("slug") String slug) {
        return content.item(slug).orElseThrow(() -> new NotFoundException("Không tìm thấy tin/bài " + slug));
    }
}
