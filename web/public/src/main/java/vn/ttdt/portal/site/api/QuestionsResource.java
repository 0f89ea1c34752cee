package vn.ttdt.portal.site.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import vn.ttdt.portal.questions.application.PublicQuestions;
import vn.ttdt.portal.questions.application.PublishedQuestion;
import vn.ttdt.portal.questions.domain.QuestionField;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

/** Published citizens' questions and their answers; never the asker's contact details. */
@Path("/questions")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class QuestionsResource {

    /** The answer of {@code GET /questions}. */
    public record QuestionPage(List<PublishedQuestion> items, long total) {
    }

    @Inject
    private PublicQuestions questions;

    @GET
    public QuestionPage list(@QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("field") String field) {
        int pageNumber = Parameters.integer("page", page, 0, 0, 100_000);
        int pageSize = Parameters.integer("size", size, 20, 1, 100);
        Page<PublishedQuestion> result = questions.published(field(field), new PageRequest(pageNumber * pageSize, pageSize, null, false));
        return new QuestionPage(result.items(), result.total());
    }

    @GET
    @Path("{code}")
    public PublishedQuestion one(@PathParam("code") String code) {
        return questions.publishedByCode(code).orElseThrow(() -> new NotFoundException("Không có câu hỏi đã công khai với mã này"));
    }

    private static QuestionField field(String value) {
        String name = Parameters.text("field", value, 30);
        if (name == null) {
            return null;
        }
        return Arrays.stream(QuestionField.values()).filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new BadParameter("field", "field phải là một lĩnh vực trong danh sách"));
    }
}
