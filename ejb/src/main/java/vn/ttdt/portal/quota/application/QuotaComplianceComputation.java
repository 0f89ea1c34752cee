package vn.ttdt.portal.quota.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.legaldocs.application.PostingShares;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitGroup;
import vn.ttdt.portal.organisation.domain.UnitGroupRepository;
import vn.ttdt.portal.quota.domain.Assessed;
import vn.ttdt.portal.quota.domain.ComplianceRow;
import vn.ttdt.portal.quota.domain.ComplianceTables;
import vn.ttdt.portal.quota.domain.CountedItem;
import vn.ttdt.portal.quota.domain.FinalRunCatchUp;
import vn.ttdt.portal.quota.domain.Measure;
import vn.ttdt.portal.quota.domain.QuarterCounts;
import vn.ttdt.portal.quota.domain.QuarterItems;
import vn.ttdt.portal.quota.domain.QuarterTable;
import vn.ttdt.portal.quota.domain.QuotaRule;
import vn.ttdt.portal.shared.domain.NotFoundException;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * The steps of the quota job ({@code quota-compliance}), each in the transaction of its step or chunk: begin (the
 * quarter's rows removed), the rows to write in key order with their compliance (by {@link QuotaCounts} and the
 * rule in force), the items the rows count (read once per quarter), the writes, and the end (a final run locks the
 * quarter). Called by the batch artifacts and the schedule only; who may start the job is decided where it is
 * started. Every step that writes checks first, on the stored state, that the quarter is not locked and still belongs
 * to its run.
 */
@Stateless
@PermitAll
public class QuotaComplianceComputation {

    private static final String JOB = "quota-compliance";

    @Inject
    private QuotaCounts counts;

    @Inject
    private PostingShares postingShares;

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

    /** Refuses a run on a locked quarter, and a final run before the quarter has ended. */
    public void checkCanRun(Quarter quarter, boolean finalRun) {
        QuarterTable.checkCanRun(tables.of(siteId(), quarter), quarter, finalRun, Quarter.of(clock.instant()));
    }

    /** Opens the quarter's table for run {@code runId}: its earlier rows removed, the rows to come counted. */
    public void begin(Quarter quarter, boolean finalRun, long runId) {
        long siteId = siteId();
        QuarterTable.checkCanRun(tables.lockForWriting(siteId, quarter), quarter, finalRun, Quarter.of(clock.instant()));
        tables.begin(siteId, quarter, runId, finalRun, expectedRows(quarter), clock.instant());
    }

    /**
     * Every row of the quarter's table, without their counted items, in key order: for each group with a rule in
     * force, one row per active unit or one for the group together, as the rule's scope says.
     */
    public List<ComplianceRow> rows(Quarter quarter) {
        Site site = sites.current();
        Map<UnitGroup, QuotaRule> inForce = rulesInForce(site, quarter);
        Map<UnitGroup, Map<Unit, QuarterCounts>> counted = counts.ofEveryGroup(site, quarter, inForce);
        List<ComplianceRow> rows = new ArrayList<>();
        inForce.forEach((group, rule) -> {
            Map<Unit, QuarterCounts> byUnit = counted.get(group);
            for (Assessed<Unit> assessed : rule.assess(byUnit)) {
                rows.add(row(group, rule, byUnit, assessed));
            }
        });
        rows.sort(Comparator.comparing(ComplianceRow::key));
        return rows;
    }

    /** How many rows {@link #rows} will give, without counting anything: the rule in force and the active units. */
    private int expectedRows(Quarter quarter) {
        Site site = sites.current();
        Map<UnitGroup, QuotaRule> inForce = rulesInForce(site, quarter);
        Map<UnitGroup, Map<Unit, QuarterCounts>> units = counts.unitsOfEveryGroup(site, inForce);
        return inForce.entrySet().stream().mapToInt(rule -> rule.getValue().assess(units.get(rule.getKey())).size()).sum();
    }

    private Map<UnitGroup, QuotaRule> rulesInForce(Site site, Quarter quarter) {
        Map<UnitGroup, QuotaRule> inForce = new LinkedHashMap<>();
        for (UnitGroup group : groups.allOf(site)) {
            counts.ruleInForce(site, group, quarter).ifPresent(rule -> inForce.put(group, rule));
        }
        return inForce;
    }

    private static ComplianceRow row(UnitGroup group, QuotaRule rule, Map<Unit, QuarterCounts> byUnit, Assessed<Unit> assessed) {
        List<Unit> covered = assessed.unit().map(List::of).orElseGet(() -> List.copyOf(byUnit.keySet()));
        QuarterCounts rowCounts = assessed.unit().map(byUnit::get).orElseGet(() -> QuarterCounts.sum(byUnit.values()));
        return new ComplianceRow(group.getId(), assessed.unit().map(Unit::getId).orElse(null), rule.getId(), rule.getScope(),
                covered.stream().map(Unit::getId).toList(), rowCounts, assessed.compliance(), List.of());
    }

    /** What the quarter's rows may count, read once: the news and articles by unit, the requests posted in time. */
    public QuarterItems countedItems(Quarter quarter) {
        Site site = sites.current();
        return new QuarterItems(counts.countedItems(site, quarter), postingShares.postedInTime(site, null, quarter));
    }

    /** Writes a chunk's rows, refused when the quarter is locked or another run has replaced this one. */
    public void write(Quarter quarter, long runId, List<ComplianceRow> rows) {
        QuarterTable table = writable(quarter, runId);
        tables.write(table, rows);
    }

    /** Ends the run: the table computed, and locked when the run is final. */
    public void finish(Quarter quarter, long runId, long executionId) {
        QuarterTable table = writable(quarter, runId);
        int written = tables.rowsWritten(table.id());
        tables.completed(table.id(), clock.instant(), table.finalRun());
        audit.record(JOB, AuditAction.QUOTA_COMPLIANCE_COMPUTED, "quota-quarter", table.id(), quarter + ": " + written
                + " rows" + (table.finalRun() ? ", final (locked)" : ", provisional") + ", execution " + executionId, null);
    }

    /** The quarter just ended when its final run was missed (the server down at the scheduled time); see {@link FinalRunCatchUp}. */
    public Optional<Quarter> missedFinalRun() {
        FinalRunCatchUp catchUp = new FinalRunCatchUp(clock);
        return catchUp.missed(tables.of(siteId(), catchUp.quarterJustEnded()));
    }

    /** Where the quarter's table stands (the progress bar asks every second): its run, rows expected and written. */
    public Progress progress(Quarter quarter) {
        return tables.of(siteId(), quarter)
                .map(t -> new Progress(t.runId(), t.expectedRows(), tables.rowsWritten(t.id()), t.computedAt() != null))
                .orElse(new Progress(null, 0, 0, false));
    }

    /** The rows a run expects and has written; {@code runId} null when the quarter was never run. */
    public record Progress(Long runId, int expectedRows, int rowsWritten, boolean computed) {
    }

    private QuarterTable writable(Quarter quarter, long runId) {
        QuarterTable table = tables.lockForWriting(siteId(), quarter)
                .orElseThrow(() -> new NotFoundException("quota quarter", quarter));
        table.checkCanWrite(runId);
        return table;
    }

    private long siteId() {
        return sites.current().getId();
    }
}
