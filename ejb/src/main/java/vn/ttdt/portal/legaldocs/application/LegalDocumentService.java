package vn.ttdt.portal.legaldocs.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.legaldocs.domain.LegalDocument;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentFilter;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentRepository;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.shared.application.PublishedContentChanged;
import vn.ttdt.portal.shared.application.RequestOrigin;
import vn.ttdt.portal.shared.domain.NotFoundException;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;
import vn.ttdt.portal.shared.domain.StaleDataException;

/**
 * The board's (editors' and approvers', among them the culture and information office) maintenance of the site's
 * legal documents: list, read, create and change. Documents are public as soon as they are saved; every change is
 * audited and refreshes the cached public pages.
 */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.APPROVER_NAME})
public class LegalDocumentService {

    @Inject
    private LegalDocumentRepository documents;

    @Inject
    private LegalDocumentWriter writer;

    @Inject
    private SiteDirectory sites;

    @Inject
    private Event<PublishedContentChanged> published;

    @Inject
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    public Page<LegalDocumentView> search(@NotNull LegalDocumentFilter filter, @NotNull PageRequest page) {
        return documents.search(sites.current(), filter, page).map(LegalDocumentView::of);
    }

    public LegalDocumentView get(long id) {
        return LegalDocumentView.of(find(id));
    }

    public LegalDocumentView create(@NotNull @Valid LegalDocumentDraft draft) {
        LegalDocument document = writer.create(sites.current(), draft, login(), clock.instant());
        changed(AuditAction.LEGAL_DOCUMENT_CREATED, document);
        return LegalDocumentView.of(document);
    }

    public LegalDocumentView update(long id, @NotNull @Valid LegalDocumentDraft draft) {
        LegalDocument document = find(id);
        StaleDataException.check("legal document", id, draft.version(), document.getVersion());
        Instant now = clock.instant();
        writer.update(document, draft, now);
        changed(AuditAction.LEGAL_DOCUMENT_UPDATED, document);
        return LegalDocumentView.of(document);
    }

    private LegalDocument find(long id) {
        return documents.byId(sites.current(), id).orElseThrow(() -> new NotFoundException("legal document", id));
    }

    private void changed(AuditAction action, LegalDocument document) {
        published.fire(new PublishedContentChanged("legal document " + document.getId()));
        audit.record(login(), action, "legal-document", document.getId(),
                document.getNumber() + " " + document.getIssuer() + " (" + document.getStatus() + ")", origin.remoteAddress());
    }

    private String login() {
        return caller.getCallerPrincipal().getName();
    }
}
