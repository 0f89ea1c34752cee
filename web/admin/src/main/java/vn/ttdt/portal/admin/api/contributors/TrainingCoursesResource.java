package vn.ttdt.portal.admin.api.contributors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import vn.ttdt.portal.content.media.application.MediaService;
import vn.ttdt.portal.contributors.application.CourseDraft;
import vn.ttdt.portal.contributors.application.CourseSummary;
import vn.ttdt.portal.contributors.application.CourseView;
import vn.ttdt.portal.contributors.application.MaterialFile;
import vn.ttdt.portal.contributors.application.TrainingCourses;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * Writing-skills training courses for the editorial board: the courses of a year (the current one by default), a
 * course with its participants and their works published afterwards, entering, changing and deleting a course, and its
 * materials (the raw file as the body, its name in {@code X-File-Name}, its title in {@code X-Title}, checked like
 * every upload).
 */
@Path("/training-courses")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"editor", "approver"})
public class TrainingCoursesResource {

    @Inject
    private TrainingCourses courses;

    @Inject
    private Clock clock;

    @GET
    public List<CourseSummary> ofYear(@QueryParam("year") Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new BadRequestException("year phải từ 2000 đến 2100");
        }
        return courses.ofYear(year != null ? year : BusinessCalendar.dayOf(clock.instant()).getYear());
    }

    @POST
    public Response create(CourseDraft draft) {
        CourseView created = courses.save(null, draft);
        return Response.created(URI.create("training-courses/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id: [0-9]+}")
    public CourseView get(@PathParam("id") long id) {
        return courses.get(id);
    }

    @PUT
    @Path("/{id: [0-9]+}")
    public CourseView update(@PathParam("id") long id, CourseDraft draft) {
        return courses.save(id, draft);
    }

    @DELETE
    @Path("/{id: [0-9]+}")
    public Response delete(@PathParam("id") long id) {
        courses.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id: [0-9]+}/materials")
    @Consumes(MediaType.WILDCARD)
    public CourseView addMaterial(@PathParam("id") long id, @HeaderParam("X-File-Name") String fileName,
                                  @HeaderParam("X-Title") String title, InputStream body) throws IOException {
        if (fileName == null || fileName.isBlank()) {
            throw new BusinessRuleException("media.nameRequired", "training material without a name");
        }
        long largest = MediaService.limits().largest();
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, largest + 1));
        if (bytes.length > largest) {
            throw new BusinessRuleException("media.tooLarge", "training material too large");
        }
        return courses.addMaterial(id, title == null ? null : decoded(title), decoded(fileName), bytes);
    }

    @DELETE
    @Path("/{id: [0-9]+}/materials/{position: [0-9]+}")
    public CourseView removeMaterial(@PathParam("id") long id, @PathParam("position") int position) {
        return courses.removeMaterial(id, position);
    }

    @GET
    @Path("/{id: [0-9]+}/materials/{position: [0-9]+}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response material(@PathParam("id") long id, @PathParam("position") int position) {
        MaterialFile file = courses.material(id, position);
        String ascii = file.name().replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(file.path().toFile(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }

    private static String decoded(String header) {
        return URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
