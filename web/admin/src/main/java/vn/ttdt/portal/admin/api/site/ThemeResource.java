package vn.ttdt.portal.admin.api.site;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import vn.ttdt.portal.admin.api.RawUpload;
import vn.ttdt.portal.content.media.application.MediaService;
import vn.ttdt.portal.content.media.application.MediaView;
import vn.ttdt.portal.site.theme.application.ThemeDraft;
import vn.ttdt.portal.site.theme.application.ThemeEditing;
import vn.ttdt.portal.site.theme.application.ThemeForm;

/** The site's look (name, footer's legal items, logo, banner, colours), kept by the approvers and the IT administrator. */
@Path("/site/theme")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"approver", "it-admin"})
public class ThemeResource {

    @Inject
    private ThemeEditing editing;

    @GET
    public ThemeForm current() {
        return editing.current();
    }

    @PUT
    public ThemeForm save(ThemeDraft draft) {
        return editing.save(draft);
    }

    /** A logo or banner picture into the media library; its {@code key} then goes into the theme. */
    @POST
    @Path("/images")
    @Consumes(MediaType.WILDCARD)
    public MediaView uploadImage(@HeaderParam("X-File-Name") String fileName, InputStream body) throws IOException {
        RawUpload image = RawUpload.read(fileName, body, MediaService.limits().imageBytes(), "media.tooLarge.image");
        return editing.uploadImage(image.name(), image.bytes());
    }
}
