package vn.ttdt.portal.procedures.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.content.media.application.MediaService;
import vn.ttdt.portal.content.media.application.MediaView;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.content.media.domain.MediaFormat;
import vn.ttdt.portal.content.media.domain.MediaRepository;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.procedures.domain.Procedure;
import vn.ttdt.portal.procedures.domain.ProcedureDescription;
import vn.ttdt.portal.procedures.domain.ProcedureFilter;
import vn.ttdt.portal.procedures.domain.ProcedureRepository;
import vn.ttdt.portal.procedures.domain.SampleFile;
import vn.ttdt.portal.shared.application.PublishedContentChanged;
import vn.ttdt.portal.shared.application.RequestOrigin;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.NotFoundException;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;
import vn.ttdt.portal.shared.domain.StaleDataException;

/**
 * Maintenance of the procedure catalogue by the editorial board (the culture office among it): add, change, withdraw
 * and reinstate procedures, offer forms and sample dossiers (documents through the upload checks). Every change is
 * audited and refreshes the public pages.
 */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.APPROVER_NAME})
public class ProcedureService {

    private static final Logger LOG = Logger.getLogger(ProcedureService.class.getName());

    @Inject
    private ProcedureRepository procedures;

    @Inject
    private MediaService mediaService;

    @Inject
    private MediaRepository media;

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

    public Page<ProcedureView> search(@NotNull ProcedureFilter filter, @NotNull PageRequest page) {
        return procedures.search(sites.current(), filter, page).map(ProcedureView::of);
    }

    public ProcedureView get(long id) {
        return ProcedureView.of(find(id));
    }

    public ProcedureView create(@NotNull ProcedureDescription description) {
        Site site = sites.current();
        codeFree(site, description.code(), null);
        Procedure procedure = procedures.add(new Procedure(site, description, login(), clock.instant()));
        changed(AuditAction.PROCEDURE_CREATED, procedure);
        return ProcedureView.of(procedure);
    }

    /** Changes a procedure's description; a {@code version} other than the stored one (null: no check) is a conflict. */
    public ProcedureView update(long id, Long version, @NotNull ProcedureDescription description) {
        Procedure procedure = find(id);
        StaleDataException.check("procedure", id, version, procedure.getVersion());
        codeFree(procedure.getSite(), description.code(), procedure);
        procedure.describe(description, login(), clock.instant());
        changed(AuditAction.PROCEDURE_UPDATED, procedure);
        return ProcedureView.of(procedure);
    }

    /** Adds a procedure the API sent, checked like a catalogue record: every broken rule is reported with its field. */
    public ProcedureView create(@NotNull ProcedureDraft draft) {
        return create(described(draft));
    }

    /** Changes a procedure to what the API sent, checked like a catalogue record; its files stay. */
    public ProcedureView update(long id, @NotNull ProcedureDraft draft) {
        ProcedureDescription description = described(draft);
        return update(id, draft.version(), description);
    }

    private static ProcedureDescription described(ProcedureDraft draft) {
        ProcedureImport.Checked checked = ProcedureImport.check(List.of(draft.record()));
        if (!checked.problems().isEmpty()) {
            throw new ProcedureRejected(checked.problems().stream()
                    .map(p -> new ProcedureRejected.Problem(p.field(), p.message())).toList());
        }
        return checked.descriptions().get(0);
    }

    public ProcedureView withdraw(long id) {
        Procedure procedure = find(id);
        procedure.withdraw(login(), clock.instant());
        changed(AuditAction.PROCEDURE_WITHDRAWN, procedure);
        return ProcedureView.of(procedure);
    }

    public ProcedureView reinstate(long id) {
        Procedure procedure = find(id);
        procedure.reinstate(login(), clock.instant());
        changed(AuditAction.PROCEDURE_REINSTATED, procedure);
        return ProcedureView.of(procedure);
    }

    /** Adds a form or sample dossier: a PDF, Word or Excel document, checked by its bytes like every upload. */
    public ProcedureView addFile(long id, String fileName, @NotNull byte[] bytes, String label) {
        Procedure procedure = find(id);
        if (label == null || label.isBlank() || label.strip().length() > 300) {
            throw new BusinessRuleException("procedure.file.label", "sample file label missing or too long");
        }
        if (MediaFormat.byExtension(fileName).filter(f -> !f.isImage()).isEmpty()) {
            throw new BusinessRuleException("procedure.file.notDocument", "sample file is not a document: " + fileName);
        }
        MediaView uploaded = mediaService.upload(fileName, bytes);
        Media file = media.byId(procedure.getSite(), uploaded.id()).orElseThrow();
        List<SampleFile> files = new ArrayList<>(procedure.getFiles());
        files.add(new SampleFile(file, label));
        procedure.offerFiles(files, login(), clock.instant());
        changed(AuditAction.PROCEDURE_UPDATED, procedure);
        return ProcedureView.of(procedure);
    }

    /** Stops offering the file at {@code position} (0-based); the upload itself stays, like every upload. */
    public ProcedureView removeFile(long id, int position) {
        Procedure procedure = find(id);
        List<SampleFile> files = new ArrayList<>(procedure.getFiles());
        if (position < 0 || position >= files.size()) {
            throw new NotFoundException("procedure file", position);
        }
        files.remove(position);
        procedure.offerFiles(files, login(), clock.instant());
        changed(AuditAction.PROCEDURE_UPDATED, procedure);
        return ProcedureView.of(procedure);
    }

    private void codeFree(Site site, String code, Procedure self) {
        if (code == null) {
            return;
        }
        procedures.byCode(site, code.strip()).filter(other -> other != self).ifPresent(other -> {
            throw new BusinessRuleException("procedure.code.duplicate", "procedure code taken: " + code, code.strip());
        });
    }

    private Procedure find(long id) {
        return procedures.byId(sites.current(), id).orElseThrow(() -> new NotFoundException("procedure", id));
    }

    private String login() {
        return caller.getCallerPrincipal().getName();
    }

    private void changed(AuditAction action, Procedure procedure) {
        audit.record(login(), action, "procedure", procedure.getId(), procedure.getCode() + " " + procedure.getName(),
                origin.remoteAddress());
        published.fire(new PublishedContentChanged("procedure " + procedure.getCode()));
        LOG.info(() -> "procedure " + procedure.getCode() + " " + action + " by " + login());
    }
}
