package vn.ttdt.portal.admin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.ttdt.portal.audit.application.AuditEntry;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.audit.domain.AuditFilter;
import vn.ttdt.portal.shared.domain.Page;

/** The audit log, newest first, for the IT administrator. */
@Path("/audit-events")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed("it-admin")
public class AuditResource {

    @Inject
    private AuditLog log;

    @GET
    public Page<AuditEntry> list(@QueryParam("actor") String actor, @QueryParam("action") AuditAction action,
                                 @QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("size") @DefaultValue("50") int size) {
        return log.search(new AuditFilter(actor, action, null, null), Paging.of(page, size, null)).map(AuditEntry::of);
    }
}
