package vn.ttdt.portal.quota.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.application.SupervisedGroups;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.quota.domain.ComplianceTables;
import vn.ttdt.portal.quota.domain.ComplianceTables.HistoryRow;
import vn.ttdt.portal.quota.domain.ComplianceTables.StoredRow;
import vn.ttdt.portal.quota.domain.FinalRunCatchUp;
import vn.ttdt.portal.quota.domain.Measure;
import vn.ttdt.portal.quota.domain.MeasureResult;
import vn.ttdt.portal.quota.domain.QuarterTable;
import vn.ttdt.portal.quota.domain.SubjectKey;
import vn.ttdt.portal.quota.domain.TrafficLight;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.application.RequestOrigin;
import vn.ttdt.portal.shared.domain.NotFoundException;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * A quarter's compliance table as the quota job left it. The board (approvers) and the IT administrator read every
 * group's rows, a quota supervisor the rows of the groups they supervise today, a unit reporter their own unit's row
 * ({@link ResultScope}); a row outside the caller's scope answers like an unknown one. The board and the supervisors
 * follow the quarter on the dashboard (traffic lights, eight quarters of trend, each group's share of units meeting
 * their quota); the board reopens a quarter locked by a final run (audited), so that it can be computed again.
 */
@Stateless
@RolesAllowed({Role.APPROVER_NAME, Role.IT_ADMIN_NAME, Role.QUOTA_SUPERVISOR_NAME, Role.UNIT_REPORTER_NAME})
public class QuotaResults {

    static final int TREND_QUARTERS = 8;

    @Inject
    private ComplianceTables tables;

    @Inject
    private SupervisedGroups supervised;

    @Inject
    private SiteDirectory sites;

    @Inject
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    /** The quarter's rows the caller reads, in the groups' and units' order; none when the quarter was never computed. */
    public List<ComplianceRowView> rows(Quarter quarter) {
        return visibleRows(quarter).stream().map(ComplianceRowView::of).toList();
    }

    /** Whether a final run has locked the quarter. */
    public boolean isLocked(Quarter quarter) {
        return tables.of(sites.current().getId(), quarter).map(QuarterTable::locked).orElse(false);
    }

    /** The items one row of the quarter counted; a row the caller does not read answers like an unknown one. */
    public List<CountedItemView> countedItems(Quarter quarter, long rowId) {
        QuarterTable table = tables.of(sites.current().getId(), quarter).orElseThrow(() -> new NotFoundException("quota row", rowId));
        ResultScope scope = scopeOfCaller();
        tables.rows(table.id()).stream().filter(row -> row.id() == rowId && scope.includes(row)).findFirst()
                .orElseThrow(() -> new NotFoundException("quota row", rowId));
        return tables.countedItemDetails(table.id(), rowId).stream()
                .map(item -> new CountedItemView(item.kind().name(), item.id(), item.title(), item.at())).toList();
    }

    /** The quarter's dashboard for the board (every group) and the quota supervisors (the groups they supervise). */
    @RolesAllowed({Role.APPROVER_NAME, Role.QUOTA_SUPERVISOR_NAME})
    public QuotaDashboard dashboard(Quarter quarter) {
        long siteId = sites.current().getId();
        Optional<QuarterTable> table = tables.of(siteId, quarter);
        List<StoredRow> rows = visibleRows(quarter);
        List<Quarter> quarters = lastQuarters(quarter);
        Map<SubjectKey, Map<Quarter, HistoryRow>> history = tables.history(siteId, quarters.get(0), quarter).stream()
                .collect(Collectors.groupingBy(h -> new SubjectKey(h.groupId(), h.unitKey()),
                        Collectors.toMap(HistoryRow::quarter, Function.identity())));
        Instant asOf = table.map(QuarterTable::computedAt).orElse(null);
        List<QuotaDashboard.Row> dashboardRows = new ArrayList<>();
        Map<String, int[]> shares = new LinkedHashMap<>();
        for (StoredRow row : rows) {
            Map<Quarter, HistoryRow> past = history.getOrDefault(SubjectKey.of(row.groupId(), row.unitId()), Map.of());
            List<QuotaDashboard.TrendPoint> trend = quarters.stream().map(q -> Optional.ofNullable(past.get(q))
                    .map(h -> new QuotaDashboard.TrendPoint(quarterLabel(q), true, h.required(), h.achieved(), h.met()))
                    .orElseGet(() -> new QuotaDashboard.TrendPoint(quarterLabel(q), false, 0, 0, false))).toList();
            TrafficLight light = TrafficLight.of(measures(row), quarter, asOf == null ? clock.instant() : asOf);
            dashboardRows.add(new QuotaDashboard.Row(ComplianceRowView.of(row), light, trend));
            int[] share = shares.computeIfAbsent(row.group(), g -> new int[2]);
            share[0]++;
            share[1] += row.met() ? 1 : 0;
        }
        List<QuotaDashboard.GroupShare> groups = shares.entrySet().stream()
                .map(e -> new QuotaDashboard.GroupShare(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new QuotaDashboard(sites.current().getName(), quarter.year(), quarter.number(), quarterLabel(quarter), asOf,
                table.map(QuarterTable::locked).orElse(false), dashboardRows, groups,
                quarters.stream().map(QuotaResults::quarterLabel).toList());
    }

    /** Unlocks a quarter a final run locked, so that it can be run again (the rows stay, no longer final). */
    @RolesAllowed(Role.APPROVER_NAME)
    public void reopen(Quarter quarter) {
        QuarterTable table = tables.lockForWriting(sites.current().getId(), quarter)
                .orElseThrow(() -> new NotFoundException("quota quarter", quarter));
        table.checkCanReopen();
        String by = caller.getCallerPrincipal().getName();
        tables.reopen(table.id(), by, clock.instant());
        audit.record(by, AuditAction.QUOTA_QUARTER_REOPENED, "quota-quarter", table.id(), quarter + " reopened",
                origin.remoteAddress());
    }

    /** "Quý IV/2026": a quarter as every screen and export writes it. */
    public static String quarterLabel(Quarter quarter) {
        return DomainTexts.text("quota.quarter.label", QuarterTable.label(quarter));
    }

    private List<StoredRow> visibleRows(Quarter quarter) {
        ResultScope scope = scopeOfCaller();
        return tables.of(sites.current().getId(), quarter)
                .map(table -> tables.rows(table.id()).stream().filter(scope::includes).toList())
                .orElse(List.of());
    }

    private ResultScope scopeOfCaller() {
        Optional<Unit> reportersUnit = caller.isCallerInRole(Role.UNIT_REPORTER_NAME) ? supervised.unitOfCaller() : Optional.empty();
        return new ResultScope(supervised.ofCaller(), reportersUnit.map(Unit::getId).orElse(null),
                reportersUnit.map(unit -> unit.getGroup().getId()).orElse(null));
    }

    private static List<MeasureResult> measures(StoredRow row) {
        List<MeasureResult> measures = new ArrayList<>();
        if (row.requiredNews() != null) {
            measures.add(new MeasureResult(Measure.NEWS, row.requiredNews(), row.achievedNews()));
        }
        if (row.requiredArticles() != null) {
            measures.add(new MeasureResult(Measure.ARTICLES, row.requiredArticles(), row.achievedArticles()));
        }
        if (row.requiredPosted() != null) {
            measures.add(new MeasureResult(Measure.POSTED_REQUESTS, row.requiredPosted(), row.achievedPosted()));
        }
        return measures;
    }

    private static List<Quarter> lastQuarters(Quarter last) {
        List<Quarter> quarters = new ArrayList<>(List.of(last));
        while (quarters.size() < TREND_QUARTERS) {
            quarters.add(0, FinalRunCatchUp.quarterBefore(quarters.get(0)));
        }
        return quarters;
    }
}
