package vn.ttdt.portal.admin.site;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.site.notices.application.OutageNoticeDraft;
import vn.ttdt.portal.site.notices.application.OutageNoticeView;
import vn.ttdt.portal.site.notices.application.OutageNotices;

/** The IT administrator's planned outages: start and end in Vietnam time, reason (and in English); the banner's first day is shown. */
@Named("outageNotices")
@ViewScoped
public class OutageNoticesView implements Serializable {

    @Inject
    private OutageNotices notices;

    @Inject
    private Feedback feedback;

    private List<OutageNoticeView> list = List.of();
    private Long id;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String reason;
    private String reasonEn;
    private Long version;

    @PostConstruct
    void init() {
        list = notices.latest();
    }

    public void startNew() {
        id = null;
        startsAt = null;
        endsAt = null;
        reason = null;
        reasonEn = null;
        version = null;
    }

    public void edit(OutageNoticeView notice) {
        id = notice.id();
        startsAt = LocalDateTime.ofInstant(notice.startsAt(), BusinessCalendar.ZONE);
        endsAt = LocalDateTime.ofInstant(notice.endsAt(), BusinessCalendar.ZONE);
        reason = notice.reason();
        reasonEn = notice.reasonEn();
        version = notice.version();
    }

    public void save() {
        OutageNoticeDraft draft = new OutageNoticeDraft(instant(startsAt), instant(endsAt), reason, reasonEn, version);
        Long editing = id;
        OutageNoticeView saved = feedback.attempt(() -> notices.save(editing, draft), "outageNotices.saved");
        if (saved != null) {
            list = notices.latest();
            PrimeFaces.current().executeScript("PF('noticeDialog').hide()");
        }
    }

    public void cancel(OutageNoticeView notice) {
        if (feedback.attempt(() -> notices.cancel(notice.id()), "outageNotices.cancelled") != null) {
            list = notices.latest();
        }
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(BusinessCalendar.ZONE).toInstant();
    }

    public List<OutageNoticeView> getList() { return list; }
    public boolean isNew() { return id == null; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getReasonEn() { return reasonEn; }
    public void setReasonEn(String reasonEn) { this.reasonEn = reasonEn; }
}
