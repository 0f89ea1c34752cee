package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import vn.ttdt.portal.royalty.application.PayrollComputation;
import vn.ttdt.portal.royalty.domain.PayrollLine;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * Inside WildFly: every step of the {@code royalty-payroll} job refuses a payroll that is no longer a draft, reading
 * its state from the database (not from a cached copy), so a run restarted by any means adds nothing to an approved
 * payroll (issue 10, finding 6).
 */
@ExtendWith(InContainer.class)
class PayrollStepsIT {

    private static final YearMonth MONTH = YearMonth.of(2019, 11);


    @Inject
    PayrollComputation computation;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @Test
    void noStepOfThePayrollJobWritesIntoAPayrollApprovedMeanwhile() throws SQLException {
        long payrollId = computation.begin(MONTH, 0L);
        update("UPDATE payroll SET status = 'APPROVED' WHERE id = ?", payrollId);
        PayrollLine line = new PayrollLine("W:0:0", PayrollLine.Kind.WORK, "N:nguoi thu", "Người thử", null, null, 0, null,
                "Tác phẩm thử", MONTH.atDay(5), BigDecimal.ONE, 149_000, BigDecimal.valueOf(100), 149_000, BigDecimal.valueOf(100), 149_000);

        assertLocked(() -> computation.begin(MONTH, 1L));
        assertLocked(() -> computation.write(payrollId, 1, List.of(line)));
        assertLocked(() -> computation.writeRemuneration(MONTH));
        assertLocked(() -> computation.computeTotals(MONTH, 1L));

        assertEquals(0, count("SELECT COUNT(*) FROM payroll_line WHERE payroll_id = ?", payrollId));
        assertEquals(0, count("SELECT COUNT(*) FROM payroll_payee WHERE payroll_id = ?", payrollId));
        assertEquals(0, count("SELECT COUNT(*) FROM payroll WHERE id = ? AND computed_at IS NOT NULL", payrollId));
    }

    private static void assertLocked(Executable step) {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, step);
        assertEquals("payroll.locked", refused.messageKey());
    }

    private void update(String sql, long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }

    private int count(String sql, long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
