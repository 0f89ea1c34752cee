package vn.ttdt.portal.organisation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

class SupervisorAssignmentTest {

    private static final Instant NOW = Instant.parse("2026-12-05T01:00:00Z");
    private final Site site = new Site("cam-my", "Cổng TTĐT huyện Cẩm Mỹ", "Cẩm Mỹ", "UBND huyện Cẩm Mỹ");
    private final UnitGroup communes = new UnitGroup(site, "COMMUNES", "UBND các xã, thị trấn", "Trưởng phòng VH&TT", 2);

    private Account withRole(Role role) {
        Account account = new Account(site, "giamsat." + role.roleName(), "hash", NOW);
        account.grantExactly(Set.of(role), NOW);
        return account;
    }

    @Test
    void anAssignmentHoldsFromItsFirstToItsLastDayInclusive() {
        SupervisorAssignment assignment = new SupervisorAssignment(communes, withRole(Role.QUOTA_SUPERVISOR),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), "quantri", NOW);

        assertFalse(assignment.heldOn(LocalDate.of(2025, 12, 31)));
        assertTrue(assignment.heldOn(LocalDate.of(2026, 1, 1)));
        assertTrue(assignment.heldOn(LocalDate.of(2026, 6, 30)));
        assertFalse(assignment.heldOn(LocalDate.of(2026, 7, 1)));
    }

    @Test
    void anOpenEndedAssignmentHoldsUntilItIsEnded() {
        SupervisorAssignment assignment = new SupervisorAssignment(communes, withRole(Role.QUOTA_SUPERVISOR),
                LocalDate.of(2026, 1, 1), null, "quantri", NOW);
        assertTrue(assignment.heldOn(LocalDate.of(2040, 1, 1)));

        assignment.endOn(LocalDate.of(2026, 12, 31), "pheduyet", NOW);

        assertTrue(assignment.heldOn(LocalDate.of(2026, 12, 31)));
        assertFalse(assignment.heldOn(LocalDate.of(2027, 1, 1)));
        assertEquals("pheduyet", assignment.getRecordedBy());
    }

    @Test
    void anEndBeforeTheFirstDayIsRefused() {
        SupervisorAssignment assignment = new SupervisorAssignment(communes, withRole(Role.QUOTA_SUPERVISOR),
                LocalDate.of(2026, 3, 1), null, "quantri", NOW);

        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> assignment.endOn(LocalDate.of(2026, 2, 28), "quantri", NOW));
        assertEquals("unitGroup.supervisor.dates", refused.messageKey());
        assertThrows(BusinessRuleException.class, () -> new SupervisorAssignment(communes, withRole(Role.QUOTA_SUPERVISOR),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1), "quantri", NOW));
    }

    @Test
    void onlyAQuotaSupervisorMaySuperviseAGroup() {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> new SupervisorAssignment(
                communes, withRole(Role.EDITOR), LocalDate.of(2026, 1, 1), null, "quantri", NOW));

        assertEquals("unitGroup.supervisor.role", refused.messageKey());
    }

    @Test
    void aSupervisorOfAnotherSiteIsRefused() {
        Site other = new Site("xuan-loc", "Cổng TTĐT Xuân Lộc", "Xuân Lộc", "UBND Xuân Lộc");
        Account foreign = new Account(other, "giamsat.xuanloc", "hash", NOW);
        foreign.grantExactly(Set.of(Role.QUOTA_SUPERVISOR), NOW);

        assertThrows(IllegalArgumentException.class, () -> new SupervisorAssignment(communes, foreign,
                LocalDate.of(2026, 1, 1), null, "quantri", NOW));
    }
}
