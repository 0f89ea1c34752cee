package vn.ttdt.portal.legaldocs.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.content.application.ImportRejected;
import vn.ttdt.portal.content.media.domain.MediaRepository;
import vn.ttdt.portal.legaldocs.application.LegalDocumentBatch.DocumentRecord;
import vn.ttdt.portal.legaldocs.application.LegalDocumentBatch.DocumentRef;
import vn.ttdt.portal.legaldocs.application.LegalDocumentBatch.RequestRecord;
import vn.ttdt.portal.legaldocs.domain.DocumentNumber;
import vn.ttdt.portal.legaldocs.domain.LegalDocument;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentRepository;
import vn.ttdt.portal.legaldocs.domain.LegalStatus;
import vn.ttdt.portal.legaldocs.domain.LegalTerm;
import vn.ttdt.portal.legaldocs.domain.LegalTermRepository;
import vn.ttdt.portal.legaldocs.domain.PostingRequest;
import vn.ttdt.portal.legaldocs.domain.PostingRequestRepository;
import vn.ttdt.portal.legaldocs.domain.PostingState;
import vn.ttdt.portal.legaldocs.domain.RequestedDocument;
import vn.ttdt.portal.legaldocs.domain.TermKind;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitRepository;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.application.PublishedContentChanged;
import vn.ttdt.portal.shared.application.RequestOrigin;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * Imports the old portal's legal documents and posting requests, all or nothing: every record is checked first (its
 * terms, texts, dates in order, number unique in the batch and on the portal, replacement and files found, the
 * request's unit, instants and decision) and one bad record refuses the batch with numbered problems (documents
 * first, then requests). One audit event records what a batch added.
 */
@Stateless
@RolesAllowed({Role.APPROVER_NAME, Role.IT_ADMIN_NAME})
public class LegalDocumentImport {

    /** How many documents and posting requests a batch added. */
    public record Result(int documents, int postingRequests) {
    }

    @Inject
    private LegalDocumentRepository documents;

    @Inject
    private LegalTermRepository terms;

    @Inject
    private PostingRequestRepository requests;

    @Inject
    private UnitRepository units;

    @Inject
    private MediaRepository media;

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

    public Result importBatch(@NotNull LegalDocumentBatch batch) {
        Site site = sites.current();
        List<DocumentRecord> newDocuments = batch.documents() == null ? List.of() : batch.documents();
        List<RequestRecord> newRequests = batch.postingRequests() == null ? List.of() : batch.postingRequests();
        List<ImportRejected.Problem> problems = new ArrayList<>();
        Map<String, DocumentRecord> inBatch = new HashMap<>();
        int record = 0;
        for (DocumentRecord d : newDocuments) {
            checkDocument(site, ++record, d, inBatch, problems);
        }
        for (int i = 0; i < newDocuments.size(); i++) {
            DocumentRecord d = newDocuments.get(i);
            if (d != null && d.replacedBy() != null && !known(site, d.replacedBy(), inBatch)) {
                problems.add(problem(i + 1, "replacedBy", "legalRef", ref(d.replacedBy())));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(ImportRejected.Problem::record));
        for (RequestRecord r : newRequests) {
            checkRequest(site, ++record, r, inBatch, problems);
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        Instant now = clock.instant();
        String actor = caller.getCallerPrincipal().getName();
        Map<String, LegalDocument> saved = new HashMap<>();
        for (DocumentRecord d : newDocuments) {
            saved.put(key(d.number(), d.issuer()), writer.create(site, draft(site, d), actor, now));
        }
        LocalDate today = vn.ttdt.portal.shared.domain.BusinessCalendar.dayOf(now);
        for (DocumentRecord d : newDocuments) {
            if (d.replacedBy() != null) {
                saved.get(key(d.number(), d.issuer())).replaceBy(find(site, d.replacedBy(), saved), today, now);
            }
        }
        for (RequestRecord r : newRequests) {
            saveRequest(site, r, saved, actor);
        }
        Result result = new Result(newDocuments.size(), newRequests.size());
        audit.record(actor, AuditAction.LEGAL_DOCUMENTS_IMPORTED, "legal-document", null,
                result.documents() + " documents, " + result.postingRequests() + " posting requests", origin.remoteAddress());
        published.fire(new PublishedContentChanged("legal documents import: " + result));
        return result;
    }

    private void checkDocument(Site site, int record, DocumentRecord d, Map<String, DocumentRecord> inBatch,
                               List<ImportRejected.Problem> problems) {
        if (d == null) {
            problems.add(problem(record, null, "empty"));
            return;
        }
        int before = problems.size();
        for (Object[] term : new Object[][] {{TermKind.TYPE, d.type(), "type"}, {TermKind.LEVEL, d.level(), "level"}}) {
            if (term[1] == null || terms.byCode(site, (TermKind) term[0], (String) term[1]).isEmpty()) {
                problems.add(problem(record, (String) term[2], "legalTerm", term[1]));
            }
        }
        if (d.field() != null && terms.byCode(site, TermKind.FIELD, d.field()).isEmpty()) {
            problems.add(problem(record, "field", "legalTerm", d.field()));
        }
        if (blankOrLonger(d.number(), 60) || blankOrLonger(d.issuer(), 200) || blankOrLonger(d.signer(), 120)
                || blankOrLonger(d.summary(), 2000)) {
            problems.add(problem(record, "number", "legalText"));
        }
        LocalDate issued = day(d.issuedOn());
        LocalDate effective = day(d.effectiveOn());
        LocalDate expires = d.expiresOn() == null ? null : day(d.expiresOn());
        if (issued == null || effective == null || d.expiresOn() != null && expires == null) {
            problems.add(problem(record, "issuedOn", "legalDay"));
        } else {
            try {
                LegalDocument.checkDates(issued, effective, expires);
            } catch (BusinessRuleException e) {
                problems.add(new ImportRejected.Problem(record, "effectiveOn", DomainTexts.text(e.messageKey())));
            }
        }
        if (d.status() != null && !"REPLACED".equals(d.status()) && !isStatus(d.status())) {
            problems.add(problem(record, "status", "legalStatus"));
        } else if ("REPLACED".equals(d.status()) && d.replacedBy() == null) {
            problems.add(new ImportRejected.Problem(record, "replacedBy", DomainTexts.text("legalDocument.replacement.required")));
        }
        for (Long file : d.fileIds() == null ? List.<Long>of() : d.fileIds()) {
            if (file == null || media.byId(site, file).isEmpty()) {
                problems.add(problem(record, "fileIds", "legalFile", file));
            }
        }
        if (problems.size() == before) {
            String key = key(d.number(), d.issuer());
            if (inBatch.containsKey(key) || documents.byNumber(site, d.number(), d.issuer()).isPresent()) {
                problems.add(new ImportRejected.Problem(record, "number",
                        DomainTexts.text("legalDocument.number.duplicate", d.number(), d.issuer())));
            } else {
                inBatch.put(key, d);
            }
        }
    }

    private void checkRequest(Site site, int record, RequestRecord r, Map<String, DocumentRecord> inBatch,
                              List<ImportRejected.Problem> problems) {
        if (r == null) {
            problems.add(problem(record, null, "empty"));
            return;
        }
        if (r.unit() == null || units.byShortName(site, r.unit().strip()).isEmpty()) {
            problems.add(problem(record, "unit", "sourceUnit", r.unit()));
        }
        Instant received = instant(r.receivedAt());
        if (received == null) {
            problems.add(problem(record, "receivedAt", "publishedAt"));
        }
        boolean tooLong = r.summary() != null && r.summary().length() > 2000 || r.number() != null && r.number().length() > 60;
        if (new RequestedDocument(r.number(), null, null, null, r.summary()).isEmpty() || tooLong) {
            problems.add(new ImportRejected.Problem(record, "summary", DomainTexts.text("postingRequest.empty")));
        }
        if (r.issuedOn() != null && day(r.issuedOn()) == null) {
            problems.add(problem(record, "issuedOn", "legalDay"));
        }
        PostingState state = r.state() == null ? PostingState.OPEN : state(r.state());
        Instant decided = instant(r.decidedAt());
        if (state == null) {
            problems.add(problem(record, "state", "postingState"));
        } else if (state != PostingState.OPEN && (decided == null || received != null && decided.isBefore(received))) {
            problems.add(problem(record, "decidedAt", "postingDecidedAt"));
        } else if (state == PostingState.POSTED && (r.document() == null || !known(site, r.document(), inBatch))) {
            problems.add(problem(record, "document", "legalRef", ref(r.document())));
        } else if (state == PostingState.DECLINED && (r.declineReason() == null || r.declineReason().isBlank())) {
            problems.add(new ImportRejected.Problem(record, "declineReason", DomainTexts.text("postingRequest.reasonRequired")));
        }
    }

    private void saveRequest(Site site, RequestRecord r, Map<String, LegalDocument> saved, String actor) {
        Unit unit = units.byShortName(site, r.unit().strip()).orElseThrow();
        PostingRequest request = requests.add(new PostingRequest(unit, "import " + (r.sourceId() == null ? actor : r.sourceId()),
                instant(r.receivedAt()), new RequestedDocument(r.number(), r.typeName(), r.issuer(),
                r.issuedOn() == null ? null : day(r.issuedOn()), r.summary()), null, r.note()));
        PostingState state = r.state() == null ? PostingState.OPEN : state(r.state());
        if (state == PostingState.POSTED) {
            request.post(find(site, r.document(), saved), actor, instant(r.decidedAt()));
        } else if (state == PostingState.DECLINED) {
            request.decline(r.declineReason(), actor, instant(r.decidedAt()));
        }
    }

    private LegalDocumentDraft draft(Site site, DocumentRecord d) {
        LegalTerm type = terms.byCode(site, TermKind.TYPE, d.type()).orElseThrow();
        LegalTerm level = terms.byCode(site, TermKind.LEVEL, d.level()).orElseThrow();
        Long field = d.field() == null ? null : terms.byCode(site, TermKind.FIELD, d.field()).orElseThrow().getId();
        return new LegalDocumentDraft(type.getId(), field, level.getId(), d.number(), d.issuer(), d.signer(), day(d.issuedOn()),
                day(d.effectiveOn()), d.expiresOn() == null ? null : day(d.expiresOn()), d.summary(), null, null, null,
                d.fileIds(), null);
    }

    private LegalDocument find(Site site, DocumentRef ref, Map<String, LegalDocument> saved) {
        LegalDocument inBatch = saved.get(key(ref.number(), ref.issuer()));
        return inBatch != null ? inBatch : documents.byNumber(site, ref.number(), ref.issuer()).orElseThrow();
    }

    private boolean known(Site site, DocumentRef ref, Map<String, DocumentRecord> inBatch) {
        return ref.number() != null && ref.issuer() != null && (inBatch.containsKey(key(ref.number(), ref.issuer()))
                || documents.byNumber(site, ref.number(), ref.issuer()).isPresent());
    }

    private static String key(String number, String issuer) {
        return DocumentNumber.issuerKey(issuer) + "\n" + DocumentNumber.key(number);
    }

    private static String ref(DocumentRef ref) {
        return ref == null ? "" : ref.number() + " (" + ref.issuer() + ")";
    }

    private static ImportRejected.Problem problem(int record, String field, String kind, Object... arguments) {
        return new ImportRejected.Problem(record, field, DomainTexts.text("import.problem." + kind, arguments));
    }

    private static boolean blankOrLonger(String text, int max) {
        return text == null || text.isBlank() || text.length() > max;
    }

    private static boolean isStatus(String status) {
        return java.util.Arrays.stream(LegalStatus.values()).anyMatch(s -> s.name().equals(status));
    }

    private static PostingState state(String state) {
        return java.util.Arrays.stream(PostingState.values()).filter(s -> s.name().equals(state)).findFirst().orElse(null);
    }

    private static LocalDate day(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
