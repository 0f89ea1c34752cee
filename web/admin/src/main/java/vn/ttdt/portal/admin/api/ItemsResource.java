package vn.ttdt.portal.admin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import vn.ttdt.portal.content.application.AutosaveDraft;
import vn.ttdt.portal.content.application.AutosaveService;
import vn.ttdt.portal.content.application.AutosaveView;
import vn.ttdt.portal.content.application.DuplicateCheck;
import vn.ttdt.portal.content.application.EditorialCommands;
import vn.ttdt.portal.content.application.EditorialQueries;
import vn.ttdt.portal.content.application.ItemDraft;
import vn.ttdt.portal.content.application.ItemSummary;
import vn.ttdt.portal.content.application.ItemView;
import vn.ttdt.portal.content.application.RevisionDiff;
import vn.ttdt.portal.content.application.RevisionView;
import vn.ttdt.portal.content.application.SimilarItem;
import vn.ttdt.portal.content.domain.ItemState;
import vn.ttdt.portal.content.domain.WorkflowAction;
import vn.ttdt.portal.shared.domain.Page;

/** News and articles in the editorial workflow: write, save, move through the steps, read revisions. */
@Path("/items")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"contributor", "unit-reporter", "editor", "approver"})
public class ItemsResource {

    /** A workflow step: the action and, for return and reject, the comment; the version the caller saw. */
    public record Step(@NotNull WorkflowAction action, String comment, Long version) {
    }

    /** When an approved item goes on and off line (ISO instants; either may be null). */
    public record Schedule(Instant publishAt, Instant unpublishAt) {
    }

    @Inject
    private EditorialCommands editorialCommands;

    @Inject
    private EditorialQueries editorialQueries;

    @Inject
    private DuplicateCheck duplicates;

    @Inject
    private AutosaveService autosaves;

    @POST
    public Response create(ItemDraft draft) {
        ItemView created = editorialCommands.create(draft);
        return Response.created(URI.create("items/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/inbox")
    public Page<ItemSummary> inbox(@QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("size") @DefaultValue("20") int size) {
        return editorialQueries.inbox(Paging.of(page, size, null));
    }

    @GET
    @Path("/mine")
    public Page<ItemSummary> mine(@QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue("20") int size) {
        return editorialQueries.mine(EnumSet.allOf(ItemState.class), Paging.of(page, size, null));
    }

    @GET
    @Path("/{id}")
    public ItemView get(@PathParam("id") long id) {
        return editorialQueries.get(id);
    }

    @PUT
    @Path("/{id}")
    public ItemView save(@PathParam("id") long id, ItemDraft draft) {
        return editorialCommands.save(id, draft);
    }

    @POST
    @Path("/{id}/steps")
    public ItemView step(@PathParam("id") long id, @NotNull Step step) {
        return editorialCommands.act(id, step.action(), step.comment(), step.version());
    }

    @PUT
    @Path("/{id}/schedule")
    @RolesAllowed("approver")
    public ItemView schedule(@PathParam("id") long id, @NotNull Schedule schedule) {
        return editorialCommands.schedule(id, schedule.publishAt(), schedule.unpublishAt());
    }

    @GET
    @Path("/{id}/similar")
    public List<SimilarItem> similar(@PathParam("id") long id) {
        return duplicates.similarTo(id);
    }

    /** Keeps the caller's unsaved text of the item (one per item and person, no revision). */
    @PUT
    @Path("/{id}/autosave")
    public AutosaveView autosave(@PathParam("id") long id, AutosaveDraft draft) {
        return autosaves.keep(id, draft);
    }

    @GET
    @Path("/{id}/autosave")
    public Response pendingAutosave(@PathParam("id") long id) {
        return autosaves.pending(id).map(a -> Response.ok(a).build()).orElse(Response.noContent().build());
    }

    @DELETE
    @Path("/{id}/autosave")
    public Response discardAutosave(@PathParam("id") long id) {
        autosaves.discard(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/revisions/diff")
    public RevisionDiff diff(@PathParam("id") long id, @QueryParam("older") int older, @QueryParam("newer") int newer) {
        return editorialQueries.compare(id, older, newer);
    }

    @GET
    @Path("/{id}/revisions")
    public List<RevisionView> revisions(@PathParam("id") long id) {
        return editorialQueries.revisions(id);
    }
}
