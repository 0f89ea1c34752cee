package vn.ttdt.portal.admin.api.notifications;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.ttdt.portal.quota.application.MyQuotaNotices;
import vn.ttdt.portal.quota.application.QuotaNoticeView;

/**
 * One's own in-app notices (the quota reminders): {@code GET /notifications} the unread ones, {@code GET
 * /notifications/{id}} one, {@code POST /notifications/{id}/read} marks it read. Another person's notice answers 404.
 */
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({"contributor", "unit-reporter", "editor", "approver", "quota-supervisor", "finance", "it-admin"})
public class NotificationsResource {

    @Inject
    private MyQuotaNotices notices;

    @GET
    public List<QuotaNoticeView> unread() {
        return notices.unread();
    }

    @GET
    @Path("/{id}")
    public QuotaNoticeView one(@PathParam("id") long id) {
        return notices.one(id);
    }

    @POST
    @Path("/{id}/read")
    public QuotaNoticeView markRead(@PathParam("id") long id) {
        return notices.markRead(id);
    }
}
