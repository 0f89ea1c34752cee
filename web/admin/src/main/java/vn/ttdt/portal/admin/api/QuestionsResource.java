package vn.ttdt.portal.admin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import vn.ttdt.portal.questions.application.AttachedFile;
import vn.ttdt.portal.questions.application.AttachmentStore;
import vn.ttdt.portal.questions.application.OverdueQuestion;
import vn.ttdt.portal.questions.application.QuestionDesk;
import vn.ttdt.portal.questions.application.QuestionFile;
import vn.ttdt.portal.questions.application.QuestionFiguresReport;
import vn.ttdt.portal.questions.application.QuestionReport;
import vn.ttdt.portal.questions.application.StaffQuestion;
import vn.ttdt.portal.questions.domain.QuestionState;
import vn.ttdt.portal.questions.infrastructure.export.QuestionStatisticsSpreadsheet;
import vn.ttdt.portal.shared.domain.Page;

/**
 * Citizens' questions in the back-office: the board moderates and forwards, the unit's reporter answers its own
 * unit's questions (another unit's answer 404) and attaches files to its answer, an approver approves and publishes or
 * sends privately.
 */
@Path("/questions")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"unit-reporter", "editor", "approver"})
public class QuestionsResource {

    /** A reason: for spam, a decline or an extension (with its working days). */
    public record Reason(String reason, Integer workingDays) {
    }

    public record Forwarding(Long unitId, Integer workingDays, String note) {
    }

    public record Answer(String answer) {
    }

    @Inject
    private QuestionDesk desk;

    @Inject
    private QuestionReport report;

    @GET
    @RolesAllowed({"editor", "approver"})
    public Page<StaffQuestion> inbox(@QueryParam("state") String state, @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue("20") int size) {
        QuestionState chosen = state == null || state.isBlank() ? null : Arrays.stream(QuestionState.values())
                .filter(s -> s.name().equals(state)).findFirst().orElseThrow(() -> new BadRequestException("state không hợp lệ"));
        return desk.inbox(chosen, Paging.of(page, size, null));
    }

    @GET
    @Path("/mine")
    @RolesAllowed("unit-reporter")
    public Page<StaffQuestion> mine(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return desk.forMyUnit(Paging.of(page, size, null));
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({"editor", "approver"})
    public Page<OverdueQuestion> overdue(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return desk.overdue(Paging.of(page, size, null));
    }

    @GET
    @Path("/statistics")
    @RolesAllowed({"unit-reporter", "editor", "approver"})
    public QuestionFiguresReport statistics(@QueryParam("from") String from, @QueryParam("to") String to) {
        return report.of(day(from, "from"), day(to, "to"));
    }

    @GET
    @Path("/statistics.xlsx")
    @Produces(QuestionStatisticsSpreadsheet.MEDIA_TYPE)
    @RolesAllowed({"unit-reporter", "editor", "approver"})
    public Response statisticsSpreadsheet(@QueryParam("from") String from, @QueryParam("to") String to) {
        QuestionFiguresReport figures = report.of(day(from, "from"), day(to, "to"));
        return Response.ok((StreamingOutput) out -> QuestionStatisticsSpreadsheet.write(figures, out), QuestionStatisticsSpreadsheet.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"thong-ke-hoi-dap-" + figures.from() + "-" + figures.to() + ".xlsx\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/{id}")
    public StaffQuestion get(@PathParam("id") long id) {
        return desk.get(id);
    }

    @GET
    @Path("/{id}/attachment")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response attachment(@PathParam("id") long id) {
        return download(desk.attachment(id));
    }

    @GET
    @Path("/{id}/answer-files/{key}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response answerFile(@PathParam("id") long id, @PathParam("key") String key) {
        return download(desk.answerFile(id, key));
    }

    /** The file is the raw request body, its name in the {@code X-File-Name} header (percent-encoded UTF-8), as for media. */
    @POST
    @Path("/{id}/answer-files")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("unit-reporter")
    public StaffQuestion attachToAnswer(@PathParam("id") long id, @HeaderParam("X-File-Name") String fileName, InputStream body) throws IOException {
        RawUpload file = RawUpload.read(fileName, body, AttachmentStore.maxBytes(), "media.tooLarge");
        return desk.attachToAnswer(id, new QuestionFile(file.name(), file.bytes()));
    }

    @DELETE
    @Path("/{id}/answer-files/{key}")
    @RolesAllowed("unit-reporter")
    public StaffQuestion detachFromAnswer(@PathParam("id") long id, @PathParam("key") String key) {
        return desk.detachFromAnswer(id, key);
    }

    private static Response download(AttachedFile file) {
        return Response.ok(file.path().toFile(), file.contentType()).header("Content-Disposition", file.contentDisposition())
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/{id}/spam")
    @RolesAllowed({"editor", "approver"})
    public StaffQuestion spam(@PathParam("id") long id, Reason body) {
        return desk.markSpam(id, body == null ? null : body.reason());
    }

    @POST
    @Path("/{id}/forward")
    @RolesAllowed({"editor", "approver"})
    public StaffQuestion forward(@PathParam("id") long id, Forwarding body) {
        if (body == null || body.unitId() == null) {
            throw new BadRequestException("Vui lòng chọn đơn vị trả lời");
        }
        if (body.workingDays() != null && (body.workingDays() < 1 || body.workingDays() > 60)) {
            throw new BadRequestException("Thời hạn phải từ 1 đến 60 ngày làm việc");
        }
        return desk.forward(id, body.unitId(), body.workingDays(), body.note());
    }

    @POST
    @Path("/{id}/extend")
    @RolesAllowed("unit-reporter")
    public StaffQuestion extend(@PathParam("id") long id, Reason body) {
        if (body == null || body.workingDays() == null || body.workingDays() < 1 || body.workingDays() > 30) {
            throw new BadRequestException("Số ngày làm việc gia hạn phải từ 1 đến 30");
        }
        return desk.extendDeadline(id, body.workingDays(), body.reason());
    }

    @POST
    @Path("/{id}/answer")
    @RolesAllowed("unit-reporter")
    public StaffQuestion answer(@PathParam("id") long id, Answer body) {
        return desk.draftAnswer(id, body == null ? null : body.answer());
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed("unit-reporter")
    public StaffQuestion decline(@PathParam("id") long id, Reason body) {
        return desk.decline(id, body == null ? null : body.reason());
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed("approver")
    public StaffQuestion approve(@PathParam("id") long id, Answer body) {
        return desk.approve(id, body == null ? null : body.answer());
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed("approver")
    public StaffQuestion publish(@PathParam("id") long id) {
        return desk.publish(id);
    }

    @POST
    @Path("/{id}/send-privately")
    @RolesAllowed("approver")
    public StaffQuestion sendPrivately(@PathParam("id") long id) {
        return desk.sendPrivately(id);
    }

    private static LocalDate day(String text, String name) {
        return DayParameter.of(text, name);
    }
}
