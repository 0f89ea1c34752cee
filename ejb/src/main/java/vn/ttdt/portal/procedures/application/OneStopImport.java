package vn.ttdt.portal.procedures.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.content.application.ImportRejected;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitRepository;
import vn.ttdt.portal.procedures.domain.OneStopCsv;
import vn.ttdt.portal.procedures.domain.OneStopResult;
import vn.ttdt.portal.procedures.domain.OneStopResultRepository;
import vn.ttdt.portal.procedures.domain.ReportingPeriod;
import vn.ttdt.portal.procedures.domain.Violation;
import vn.ttdt.portal.shared.application.PublishedContentChanged;
import vn.ttdt.portal.shared.application.RequestOrigin;

/**
 * Imports a month of one-stop results from the one-stop software's CSV export ({@link OneStopCsv}), all or nothing.
 * The editorial board (approvers, editors — the culture office among them) imports for every unit, and its import
 * replaces the whole month; a unit reporter imports only their own unit's line, which replaces that unit's month.
 */
@Stateless
@RolesAllowed({Role.APPROVER_NAME, Role.EDITOR_NAME, Role.UNIT_REPORTER_NAME})
public class OneStopImport {

    private static final Logger LOG = Logger.getLogger(OneStopImport.class.getName());
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The month imported, how many units it holds now and how many earlier results it replaced. */
    public record Result(String period, int units, int replaced) implements Serializable {
    }

    @Inject
    private OneStopResultRepository results;

    @Inject
    private UnitRepository units;

    @Inject
    private AccountRepository accounts;

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

    public Result importCsv(String periodText, byte[] csv) {
        Instant now = clock.instant();
        YearMonth period = ReportingPeriod.parse(periodText, YearMonth.from(now.atZone(VIETNAM)))
                .orElseThrow(() -> rejected(0, Violation.of("period", "oneStop.period.invalid")));
        OneStopCsv.Parsed parsed = OneStopCsv.parse(csv, period);
        if (!parsed.isValid()) {
            throw new OneStopRejected(parsed.problems().stream().map(p -> Problems.of(p.line(), p.violation())).toList());
        }
        Site site = sites.current();
        Unit own = board() ? null : ownUnit();
        List<ImportRejected.Problem> problems = new ArrayList<>();
        List<Unit> named = new ArrayList<>();
        for (OneStopCsv.Line line : parsed.lines()) {
            Optional<Unit> unit = unitNamed(site, line.unit());
            if (unit.isEmpty()) {
                problems.add(Problems.of(line.number(), Violation.of("don_vi", "oneStop.unit.unknown", line.unit())));
            } else if (own != null && !own.getId().equals(unit.get().getId())) {
                problems.add(Problems.of(line.number(), Violation.of("don_vi", "oneStop.unit.foreign", unit.get().getName())));
            } else {
                named.add(unit.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new OneStopRejected(problems);
        }
        String by = caller.getCallerPrincipal().getName();
        int replaced = results.remove(site, period, own == null ? null : List.of(own));
        for (int i = 0; i < named.size(); i++) {
            results.add(new OneStopResult(site, named.get(i), period, parsed.lines().get(i).counts(), by, now));
        }
        Result result = new Result(period.toString(), results.ofPeriod(site, period).size(), replaced);
        audit.record(by, AuditAction.ONE_STOP_IMPORTED, "one-stop", period.toString(),
                named.size() + " đơn vị, thay " + replaced + " kết quả cũ", origin.remoteAddress());
        published.fire(new PublishedContentChanged("one-stop results " + period));
        LOG.info(() -> "one-stop " + period + " imported by " + by + ": " + named.size() + " units, " + replaced + " replaced");
        return result;
    }

    /** True when the caller imports for every unit. */
    private boolean board() {
        return caller.isCallerInRole(Role.APPROVER_NAME) || caller.isCallerInRole(Role.EDITOR_NAME);
    }

    private Unit ownUnit() {
        return accounts.byLogin(caller.getCallerPrincipal().getName()).map(Account::getUnit)
                .orElseThrow(() -> rejected(0, Violation.of(null, "oneStop.unit.none")));
    }

    private Optional<Unit> unitNamed(Site site, String name) {
        Optional<Unit> byShort = units.byShortName(site, name);
        if (byShort.isPresent()) {
            return byShort;
        }
        return units.byName(site, name);
    }

    private static OneStopRejected rejected(int line, Violation violation) {
        return new OneStopRejected(List.of(Problems.of(line, violation)));
    }
}
