package vn.ttdt.portal.admin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import vn.ttdt.portal.content.application.CategoryDraft;
import vn.ttdt.portal.content.application.CategoryNode;
import vn.ttdt.portal.content.application.CategoryService;
import vn.ttdt.portal.content.application.CategoryView;
import vn.ttdt.portal.content.application.PublicContent;

/** The categories an item can be filed in; for approvers and the IT administrator, the whole tree and its maintenance. */
@Path("/categories")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"contributor", "unit-reporter", "editor", "approver", "quota-supervisor", "finance", "it-admin"})
public class CategoriesResource {

    @Inject
    private PublicContent content;

    @Inject
    private CategoryService maintenance;

    @GET
    public List<CategoryView> categories() {
        return content.categories();
    }

    @GET
    @Path("/tree")
    @RolesAllowed({"approver", "it-admin"})
    public List<CategoryNode> tree() {
        return maintenance.tree();
    }

    @POST
    @RolesAllowed({"approver", "it-admin"})
    public Response create(CategoryDraft draft) {
        CategoryNode created = maintenance.create(draft);
        return Response.created(URI.create("categories/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({"approver", "it-admin"})
    public CategoryNode update(@PathParam("id") long id, CategoryDraft draft) {
        return maintenance.update(id, draft);
    }

    @POST
    @Path("/{id}/hide")
    @RolesAllowed({"approver", "it-admin"})
    public CategoryNode hide(@PathParam("id") long id) {
        return maintenance.hide(id);
    }

    @POST
    @Path("/{id}/show")
    @RolesAllowed({"approver", "it-admin"})
    public CategoryNode show(@PathParam("id") long id) {
        return maintenance.show(id);
    }

    @POST
    @Path("/{id}/move-up")
    @RolesAllowed({"approver", "it-admin"})
    public CategoryNode moveUp(@PathParam("id") long id) {
        return maintenance.move(id, true);
    }

    @POST
    @Path("/{id}/move-down")
    @RolesAllowed({"approver", "it-admin"})
    public CategoryNode moveDown(@PathParam("id") long id) {
        return maintenance.move(id, false);
    }
}
