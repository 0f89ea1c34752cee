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
import java.util.logging.Logger;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentRepository;
import vn.ttdt.portal.legaldocs.domain.LegalTerm;
import vn.ttdt.portal.legaldocs.domain.LegalTermRepository;
import vn.ttdt.portal.legaldocs.domain.TermKind;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.application.PublishedContentChanged;
import vn.ttdt.portal.shared.application.RequestOrigin;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.NotFoundException;
import vn.ttdt.portal.shared.domain.VietnameseText;

/**
 * The board keeps the words documents are classified by: adds a type, field or level and renames one (its code stays);
 * two terms of a kind never share a name, with or without diacritics. Renaming a type writes the search words of its
 * documents again, since a search finds a document by its type's name. Every change is audited and refreshes the
 * public pages (their filters list the terms).
 */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.APPROVER_NAME})
public class LegalTermService {

    private static final Logger LOG = Logger.getLogger(LegalTermService.class.getName());
    /** legal_term.code holds 40 characters: the slug of the name, and "-2", "-3"… when taken. */
    private static final int MAX_CODE_BASE = 36;

    @Inject
    private LegalTermRepository terms;

    @Inject
    private LegalDocumentRepository documents;

    @Inject
    private SiteDirectory sites;

    @Inject
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Event<PublishedContentChanged> published;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    public TermView create(@NotNull @Valid LegalTermDraft draft) {
        Site site = sites.current();
        nameFree(site, draft.kind(), draft.name(), null);
        String slug = VietnameseText.slug(draft.name());
        String base = slug.length() > MAX_CODE_BASE ? slug.substring(0, MAX_CODE_BASE) : slug;
        String code = base;
        for (int n = 2; terms.byCode(site, draft.kind(), code).isPresent(); n++) {
            code = base + "-" + n;
        }
        LegalTerm term = terms.add(new LegalTerm(site, draft.kind(), code, draft.name().strip(), draft.sortOrder()));
        changed(AuditAction.LEGAL_TERM_CREATED, term);
        return TermView.of(term);
    }

    public TermView update(long id, @NotNull @Valid LegalTermDraft draft) {
        Site site = sites.current();
        LegalTerm term = terms.byId(site, id).orElseThrow(() -> new NotFoundException("legal term", id));
        if (term.getKind() != draft.kind()) {
            throw new BusinessRuleException("legalTerm.kind.fixed", "term " + id + " is a " + term.getKind());
        }
        nameFree(site, term.getKind(), draft.name(), term);
        term.rename(draft.name(), draft.sortOrder());
        if (term.getKind() == TermKind.TYPE) {
            Instant now = clock.instant();
            documents.classifiedAs(site, term).forEach(d -> d.refreshSearchText(now));
        }
        changed(AuditAction.LEGAL_TERM_UPDATED, term);
        return TermView.of(term);
    }

    private void nameFree(Site site, TermKind kind, String name, LegalTerm self) {
        String folded = VietnameseText.fold(name);
        terms.allOf(site, kind).stream().filter(t -> t != self && VietnameseText.fold(t.getName()).equals(folded))
                .findFirst().ifPresent(t -> {
                    throw new BusinessRuleException("legalTerm.name.duplicate", "term name taken: " + name, name.strip());
                });
    }

    private void changed(AuditAction action, LegalTerm term) {
        String by = caller.getCallerPrincipal().getName();
        audit.record(by, action, "legal-term", term.getId(), term.getKind() + " " + term.getCode() + ": " + term.getName(),
                origin.remoteAddress());
        published.fire(new PublishedContentChanged("legal term " + term.getCode()));
        LOG.info(() -> "legal term " + term.getCode() + " " + action + " by " + by);
    }
}
