package vn.ttdt.portal.admin.api;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.ttdt.portal.content.application.ImportRejected;
import vn.ttdt.portal.content.domain.WorkflowException;
import vn.ttdt.portal.shared.application.DatabaseAvailability;
import vn.ttdt.portal.procedures.application.OneStopRejected;
import vn.ttdt.portal.procedures.application.ProcedureRejected;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.application.FailureCause;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.NotFoundException;
import vn.ttdt.portal.shared.domain.StaleDataException;

/** Turns failures into JSON errors with Vietnamese messages: 400, 403, 404, 409, 503 (database unreachable, with Retry-After) or 500. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Inject
    private DatabaseAvailability database;

    @Override
    public Response toResponse(Exception exception) {
        Throwable cause = FailureCause.of(exception);
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return json(web.getResponse().getStatus(), ApiError.of(web.getResponse().getStatus(),
                    web.getMessage() == null ? "" : web.getMessage()));
        }
        if (cause instanceof ProcessingException) {
            return json(400, ApiError.of(400, text("json.malformed")));
        }
        if (cause instanceof ConstraintViolationException violations) {
            return ValidationErrorMapper.badRequest(violations);
        }
        if (cause instanceof OneStopRejected rejected) {
            return json(400, new ApiError(400, text("oneStop.rejected"), rejected.problems().stream()
                    .map(p -> new ApiError.FieldError((p.record() == 0 ? "tệp" : "dòng " + p.record())
                            + (p.field() == null ? "" : "." + p.field()), p.message()))
                    .toList()));
        }
        if (cause instanceof ProcedureRejected rejected) {
            return json(400, new ApiError(400, text("validation"), rejected.problems().stream()
                    .map(p -> new ApiError.FieldError(p.field() == null ? "procedure" : p.field(), p.message())).toList()));
        }
        if (cause instanceof ImportRejected rejected) {
            return json(400, new ApiError(400, text("import.rejected"), rejected.problems().stream()
                    .map(p -> new ApiError.FieldError("bản ghi " + p.record() + (p.field() == null ? "" : "." + p.field()), p.message()))
                    .toList()));
        }
        if (cause instanceof WorkflowException refusal && refusal.isRefusal()) {
            return json(403, ApiError.of(403, text(refusal.messageKey())));
        }
        if (cause instanceof BusinessRuleException rule) {
            return json(400, ApiError.of(400, DomainTexts.text(rule.messageKey(), rule.arguments())));
        }
        if (cause instanceof NotFoundException || cause instanceof NoSuchJobExecutionException) {
            return json(404, ApiError.of(404, text("notFound")));
        }
        if (cause instanceof JobExecutionAlreadyCompleteException || cause instanceof JobExecutionNotMostRecentException
                || cause instanceof JobRestartException) {
            return json(409, ApiError.of(409, text("job.notRestartable")));
        }
        if (cause instanceof OptimisticLockException || cause instanceof StaleDataException) {
            return json(409, ApiError.of(409, text("conflict")));
        }
        if (cause instanceof EJBAccessException) {
            return json(403, ApiError.of(403, text("forbidden")));
        }
        if (database.failedOn(exception)) {
            return Response.status(503).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .header("Retry-After", DatabaseAvailability.RETRY_AFTER_SECONDS)
                    .entity(ApiError.of(503, text("databaseUnavailable"))).build();
        }
        LOG.log(Level.SEVERE, "API call failed", exception);
        return json(500, ApiError.of(500, text("systemError")));
    }

    static String text(String key) {
        return DomainTexts.text(key);
    }

    static Response json(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(error).build();
    }
}
