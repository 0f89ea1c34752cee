package vn.ttdt.portal.procedures.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.content.application.ImportRejected;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.procedures.domain.OnlineLevel;
import vn.ttdt.portal.procedures.domain.Procedure;
import vn.ttdt.portal.procedures.domain.ProcedureDescription;
import vn.ttdt.portal.procedures.domain.ProcedureRepository;
import vn.ttdt.portal.procedures.domain.SubmissionChannel;
import vn.ttdt.portal.procedures.domain.Violation;
import vn.ttdt.portal.shared.application.PublishedContentChanged;
import vn.ttdt.portal.shared.application.RequestOrigin;

/**
 * Imports a procedure catalogue ({@link ProcedureBatch}, or a spreadsheet of the province's layout), all or nothing: every record is checked first and one bad
 * record refuses the batch with numbered problems. A record whose code the site has replaces that procedure's
 * description (its files stay); the others are added.
 */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.APPROVER_NAME})
public class ProcedureImport {

    private static final Logger LOG = Logger.getLogger(ProcedureImport.class.getName());
    public static final int MAX_RECORDS = 2000;

    /** How many procedures a batch added and how many it changed. */
    public record Result(int created, int updated) {
    }

    @Inject
    private ProcedureRepository procedures;

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

    /** Imports a catalogue in the province's spreadsheet layout ({@link ProcedureSpreadsheet}), all or nothing like a batch. */
    public Result importSpreadsheet(@NotNull byte[] xlsx) {
        return importBatch(ProcedureSpreadsheet.read(xlsx));
    }

    /** The descriptions of a batch and every problem of it, each with its record number (1-based; 0 for the batch). */
    record Checked(List<ProcedureDescription> descriptions, List<ImportRejected.Problem> problems) {
    }

    public Result importBatch(@NotNull ProcedureBatch batch) {
        Checked checked = check(batch.procedures() == null ? List.of() : batch.procedures());
        if (!checked.problems().isEmpty()) {
            throw new ImportRejected(checked.problems());
        }
        List<ProcedureDescription> descriptions = checked.descriptions();
        Site site = sites.current();
        String by = caller.getCallerPrincipal().getName();
        Instant now = clock.instant();
        int created = 0;
        for (ProcedureDescription d : descriptions) {
            Optional<Procedure> existing = procedures.byCode(site, d.code().strip());
            if (existing.isPresent()) {
                existing.get().describe(d, by, now);
            } else {
                procedures.add(new Procedure(site, d, by, now));
                created++;
            }
        }
        Result result = new Result(created, descriptions.size() - created);
        audit.record(by, AuditAction.PROCEDURES_IMPORTED, "procedure", null,
                result.created() + " thêm, " + result.updated() + " cập nhật", origin.remoteAddress());
        published.fire(new PublishedContentChanged("procedure import: " + result));
        LOG.info(() -> "procedure import by " + by + ": " + result);
        return result;
    }

    static Checked check(List<ProcedureBatch.ProcedureRecord> records) {
        List<ImportRejected.Problem> problems = new ArrayList<>();
        if (records.isEmpty() || records.size() > MAX_RECORDS) {
            problems.add(Problems.of(0, Violation.of("procedures", "procedure.import.count", MAX_RECORDS)));
            return new Checked(List.of(), problems);
        }
        List<ProcedureDescription> descriptions = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            int number = i + 1;
            ProcedureDescription d = describe(records.get(i), number, problems);
            if (d == null) {
                continue;
            }
            d.violations().forEach(v -> problems.add(Problems.of(number, v)));
            if (d.code() != null && !codes.add(d.code().strip().toLowerCase(Locale.ROOT))) {
                problems.add(Problems.of(number, Violation.of("code", "procedure.import.duplicateCode", d.code())));
            }
            descriptions.add(d);
        }
        return new Checked(descriptions, problems);
    }

    /** The record as a description, or null (with its problem) when it is empty or names unknown channels or levels. */
    private static ProcedureDescription describe(ProcedureBatch.ProcedureRecord r, int number, List<ImportRejected.Problem> problems) {
        if (r == null) {
            problems.add(Problems.of(number, Violation.of(null, "procedure.import.empty")));
            return null;
        }
        Set<SubmissionChannel> channels = EnumSet.noneOf(SubmissionChannel.class);
        for (String channel : r.channels() == null ? List.<String>of() : r.channels()) {
            Optional<SubmissionChannel> known = named(SubmissionChannel.class, channel);
            if (known.isEmpty()) {
                problems.add(Problems.of(number, Violation.of("channels", "procedure.import.channel", channel)));
                return null;
            }
            channels.add(known.get());
        }
        OnlineLevel level = null;
        if (r.onlineLevel() != null && !r.onlineLevel().isBlank()) {
            level = named(OnlineLevel.class, r.onlineLevel()).orElse(null);
            if (level == null) {
                problems.add(Problems.of(number, Violation.of("onlineLevel", "procedure.import.onlineLevel", r.onlineLevel())));
                return null;
            }
        }
        return new ProcedureDescription(r.code(), r.name(), r.field(), r.level(), r.body(), r.steps(), channels,
                r.dossier() == null ? null : r.dossier().stream().map(d -> d == null ? null
                        : new ProcedureDescription.Dossier(d.name(), d.copies() == null ? 0 : d.copies())).toList(),
                r.timeLimit(), r.fees(), r.applicants(), r.result(),
                r.legalBases() == null ? null : r.legalBases().stream().map(b -> b == null ? null
                        : new ProcedureDescription.Basis(b.number(), b.title())).toList(),
                r.onlineUrl(), level);
    }

    private static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
        try {
            return name == null ? Optional.empty() : Optional.of(Enum.valueOf(type, name.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
