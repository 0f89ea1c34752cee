package vn.ttdt.portal.legaldocs.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.content.media.domain.MediaRepository;
import vn.ttdt.portal.legaldocs.domain.DocumentDescription;
import vn.ttdt.portal.legaldocs.domain.LegalDocument;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentRepository;
import vn.ttdt.portal.legaldocs.domain.LegalTerm;
import vn.ttdt.portal.legaldocs.domain.LegalTermRepository;
import vn.ttdt.portal.legaldocs.domain.TermKind;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * Turns a checked {@link LegalDocumentDraft} into a stored document of a site: terms, linked documents and files
 * found in that site only, the number unique per issuing body, dates in order. Used by the board's screens and
 * API, by posting a request and by the import; the callers check roles and audit.
 */
@Dependent
public class LegalDocumentWriter {

    @Inject
    private LegalDocumentRepository documents;

    @Inject
    private LegalTermRepository terms;

    @Inject
    private MediaRepository media;

    public LegalDocument create(Site site, LegalDocumentDraft draft, String actor, Instant now) {
        LegalTerm type = term(site, TermKind.TYPE, draft.typeId());
        LegalDocument document = new LegalDocument(site, documents.freeSlug(site, type.getName(), draft.number()), actor, now);
        write(document, draft, now);
        return documents.add(document);
    }

    public void update(LegalDocument document, LegalDocumentDraft draft, Instant now) {
        write(document, draft, now);
    }

    private void write(LegalDocument document, LegalDocumentDraft draft, Instant now) {
        Site site = document.getSite();
        documents.byNumber(site, draft.number(), draft.issuer()).filter(other -> other != document).ifPresent(other -> {
            throw new BusinessRuleException("legalDocument.number.duplicate", "number taken: " + draft.number(),
                    other.getNumber(), other.getIssuer());
        });
        var today = BusinessCalendar.dayOf(now);
        document.describe(new DocumentDescription(term(site, TermKind.TYPE, draft.typeId()),
                draft.fieldId() == null ? null : term(site, TermKind.FIELD, draft.fieldId()),
                term(site, TermKind.LEVEL, draft.levelId()), draft.number(), draft.issuer(), draft.signer(),
                draft.issuedOn(), draft.effectiveOn(), draft.expiresOn(), draft.summary()), today, now);
        document.replaceBy(draft.replacedById() == null ? null : document(site, draft.replacedById()), today, now);
        document.amendedBy(draft.amendedByIds().stream().map(id -> document(site, id)).toList(), now);
        document.relateTo(draft.relatedIds().stream().map(id -> document(site, id)).toList(), now);
        List<Media> files = draft.fileIds().stream().map(id -> media.byId(site, id)
                .orElseThrow(() -> new BusinessRuleException("legalDocument.file.unknown", "media " + id))).toList();
        document.attach(files, now);
    }

    private LegalTerm term(Site site, TermKind kind, long id) {
        return terms.byId(site, id).filter(t -> t.getKind() == kind)
                .orElseThrow(() -> new BusinessRuleException("legalDocument.term.unknown", kind + " " + id));
    }

    private LegalDocument document(Site site, long id) {
        return documents.byId(site, id)
                .orElseThrow(() -> new BusinessRuleException("legalDocument.link.unknown", "document " + id));
    }
}
