package vn.ttdt.portal.admin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import vn.ttdt.portal.organisation.application.AccountDraft;
import vn.ttdt.portal.organisation.application.AccountService;
import vn.ttdt.portal.organisation.application.AccountSummary;
import vn.ttdt.portal.organisation.application.ContributorProfileDraft;
import vn.ttdt.portal.organisation.domain.AccountFilter;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.shared.domain.Page;

/** Accounts, for the IT administrator only. */
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("it-admin")
public class AccountsResource {

    /** A new account: its fields and the initial password (at least 12 characters). */
    public record NewAccount(@NotNull @Valid AccountDraft account, @NotNull String password) {
    }

    /** A password set by the administrator. */
    public record NewPassword(@NotNull String password) {
    }

    @Inject
    private AccountService accounts;

    @GET
    public Page<AccountSummary> list(@QueryParam("q") String text, @QueryParam("role") Role role,
                                     @QueryParam("unit") Long unitId, @QueryParam("active") Boolean active,
                                     @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue("20") int size,
                                     @QueryParam("sort") String sort) {
        return accounts.search(new AccountFilter(text, role, unitId, active), Paging.of(page, size, sort));
    }

    @GET
    @Path("/{id}")
    public AccountSummary get(@PathParam("id") long id) {
        return accounts.get(id);
    }

    @POST
    public Response create(@NotNull @Valid NewAccount request) {
        AccountSummary created = accounts.create(request.account(), request.password());
        return Response.created(URI.create("accounts/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    public AccountSummary update(@PathParam("id") long id, AccountDraft draft) {
        return accounts.update(id, draft);
    }

    @POST
    @Path("/{id}/deactivate")
    public AccountSummary deactivate(@PathParam("id") long id) {
        return accounts.deactivate(id);
    }

    @POST
    @Path("/{id}/reactivate")
    public AccountSummary reactivate(@PathParam("id") long id) {
        return accounts.reactivate(id);
    }

    @POST
    @Path("/{id}/unlock")
    public AccountSummary unlock(@PathParam("id") long id) {
        return accounts.unlock(id);
    }

    @PUT
    @Path("/{id}/contributor-profile")
    public AccountSummary updateContributorProfile(@PathParam("id") long id, ContributorProfileDraft profile) {
        return accounts.updateContributorProfile(id, profile);
    }

    @PUT
    @Path("/{id}/password")
    public Response resetPassword(@PathParam("id") long id, @NotNull @Valid NewPassword request) {
        accounts.resetPassword(id, request.password());
        return Response.noContent().build();
    }
}
