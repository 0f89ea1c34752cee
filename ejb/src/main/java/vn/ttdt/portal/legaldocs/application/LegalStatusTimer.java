package vn.ttdt.portal.legaldocs.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.legaldocs.domain.LegalDocument;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentRepository;
import vn.ttdt.portal.legaldocs.domain.LegalStatus;
import vn.ttdt.portal.shared.application.PublishedContentChanged;
import vn.ttdt.portal.shared.application.ScheduledRuns;
import vn.ttdt.portal.shared.domain.BusinessCalendar;

/**
 * Moves the stored status of legal documents on their effective and expiry days (Vietnamese dates), every ten
 * minutes, so a server that was down at midnight catches up at once; each change is audited by "system" and
 * refreshes the cached public pages.
 */
@Singleton
@PermitAll
public class LegalStatusTimer {

    @Inject
    private LegalDocumentRepository documents;

    @Inject
    private Event<PublishedContentChanged> published;

    @Inject
    private AuditLog audit;

    @Inject
    private ScheduledRuns runs;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*/10", second = "20", persistent = false)
    public void run() {
        if (!runs.take("legal-document-statuses", ScheduledRuns.MINUTE)) {
            return;
        }
        refresh(BusinessCalendar.dayOf(clock.instant()));
    }

    /** Brings every document's stored status to the one of {@code today}, each change stamped now; how many changed. */
    public int refresh(LocalDate today) {
        Instant now = clock.instant();
        int changed = 0;
        for (LegalDocument document : documents.dueForStatusChange(today)) {
            LegalStatus before = document.getStatus();
            if (document.refreshStatus(today, now)) {
                changed++;
                audit.record("system", AuditAction.LEGAL_DOCUMENT_STATUS_CHANGED, "legal-document", document.getId(),
                        document.getNumber() + ": " + before + " → " + document.getStatus(), null);
            }
        }
        if (changed > 0) {
            published.fire(new PublishedContentChanged(changed + " legal document statuses on " + today));
        }
        return changed;
    }
}
