package vn.ttdt.portal.royalty.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.royalty.domain.Payroll;
import vn.ttdt.portal.royalty.domain.PayrollLine;
import vn.ttdt.portal.royalty.domain.PayrollPayee;
import vn.ttdt.portal.royalty.domain.PayrollRepository;
import vn.ttdt.portal.shared.infrastructure.jdbc.Row;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;
import vn.ttdt.portal.shared.infrastructure.jpa.UtcInstantConverter;

/**
 * Payrolls and payees as entities; the lines (written by the payroll job in plain JDBC) read through {@link Sql}. The
 * statements that settle shares, release them or record a contact stay native queries of the entity manager: they
 * change rows in the same unit of work as the payroll and payee entities (approving, a failed contact), so they are
 * left to the entity manager's ordering of its writes.
 */
@ApplicationScoped
public class JpaPayrollRepository implements PayrollRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Sql sql;

    @Override
    public Optional<Payroll> byMonth(long siteId, YearMonth month) {
        return em.createQuery("SELECT p FROM Payroll p WHERE p.siteId = :site AND p.period = :period", Payroll.class)
                .setParameter("site", siteId).setParameter("period", month.toString())
                .getResultStream().findFirst();
    }

    @Override
    public Payroll add(Payroll payroll) {
        em.persist(payroll);
        em.flush();
        return payroll;
    }

    @Override
    public List<Payroll> all(long siteId) {
        return em.createQuery("SELECT p FROM Payroll p WHERE p.siteId = :site ORDER BY p.period DESC", Payroll.class)
                .setParameter("site", siteId).getResultList();
    }

    @Override
    public List<PayrollPayee> payees(long payrollId) {
        return em.createQuery("SELECT p FROM PayrollPayee p WHERE p.payrollId = :payroll ORDER BY p.payeeName, p.payeeKey",
                        PayrollPayee.class)
                .setParameter("payroll", payrollId).getResultList();
    }

    @Override
    public Optional<PayrollPayee> payee(long payrollId, String payeeKey) {
        return Optional.ofNullable(em.find(PayrollPayee.class, new PayrollPayee.Key(payrollId, payeeKey)));
    }

    @Override
    public List<PayrollLine> lines(long payrollId) {
        return sql.list("""
                SELECT line_key, kind, payee_key, payee_name, account_id, item_id, author_position, role_code, title,
                       published_on, coefficient, unit_value, adjustment_percent, work_amount, share_percent, amount
                FROM payroll_line WHERE payroll_id = ? ORDER BY payee_name, payee_key, kind DESC, published_on, item_id""",
                List.of(payrollId), JpaPayrollRepository::line);
    }

    @Override
    public long approvedGrossOfYear(long siteId, int year, long exceptPayrollId) {
        Long sum = em.createQuery("SELECT SUM(p.totalGross) FROM Payroll p WHERE p.siteId = :site AND p.period LIKE :year "
                        + "AND p.status <> vn.ttdt.portal.royalty.domain.PayrollStatus.DRAFT AND p.id <> :except", Long.class)
                .setParameter("site", siteId).setParameter("year", year + "-%").setParameter("except", exceptPayrollId)
                .getSingleResult();
        return sum == null ? 0 : sum;
    }

    /**
     * Every payroll row of the site, locked in the order of its unique key (site, period) so that two approvals never
     * hold each other's: rows that exist, unlike a guard row inserted on first use, whose first two waiters deadlock
     * when its inserter rolls back.
     */
    @Override
    public void holdApprovals(long siteId) {
        em.createNativeQuery("SELECT id FROM payroll WHERE site_id = ? ORDER BY period FOR UPDATE").setParameter(1, siteId)
                .getResultList();
    }

    @Override
    public int settle(long payrollId) {
        Number already = (Number) em.createNativeQuery("""
                        SELECT COUNT(*) FROM payroll_line l JOIN royalty_settlement s
                          ON s.item_id = l.item_id AND s.author_position = l.author_position
                        WHERE l.payroll_id = ? AND l.kind = 'WORK' LOCK IN SHARE MODE""")
                .setParameter(1, payrollId).getSingleResult();
        Number carriedLines = (Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM payroll_line WHERE payroll_id = ? AND kind = 'REMUNERATION' AND line_key LIKE 'C:%'")
                .setParameter(1, payrollId).getSingleResult();
        int carriedNowPaid = em.createNativeQuery("""
                        UPDATE remuneration_carry_over c JOIN payroll_line l ON l.payroll_id = ?
                          AND l.line_key = CONCAT('C:', c.from_payroll_id, ':', c.account_id, ':', c.role_code)
                        SET c.paid_by_payroll_id = ? WHERE c.paid_by_payroll_id IS NULL""")
                .setParameter(1, payrollId).setParameter(2, payrollId).executeUpdate();
        int carriedPaidElsewhere = carriedLines.intValue() - carriedNowPaid;
        if (already.intValue() + carriedPaidElsewhere > 0) {
            return already.intValue() + carriedPaidElsewhere;
        }
        em.createNativeQuery("""
                        INSERT INTO royalty_settlement (item_id, author_position, payroll_id)
                        SELECT item_id, author_position, payroll_id FROM payroll_line WHERE payroll_id = ? AND kind = 'WORK'""")
                .setParameter(1, payrollId).executeUpdate();
        em.createNativeQuery("""
                        UPDATE royalty_grading g SET g.settled = TRUE
                        WHERE g.item_id IN (SELECT l.item_id FROM payroll_line l WHERE l.payroll_id = ? AND l.kind = 'WORK')
                          AND NOT EXISTS (SELECT 1 FROM content_work_author wa WHERE wa.item_id = g.item_id AND NOT EXISTS
                              (SELECT 1 FROM royalty_settlement s WHERE s.item_id = wa.item_id AND s.author_position = wa.author_position))""")
                .setParameter(1, payrollId).executeUpdate();
        return 0;
    }

    @Override
    public void releaseShares(long payrollId, String payeeKey) {
        em.createNativeQuery("""
                        INSERT INTO remuneration_carry_over (from_payroll_id, account_id, role_code, title, coefficient, unit_value, amount)
                        SELECT payroll_id, account_id, role_code, title, coefficient, unit_value, amount FROM payroll_line
                        WHERE payroll_id = ? AND payee_key = ? AND kind = 'REMUNERATION' AND line_key LIKE 'R:%'""")
                .setParameter(1, payrollId).setParameter(2, payeeKey).executeUpdate();
        em.createNativeQuery("""
                        UPDATE remuneration_carry_over c JOIN payroll_line l ON l.payroll_id = ? AND l.payee_key = ?
                          AND l.line_key = CONCAT('C:', c.from_payroll_id, ':', c.account_id, ':', c.role_code)
                        SET c.paid_by_payroll_id = NULL WHERE c.paid_by_payroll_id = ?""")
                .setParameter(1, payrollId).setParameter(2, payeeKey).setParameter(3, payrollId).executeUpdate();
        em.createNativeQuery("""
                        UPDATE royalty_grading g SET g.settled = FALSE
                        WHERE g.item_id IN (SELECT l.item_id FROM payroll_line l WHERE l.payroll_id = ? AND l.payee_key = ? AND l.kind = 'WORK')""")
                .setParameter(1, payrollId).setParameter(2, payeeKey).executeUpdate();
        em.createNativeQuery("""
                        DELETE s FROM royalty_settlement s JOIN payroll_line l
                          ON l.item_id = s.item_id AND l.author_position = s.author_position AND l.payroll_id = s.payroll_id
                        WHERE s.payroll_id = ? AND l.payee_key = ?""")
                .setParameter(1, payrollId).setParameter(2, payeeKey).executeUpdate();
    }

    @Override
    public void recordContact(long payrollId, String payeeKey, Instant at, String by, boolean reached, String note) {
        em.createNativeQuery("""
                        INSERT INTO payroll_contact_attempt (payroll_id, payee_key, attempted_at, attempted_by, reached, note)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .setParameter(1, payrollId).setParameter(2, payeeKey)
                .setParameter(3, UtcInstantConverter.toTimestamp(at))
                .setParameter(4, by).setParameter(5, reached).setParameter(6, note).executeUpdate();
    }

    private static PayrollLine line(Row r) {
        return new PayrollLine(r.getString("line_key"), r.getEnum("kind", PayrollLine.Kind.class), r.getString("payee_key"),
                r.getString("payee_name"), r.getNullableLong("account_id"), r.getNullableLong("item_id"),
                r.getNullableInt("author_position"), r.getString("role_code"), r.getString("title"), r.getLocalDate("published_on"),
                r.getBigDecimal("coefficient"), r.getLong("unit_value"), r.getBigDecimal("adjustment_percent"),
                r.getLong("work_amount"), r.getBigDecimal("share_percent"), r.getLong("amount"));
    }
}
