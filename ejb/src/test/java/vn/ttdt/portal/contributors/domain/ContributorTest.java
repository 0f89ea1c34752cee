package vn.ttdt.portal.contributors.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

class ContributorTest {

    private static final Instant NOW = Instant.parse("2026-12-06T01:00:00Z");
    private static final Site SITE = new Site("cam-my", "Trang TTĐT huyện Cẩm Mỹ", "Cẩm Mỹ", "UBND huyện Cẩm Mỹ");

    private static Contributor trang() {
        Contributor c = new Contributor(SITE, NOW);
        c.describe(new ContributorDetails(" Lê Thị Thu Trang ", "Thu Trang", "Giáo viên", null, " ", null, null), null, NOW);
        return c;
    }

    private static YearOfWorks.Credit credit(long item, Long account, String name, String day) {
        return new YearOfWorks.Credit(item, "Bài " + item, account, name, LocalDate.parse(day));
    }

    @Test
    void aWorkCreditsTheContributorUnderTheirNameOrPenNameWithOrWithoutDiacriticsOrUnderTheirAccount() {
        Contributor trang = trang();
        assertEquals("Lê Thị Thu Trang", trang.getFullName());
        assertEquals(null, trang.getEmail(), "a blank e-mail is none");
        assertTrue(trang.isCredited(null, "le thi thu  trang"));
        assertTrue(trang.isCredited(null, "THU TRANG"));
        assertFalse(trang.isCredited(null, "Thu Trang Nguyễn"));
        assertFalse(trang.isCredited(7L, "Người khác"));
        trang.linkAccount(7L, NOW);
        assertTrue(trang.isCredited(7L, "Người khác"));
    }

    @Test
    void aYearOfWorksCountsEachWorkOnceInTheMonthItWasPublished() {
        YearOfWorks year = YearOfWorks.of(trang(), 2023, List.of(
                credit(1, null, "Thu Trang", "2023-03-10"),
                credit(2, null, "Thu Trang", "2023-05-01"),
                credit(2, null, "Lê Thị Thu Trang", "2023-05-01"),
                credit(3, null, "Người khác", "2023-05-02"),
                credit(4, null, "Thu Trang", "2024-01-02")));
        assertEquals(2, year.total());
        assertEquals(List.of(0L, 0L, 1L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L), year.perMonth());
    }

    @Test
    void aContributorGetsOneAccountAndNoneOnceInactive() {
        Contributor trang = trang();
        trang.checkInvitable();
        trang.linkAccount(9L, NOW);
        assertEquals("contributor.invite.hasAccount", assertThrows(BusinessRuleException.class, trang::checkInvitable).messageKey());
        assertThrows(BusinessRuleException.class, () -> trang.linkAccount(10L, NOW));
        Contributor other = trang();
        other.deactivate(NOW);
        assertEquals("contributor.invite.inactive", assertThrows(BusinessRuleException.class, other::checkInvitable).messageKey());
    }
}
