package vn.ttdt.portal.quota.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitGroup;
import vn.ttdt.portal.organisation.domain.UnitGroupRepository;
import vn.ttdt.portal.quota.domain.Assessed;
import vn.ttdt.portal.quota.domain.ComplianceRow;
import vn.ttdt.portal.quota.domain.ComplianceTables;
import vn.ttdt.portal.quota.domain.CountedIds;
import vn.ttdt.portal.quota.domain.FinalRunCatchUp;
import vn.ttdt.portal.quota.domain.QuarterCounts;
import vn.ttdt.portal.quota.domain.QuarterRange;
import vn.ttdt.portal.quota.domain.QuarterTable;
import vn.ttdt.portal.quota.domain.QuotaRule;
import vn.ttdt.portal.shared.domain.NotFoundException;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * The steps of the quota job ({@code quota-compliance}) over one quarter or a range of quarters, each in the
 * transaction of its step or chunk: begin (the quarters' rows removed), the rows to write in order (quarter, group,
 * unit) with their compliance (by {@link QuotaCounts} and the rule in force) and the ids of the items each counted
 * (each quarter's items read once), the writes, and the end (a final run locks its quarters). Called by the batch
 * artifacts and the schedule only; who may start the job is decided where it is started. Every step that writes
 * checks first, on the stored state, that no quarter of the run is locked and each still belongs to its run.
 */
@Stateless
@PermitAll
public class QuotaComplianceComputation {

    private static final String JOB = "quota-compliance";

    @Inject
    private QuotaCounts counts;

    @Inject
    private UnitGroupRepository groups;

    @Inject
    private ComplianceTables tables;

    @Inject
    private SiteDirectory sites;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** Refuses a run when one of its quarters is locked, and a final run before its last quarter has ended. */
    public void checkCanRun(QuarterRange range, boolean finalRun) {
        checkCanRun(range, finalRun, tables.of(siteId(), range));
    }

    /** Opens the tables of the range's quarters for run {@code runId}: their earlier rows removed, the rows to come counted. */
    public void begin(QuarterRange range, boolean finalRun, long runId) {
        Site site = sites.current();
        long siteId = site.getId();
        checkCanRun(range, finalRun, tables.lockForWriting(siteId, range));
        Assessment assessment = assessment(site);
        Map<Quarter, Integer> expected = new HashMap<>();
        for (Quarter quarter : range.quarters()) {
            Map<UnitGroup, QuotaRule> inForce = assessment.rulesInForce(quarter);
            Map<UnitGroup, Map<Unit, QuarterCounts>> units = counts.unitsOfEveryGroup(assessment.active(), inForce);
            expected.put(quarter, inForce.entrySet().stream().mapToInt(rule -> rule.getValue().assess(units.get(rule.getKey())).size()).sum());
        }
        tables.begin(siteId, range, runId, finalRun, expected, clock.instant());
    }

    /**
     * Every row of the range's tables with the items each counted, in order (quarter, group, unit): for each quarter and
     * each group with a rule in force, one row per active unit or one for the group together, as the rule's scope says.
     * The range's items are read once, and counted from what was read.
     */
    public List<ComplianceRow> rows(QuarterRange range) {
        Site site = sites.current();
        Assessment assessment = assessment(site);
        Map<Quarter, Map<UnitGroup, QuotaRule>> inForce = new LinkedHashMap<>();
        for (Quarter quarter : range.quarters()) {
            Map<UnitGroup, QuotaRule> rules = assessment.rulesInForce(quarter);
            if (!rules.isEmpty()) {
                inForce.put(quarter, rules);
            }
        }
        List<ComplianceRow> rows = new ArrayList<>();
        for (QuotaCounts.CountedQuarter counted : counts.countedQuarters(site, assessment.active(), range, inForce)) {
            List<ComplianceRow> quarterRows = new ArrayList<>();
            inForce.get(counted.quarter()).forEach((group, rule) -> {
                Map<Unit, QuarterCounts> byUnit = counted.byGroup().get(group);
                for (Assessed<Unit> assessed : rule.assess(byUnit)) {
                    quarterRows.add(counted.items().countedBy(row(counted.quarter(), group, rule, byUnit, assessed)));
                }
            });
            quarterRows.sort(Comparator.comparing(ComplianceRow::key));
            rows.addAll(quarterRows);
        }
        return rows;
    }

    private Assessment assessment(Site site) {
        return new Assessment(counts.rulesOfEveryGroup(site, groups.allOf(site)), counts.activeUnits(site));
    }

    /** The site's groups with all their rules, and its active units: read once for every quarter of a run. */
    private record Assessment(Map<UnitGroup, List<QuotaRule>> rules, List<Unit> active) {

        Map<UnitGroup, QuotaRule> rulesInForce(Quarter quarter) {
            Map<UnitGroup, QuotaRule> inForce = new LinkedHashMap<>();
            rules.forEach((group, ofGroup) -> QuotaRule.inForce(ofGroup, quarter).ifPresent(rule -> inForce.put(group, rule)));
            return inForce;
        }
    }

    private static ComplianceRow row(Quarter quarter, UnitGroup group, QuotaRule rule, Map<Unit, QuarterCounts> byUnit,
            Assessed<Unit> assessed) {
        List<Unit> covered = assessed.unit().map(List::of).orElseGet(() -> List.copyOf(byUnit.keySet()));
        QuarterCounts rowCounts = assessed.unit().map(byUnit::get).orElseGet(() -> QuarterCounts.sum(byUnit.values()));
        return new ComplianceRow(quarter, group.getId(), assessed.unit().map(Unit::getId).orElse(null), rule.getId(), rule.getScope(),
                covered.stream().map(Unit::getId).toList(), rowCounts, assessed.compliance(), CountedIds.NONE);
    }

    /** Writes a chunk's rows, refused when a quarter of the range is locked or another run has replaced this one. */
    public void write(QuarterRange range, long runId, List<ComplianceRow> rows) {
        Map<Quarter, QuarterTable> writable = new HashMap<>();
        writable(range, runId).forEach(table -> writable.put(table.quarter(), table));
        tables.write(writable, rows);
    }

    /** Ends the run: the range's tables computed, and locked when the run is final. */
    public void finish(QuarterRange range, long runId, long executionId) {
        List<QuarterTable> written = writable(range, runId);
        tables.completed(written.stream().map(QuarterTable::id).toList(), clock.instant(), written.get(0).finalRun());
        for (QuarterTable table : written) {
            audit.record(JOB, AuditAction.QUOTA_COMPLIANCE_COMPUTED, "quota-quarter", table.id(), table.quarter() + ": "
                    + tables.rowsWritten(table.id()) + " rows" + (table.finalRun() ? ", final (locked)" : ", provisional")
                    + ", execution " + executionId, null);
        }
    }

    /** The quarter just ended when its final run was missed (the server down at the scheduled time); see {@link FinalRunCatchUp}. */
    public Optional<Quarter> missedFinalRun() {
        FinalRunCatchUp catchUp = new FinalRunCatchUp(clock);
        return catchUp.missed(tables.of(siteId(), catchUp.quarterJustEnded()));
    }

    /** Where the range's tables stand (the progress bar asks every second): their run, rows expected and written. */
    public Progress progress(QuarterRange range) {
        List<QuarterTable> stored = tables.of(siteId(), range);
        if (stored.isEmpty()) {
            return new Progress(null, 0, 0, false);
        }
        Long runId = stored.stream().allMatch(t -> t.runId() == stored.get(0).runId()) && stored.size() == range.quarters().size()
                ? stored.get(0).runId() : null;
        return new Progress(runId, stored.stream().mapToInt(QuarterTable::expectedRows).sum(),
                tables.rowsWritten(stored.stream().map(QuarterTable::id).toList()),
                stored.stream().allMatch(t -> t.computedAt() != null));
    }

    /** The rows a run expects and has written; {@code runId} null when the range was never run (or not by one run). */
    public record Progress(Long runId, int expectedRows, int rowsWritten, boolean computed) {
    }

    private void checkCanRun(QuarterRange range, boolean finalRun, List<QuarterTable> stored) {
        Quarter current = Quarter.of(clock.instant());
        for (Quarter quarter : range.quarters()) {
            QuarterTable.checkCanRun(stored.stream().filter(t -> t.quarter().equals(quarter)).findFirst(), quarter, finalRun, current);
        }
    }

    private List<QuarterTable> writable(QuarterRange range, long runId) {
        List<QuarterTable> stored = tables.lockForWriting(siteId(), range);
        if (stored.size() != range.quarters().size()) {
            throw new NotFoundException("quota quarter", range);
        }
        stored.forEach(table -> table.checkCanWrite(runId));
        return stored;
    }

    private long siteId() {
        return sites.current().getId();
    }
}
