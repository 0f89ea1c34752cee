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
import vn.ttdt.portal.content.media.domain.MediaRepository;
import vn.ttdt.portal.legaldocs.domain.LegalDocument;
import vn.ttdt.portal.legaldocs.domain.PostingRequest;
import vn.ttdt.portal.legaldocs.domain.PostingRequestRepository;
import vn.ttdt.portal.legaldocs.domain.PostingState;
import vn.ttdt.portal.legaldocs.domain.RequestedDocument;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.shared.application.PublishedContentChanged;
import vn.ttdt.portal.shared.application.RequestOrigin;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.NotFoundException;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

/**
 * Posting requests (đề nghị đăng tải): a unit reporter submits one for their own unit and follows their unit's
 * requests; the board (editors, approvers) sees the open ones oldest first with their age, and posts each (creating
 * the legal document) or declines it with a reason. A unit reporter's request of another unit answers like an
 * unknown one. Every change is audited.
 */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.APPROVER_NAME})
public class PostingRequestService {

    @Inject
    private PostingRequestRepository requests;

    @Inject
    private LegalDocumentWriter writer;

    @Inject
    private AccountRepository accounts;

    @Inject
    private MediaRepository media;

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

    @RolesAllowed(Role.UNIT_REPORTER_NAME)
    public PostingRequestView submit(@NotNull @Valid PostingRequestDraft draft) {
        Unit unit = ownUnit();
        if (draft.unitId() != null && draft.unitId().longValue() != unit.getId()) {
            throw new BusinessRuleException("postingRequest.otherUnit", "unit " + draft.unitId() + " is not the caller's");
        }
        Instant now = clock.instant();
        PostingRequest request = requests.add(new PostingRequest(unit, login(), now,
                new RequestedDocument(draft.number(), draft.typeName(), draft.issuer(), draft.issuedOn(), draft.summary()),
                draft.fileId() == null ? null : media.byId(unit.getSite(), draft.fileId()).filter(m -> m.getUploadedBy().equals(login()))
                        .orElseThrow(() -> new BusinessRuleException("legalDocument.file.unknown", "media " + draft.fileId())),
                draft.note()));
        record(AuditAction.POSTING_REQUEST_SUBMITTED, request, unit.getShortName());
        return PostingRequestView.of(request, now);
    }

    /** The caller's unit's requests, newest first. */
    @RolesAllowed(Role.UNIT_REPORTER_NAME)
    public Page<PostingRequestView> ofMyUnit(@NotNull PageRequest page) {
        Instant now = clock.instant();
        return requests.ofUnit(sites.current(), ownUnit(), page).map(r -> PostingRequestView.of(r, now));
    }

    /** The board's inbox: the open requests, oldest first. */
    public Page<PostingRequestView> open(@NotNull PageRequest page) {
        Instant now = clock.instant();
        return requests.inState(sites.current(), PostingState.OPEN, page).map(r -> PostingRequestView.of(r, now));
    }

    @RolesAllowed({Role.EDITOR_NAME, Role.APPROVER_NAME, Role.UNIT_REPORTER_NAME})
    public PostingRequestView get(long id) {
        return PostingRequestView.of(visible(id), clock.instant());
    }

    /** Posts the request as the document {@code draft} describes (usually the request's details, completed). */
    public PostingRequestView post(long id, @NotNull @Valid LegalDocumentDraft draft) {
        PostingRequest request = find(id);
        Instant now = clock.instant();
        LegalDocument document = writer.create(request.getSite(), draft, login(), now);
        request.post(document, login(), now);
        audit.record(login(), AuditAction.LEGAL_DOCUMENT_CREATED, "legal-document", document.getId(),
                document.getNumber() + " " + document.getIssuer() + " (posting request " + id + ")", origin.remoteAddress());
        record(AuditAction.POSTING_REQUEST_POSTED, request, document.getNumber());
        published.fire(new PublishedContentChanged("legal document " + document.getId() + " posted"));
        return PostingRequestView.of(request, now);
    }

    public PostingRequestView decline(long id, String reason) {
        PostingRequest request = find(id);
        Instant now = clock.instant();
        request.decline(reason, login(), now);
        record(AuditAction.POSTING_REQUEST_DECLINED, request, reason);
        return PostingRequestView.of(request, now);
    }

    private PostingRequest visible(long id) {
        PostingRequest request = find(id);
        if (caller.isCallerInRole(Role.EDITOR_NAME) || caller.isCallerInRole(Role.APPROVER_NAME)) {
            return request;
        }
        Unit mine = accounts.byLogin(login()).map(Account::getUnit).orElse(null);
        if (mine == null || !mine.getId().equals(request.getUnit().getId())) {
            throw new NotFoundException("posting request", id);
        }
        return request;
    }

    private PostingRequest find(long id) {
        return requests.byId(sites.current(), id).orElseThrow(() -> new NotFoundException("posting request", id));
    }

    private Unit ownUnit() {
        Site site = sites.current();
        return accounts.byLogin(login()).map(Account::getUnit).filter(u -> u.belongsTo(site))
                .orElseThrow(() -> new BusinessRuleException("postingRequest.noUnit", login() + " has no unit"));
    }

    private void record(AuditAction action, PostingRequest request, String details) {
        audit.record(login(), action, "posting-request", request.getId(),
                request.getUnit().getShortName() + ": " + details, origin.remoteAddress());
    }

    private String login() {
        return caller.getCallerPrincipal().getName();
    }
}
