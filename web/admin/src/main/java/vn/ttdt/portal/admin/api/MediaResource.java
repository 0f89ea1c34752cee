package vn.ttdt.portal.admin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import vn.ttdt.portal.content.media.application.MediaService;
import vn.ttdt.portal.content.media.application.MediaView;
import vn.ttdt.portal.content.media.domain.MediaTooLarge;

/**
 * {@code POST /admin/api/v1/media}: the file is the raw request body ({@code Content-Type:
 * application/octet-stream}), its name in the {@code X-File-Name} header (percent-encoded UTF-8
 * for Vietnamese names). Answers 201 with the media, 400 with a Vietnamese message when the file
 * is refused, 413 when it is too large.
 */
@Path("/media")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({"contributor", "unit-reporter", "editor", "approver"})
public class MediaResource {

    @Inject
    private MediaService media;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(@HeaderParam("X-File-Name") String fileName, InputStream body) throws IOException {
        RawUpload file = RawUpload.read(fileName, body, MediaService.limits().largest(), "media.tooLarge");
        try {
            MediaView created = media.upload(file.name(), file.bytes());
            return Response.created(URI.create("media/" + created.id())).entity(created).build();
        } catch (MediaTooLarge tooLarge) {
            return tooLarge(tooLarge.messageKey());
        }
    }

    private static Response tooLarge(String messageKey) {
        return ApiExceptionMapper.json(413, ApiError.of(413, ApiExceptionMapper.text(messageKey)));
    }

    @GET
    @Path("/{id}")
    public MediaView get(@PathParam("id") long id) {
        return media.get(id);
    }
}
