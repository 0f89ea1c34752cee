package vn.ttdt.portal.royalty.infrastructure.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ttdt.portal.content.domain.Genre;
import vn.ttdt.portal.royalty.domain.Adjustment;
import vn.ttdt.portal.royalty.domain.PayrollLedger;
import vn.ttdt.portal.royalty.domain.PayrollLine;
import vn.ttdt.portal.royalty.domain.PayrollStatus;
import vn.ttdt.portal.royalty.domain.PublishedWork;
import vn.ttdt.portal.royalty.domain.WorkGrade;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.NotFoundException;
import vn.ttdt.portal.shared.infrastructure.jdbc.Row;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/**
 * The payroll ledger in plain JDBC on the portal's JTA datasource: pages by keyset within a partition of item ids
 * ({@link vn.ttdt.portal.royalty.domain.WorkPartition}, {@code MOD(item_id, count) = index}), lines loaded as text
 * ({@link Sql#loadRows}). The works and their authors are read from the content context's views
 * {@code content_published_work} and {@code content_work_author} (migration V13), never from its tables. A work's
 * author linked to an account of the work's site is paid to that account under its holder's full name (read in the
 * same page query, whatever byline was typed); an author entry naming another site's account is paid as a name.
 */
@ApplicationScoped
public class JdbcPayrollLedger implements PayrollLedger {

    private static final String DUE = """
            FROM content_published_work w JOIN royalty_grading g ON g.item_id = w.item_id AND g.payable AND NOT g.settled
            WHERE w.site_id = ? AND w.published_at < ?""";

    private static final String PAGE = """
            SELECT w.item_id, w.title, w.genre, w.published_at, g.coefficient, g.adjustment, g.adjustment_percent,
                   wa.author_position, COALESCE(a.full_name, wa.author_name) AS author_name, a.id AS account_id, wa.share_percent,
                   s.item_id IS NOT NULL AS paid
            FROM (SELECT w.item_id %s AND w.item_id > ? AND MOD(w.item_id, ?) = ? ORDER BY w.item_id LIMIT ?) page
            JOIN content_published_work w ON w.item_id = page.item_id
            JOIN royalty_grading g ON g.item_id = w.item_id
            JOIN content_work_author wa ON wa.item_id = w.item_id
            LEFT JOIN account a ON a.id = wa.account_id AND a.site_id = w.site_id
            LEFT JOIN royalty_settlement s ON s.item_id = wa.item_id AND s.author_position = wa.author_position
            ORDER BY w.item_id, wa.author_position""".formatted(DUE);

    private static final List<String> LINE_COLUMNS = List.of("payroll_id", "line_key", "kind", "payee_key", "payee_name",
            "account_id", "item_id", "author_position", "role_code", "title", "published_on", "coefficient", "unit_value",
            "adjustment_percent", "work_amount", "share_percent", "amount");

    private static final String SUMS = """
            SELECT s.payee_key, COALESCE(a.full_name, s.payee_name) AS payee_name, s.account_id, s.royalties, s.remuneration,
                   s.line_count, a.tax_code, a.bank_account_number, a.bank_name
            FROM (SELECT payee_key, MIN(payee_name) AS payee_name, MIN(account_id) AS account_id,
                         SUM(CASE WHEN kind = 'WORK' THEN amount ELSE 0 END) AS royalties,
                         SUM(CASE WHEN kind = 'REMUNERATION' THEN amount ELSE 0 END) AS remuneration, COUNT(*) AS line_count
                  FROM payroll_line WHERE payroll_id = ? GROUP BY payee_key) s
            LEFT JOIN account a ON a.id = s.account_id
            ORDER BY s.payee_name, s.payee_key""";

    private static final String INSERT_PAYEE = """
            INSERT INTO payroll_payee (payroll_id, payee_key, payee_name, account_id, tax_code, bank_account_number, bank_name,
                gross, tax, net, tax_commitment, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DUE')""";

    @Inject
    private Sql sql;

    @Override
    public int countPayableWorks(long siteId, Instant publishedBefore) {
        return (int) sql.number("SELECT COUNT(*) " + DUE, List.of(siteId, publishedBefore));
    }

    @Override
    public List<DueWork> payableWorks(DueWorkSelection selection, long afterItemId, int limit) {
        Map<Long, WorkBuilder> works = new LinkedHashMap<>();
        List<?> parameters = List.of(selection.siteId(), selection.publishedBefore(), afterItemId, selection.partition().count(),
                selection.partition().index(), limit);
        sql.forEach(PAGE, parameters, 0, r -> {
            WorkBuilder work = works.computeIfAbsent(r.getLong("item_id"), id -> new WorkBuilder(id, work(r)));
            int position = r.getInt("author_position");
            work.authors.add(new PublishedWork.Author(position, r.getString("author_name"), r.getNullableLong("account_id"),
                    r.getBigDecimal("share_percent")));
            if (!r.getBoolean("paid")) {
                work.unpaid.add(position);
            }
        });
        return works.values().stream().map(WorkBuilder::build).toList();
    }

    /**
     * Writes the lines with one {@code LOAD DATA LOCAL INFILE} fed from memory ({@link Sql#loadRows}), in the caller's
     * transaction: the server reads the rows as text instead of parsing a placeholder per value, as the multi-row
     * {@code INSERT}s did (BENCHMARKS.md, the payroll).
     */
    @Override
    public void insertLines(long payrollId, List<PayrollLine> lines) {
        sql.loadRows("payroll_line", LINE_COLUMNS, lines, line -> Arrays.asList(payrollId, line.lineKey(), line.kind(),
                line.payeeKey(), line.payeeName(), line.accountId(), line.itemId(), line.authorPosition(), line.roleCode(),
                line.title(), line.publishedOn(), line.coefficient(), line.unitValue(), line.adjustmentPercent(),
                line.workAmount(), line.sharePercent(), line.amount()));
    }

    @Override
    public PayrollState lockForWriting(long payrollId) {
        return sql.first("SELECT period, status FROM payroll WHERE id = ? FOR UPDATE", List.of(payrollId),
                        r -> new PayrollState(YearMonth.parse(r.getString("period")), r.getEnum("status", PayrollStatus.class)))
                .orElseThrow(() -> new NotFoundException("payroll", payrollId));
    }

    @Override
    public void addWorksWritten(long payrollId, int works) {
        sql.update("UPDATE payroll SET works_written = works_written + ? WHERE id = ?", List.of(works, payrollId));
    }

    @Override
    public void clear(long payrollId) {
        sql.update("DELETE FROM payroll_contact_attempt WHERE payroll_id = ?", List.of(payrollId));
        sql.update("DELETE FROM payroll_payee WHERE payroll_id = ?", List.of(payrollId));
        sql.update("DELETE FROM payroll_line WHERE payroll_id = ?", List.of(payrollId));
    }

    @Override
    public List<PayeeSum> sumsByPayee(long payrollId) {
        return sql.list(SUMS, List.of(payrollId), r -> new PayeeSum(r.getString("payee_key"), r.getString("payee_name"),
                r.getNullableLong("account_id"), r.getLong("royalties"), r.getLong("remuneration"), r.getInt("line_count"),
                r.getString("tax_code"), r.getString("bank_account_number"), r.getString("bank_name")));
    }

    @Override
    public void insertPayees(long payrollId, List<PayeeRecord> payees) {
        sql.batch(INSERT_PAYEE, payees, payee -> Arrays.asList(payrollId, payee.sum().payeeKey(), payee.sum().payeeName(),
                payee.sum().accountId(), payee.sum().taxCode(), payee.sum().bankAccountNumber(), payee.sum().bankName(),
                payee.total().gross(), payee.total().tax(), payee.total().net(), payee.total().hasCommitment()));
    }

    @Override
    public Set<Long> accountsWithTaxCommitment(int year) {
        return new HashSet<>(sql.list("SELECT account_id FROM tax_commitment WHERE commitment_year = ?", List.of(year),
                r -> r.getLong("account_id")));
    }

    @Override
    public List<HeldRole> rolesHeldOn(long siteId, LocalDate day) {
        return sql.list("""
                SELECT a.id AS account_id, a.full_name, r.role_code FROM remuneration_assignment r JOIN account a ON a.id = r.account_id
                WHERE r.site_id = ? AND r.valid_from <= ? AND (r.valid_to IS NULL OR r.valid_to >= ?) ORDER BY a.full_name, r.role_code""",
                List.of(siteId, day, day), r -> new HeldRole(r.getLong("account_id"), r.getString("full_name"), r.getString("role_code")));
    }

    @Override
    public List<CarriedRemuneration> carriedRemuneration(long siteId, YearMonth month) {
        return sql.list("""
                SELECT r.from_payroll_id, p.period, r.account_id, a.full_name, r.role_code, r.title, r.coefficient, r.unit_value, r.amount
                FROM remuneration_carry_over r JOIN payroll p ON p.id = r.from_payroll_id JOIN account a ON a.id = r.account_id
                WHERE p.site_id = ? AND p.period < ? AND r.paid_by_payroll_id IS NULL ORDER BY p.period, a.full_name, r.role_code""",
                List.of(siteId, month.toString()), r -> new CarriedRemuneration(r.getLong("from_payroll_id"), r.getString("period"),
                        r.getLong("account_id"), r.getString("full_name"), r.getString("role_code"), r.getString("title"),
                        r.getBigDecimal("coefficient"), r.getLong("unit_value"), r.getLong("amount")));
    }

    private static WorkRow work(Row r) {
        Instant publishedAt = r.getInstant("published_at");
        WorkGrade grade = new WorkGrade(r.getBigDecimal("coefficient"), r.getEnum("adjustment", Adjustment.class),
                r.getBigDecimal("adjustment_percent"), true);
        return new WorkRow(r.getString("title"), r.getEnum("genre", Genre.class), BusinessCalendar.dayOf(publishedAt), grade);
    }

    private record WorkRow(String title, Genre genre, LocalDate publishedOn, WorkGrade grade) {
    }

    private static final class WorkBuilder {
        private final long itemId;
        private final WorkRow row;
        private final List<PublishedWork.Author> authors = new ArrayList<>();
        private final Set<Integer> unpaid = new HashSet<>();

        WorkBuilder(long itemId, WorkRow row) {
            this.itemId = itemId;
            this.row = row;
        }

        DueWork build() {
            return new DueWork(new PublishedWork(itemId, row.title(), row.genre(), row.publishedOn(), row.grade(), authors), unpaid);
        }
    }
}
