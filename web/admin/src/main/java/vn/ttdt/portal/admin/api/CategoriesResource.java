package vn.ttdt.portal.admin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.ttdt.portal.content.application.CategoryView;
import vn.ttdt.portal.content.application.PublicContent;

/** The categories an item can be filed in. */
@Path("/categories")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({"contributor", "unit-reporter", "editor", "approver", "quota-supervisor", "finance", "it-admin"})
public class CategoriesResource {

    @Inject
    private PublicContent content;

    @GET
    public List<CategoryView> categories() {
        return content.categories();
    }
}
