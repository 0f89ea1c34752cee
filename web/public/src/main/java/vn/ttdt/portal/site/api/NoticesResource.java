package vn.ttdt.portal.site.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.ttdt.portal.site.notices.application.PublicNotice;
import vn.ttdt.portal.site.notices.application.PublicNotices;

/** The planned outages announced now: the same notices as the banner on every public page. */
@Path("/notices")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class NoticesResource {

    /** The answer of {@code GET /notices}. */
    public record NoticeList(List<PublicNotice> items) {
    }

    @Inject
    private PublicNotices notices;

    @GET
    public NoticeList list() {
        return new NoticeList(notices.showing());
    }
}
