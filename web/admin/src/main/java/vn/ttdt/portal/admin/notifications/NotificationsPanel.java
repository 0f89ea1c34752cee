package vn.ttdt.portal.admin.notifications;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.quota.application.MyQuotaNotices;
import vn.ttdt.portal.quota.application.QuotaNoticeView;

/** The signed-in person's unread notices (quota reminders) on the back-office home, each marked read with one click. */
@Named("notifications")
@ViewScoped
public class NotificationsPanel implements Serializable {

    @Inject
    private MyQuotaNotices notices;

    @Inject
    private Feedback feedback;

    private List<QuotaNoticeView> unread;

    public List<QuotaNoticeView> getUnread() {
        if (unread == null) {
            unread = notices.unread();
        }
        return unread;
    }

    public void markRead(long id) {
        if (feedback.attempt(() -> notices.markRead(id), null) != null) {
            unread = null;
        }
    }
}
