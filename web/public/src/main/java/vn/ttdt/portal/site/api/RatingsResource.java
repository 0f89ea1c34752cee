package vn.ttdt.portal.site.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ResourceBundle;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.site.rating.application.RatingDesk;
import vn.ttdt.portal.site.rating.application.RatingOutcome;
import vn.ttdt.portal.site.rating.application.RatingReceipt;
import vn.ttdt.portal.site.rating.application.RatingRequest;

/** {@code POST /ratings}: the satisfaction rating of a public page, sent by the page's script; anonymous, no cookie. */
@Path("/ratings")
public class RatingsResource {

    private static final int TOO_MANY_REQUESTS = 429;
    private static final ResourceBundle UI = ResourceBundle.getBundle("vn.ttdt.portal.site.ui", DomainTexts.VIETNAMESE,
            RatingsResource.class.getClassLoader());

    /** A vote: the page's kind and reference, the score 1–5, an optional comment. */
    public record RatingInput(String kind, String ref, Integer score, String comment) {
    }

    /** What became of the vote, and the sentence to show. */
    public record RatingAnswer(String outcome, String message) {
    }

    @Inject
    private RatingDesk desk;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response rate(RatingInput input) {
        if (input == null) {
            throw new BadParameter("kind", "Thiếu nội dung đánh giá");
        }
        RatingRequest vote = new RatingRequest(input.kind(), input.ref(), input.score() == null ? null : input.score().toString(),
                input.comment());
        RatingReceipt receipt = desk.rate(vote, request.getRemoteAddr(), request.getHeader("User-Agent"))
                .orElseThrow(() -> new NotFoundException("Không có trang thông tin này"));
        RatingOutcome outcome = receipt.outcome();
        int status = switch (outcome) {
            case RECORDED, ALREADY_TODAY -> 200;
            case TOO_MANY -> TOO_MANY_REQUESTS;
            case INVALID -> 400;
        };
        return Response.status(status).header("Cache-Control", "no-store")
                .entity(new RatingAnswer(outcome.name(), UI.getString("rating.outcome." + outcome.name()))).build();
    }
}
