package vn.ttdt.portal.admin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.ttdt.portal.organisation.application.AccountService;
import vn.ttdt.portal.organisation.application.AccountSummary;

/** {@code GET /admin/api/v1/me}: the signed-in account and its roles. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({"contributor", "unit-reporter", "editor", "approver", "quota-supervisor", "finance", "it-admin"})
public class MeResource {

    @Inject
    private AccountService accounts;

    @GET
    public AccountSummary me() {
        return accounts.me();
    }
}
