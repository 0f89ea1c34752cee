package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SupervisorAssignment;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitGroup;
import vn.ttdt.portal.organisation.domain.UnitGroupRepository;
import vn.ttdt.portal.organisation.domain.UnitRepository;
import vn.ttdt.portal.quota.application.QuotaComplianceComputation;
import vn.ttdt.portal.quota.application.QuotaReminders;
import vn.ttdt.portal.quota.domain.ComplianceRow;
import vn.ttdt.portal.quota.domain.QuarterRange;
import vn.ttdt.portal.quota.domain.QuotaDefaults;
import vn.ttdt.portal.quota.domain.QuotaRule;
import vn.ttdt.portal.quota.domain.QuotaRuleRepository;
import vn.ttdt.portal.quota.domain.QuotaScope;
import vn.ttdt.portal.quota.domain.QuotaTargets;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.Quarter;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/**
 * In the container, with the day given: after a provisional run of quarter I/2010 (its own quarter, its table holding
 * only this test's group: 3 news and 1 article a unit), the lagging unit's reporter and the group's supervisor get one
 * mail each naming what is missing and the days left, and an in-app notice; a second run the same week sends
 * nothing, a unit that met its quota gets nothing, and no run in the quarter's first two months reminds anyone. The
 * mails are read back from the test SMTP server over IMAP.
 */
@ExtendWith(InContainer.class)
@Isolated("mails every lagging unit of the site, other classes' units among them")
class QuotaRemindersIT {

    private static final Quarter QUARTER = new Quarter(2010, 1);

    @Inject
    QuotaReminders reminders;

    @Inject
    QuotaComplianceComputation computation;

    @Inject
    UnitRepository units;

    @Inject
    UnitGroupRepository groups;

    @Inject
    QuotaRuleRepository rules;

    @Inject
    AccountRepository accounts;

    @Inject
    SiteDirectory sites;

    @Inject
    Sql sql;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Test
    void aLaggingUnitsReporterAndSupervisorAreRemindedOnceAWeekInTheQuartersLastMonthOnly() throws Exception {
        String token = Long.toString(System.nanoTime(), 36);
        String reporter = "chitieu." + token + "@cammy.example.vn";
        String supervisor = "giamsat." + token + "@cammy.example.vn";
        String metReporter = "dat." + token + "@cammy.example.vn";
        tx.begin();
        Site site = sites.current();
        UnitGroup group = groups.add(new UnitGroup(site, "nhac-ct-" + token, "Khối nhắc chỉ tiêu " + token, "Phó trưởng ban", 99));
        rules.add(new QuotaRule(site, group, QuotaDefaults.FROM, QuotaScope.EACH_UNIT, QuotaTargets.newsAndArticles(3, 1), "it",
                Instant.now()));
        em.persist(new SupervisorAssignment(group, account(site, "gs" + token, supervisor, null, Role.QUOTA_SUPERVISOR),
                LocalDate.of(2000, 1, 1), null, "it", Instant.now()));
        Unit lagging = unit(site, group, "UBND xã Chậm tin " + token);
        account(site, "ct" + token, reporter, lagging, Role.UNIT_REPORTER);
        Unit met = unit(site, group, "UBND xã Đủ tin " + token);
        account(site, "du" + token, metReporter, met, Role.UNIT_REPORTER);
        for (String kind : List.of("NEWS", "NEWS", "NEWS", "ARTICLE")) {
            item(site, met, kind, LocalDateTime.of(2010, 2, 10, 9, 0));
        }
        tx.commit();
        computeTableOf(group);

        assertEquals(0, reminders.remind(QUARTER, LocalDate.of(2010, 1, 18)), "first month");
        assertEquals(0, reminders.remind(QUARTER, LocalDate.of(2010, 2, 15)), "second month");
        assertEquals(2, reminders.remind(QUARTER, LocalDate.of(2010, 3, 8)), "the lagging unit's reporter and supervisor");
        assertEquals(0, reminders.remind(QUARTER, LocalDate.of(2010, 3, 11)), "again the same week");

        String subject = "Nhắc chỉ tiêu quý I/2010: UBND xã Chậm tin " + token + " còn thiếu 3 tin, 1 bài";
        for (String address : List.of(reporter, supervisor)) {
            List<Mailboxes.Mail> mails = Mailboxes.await(address, 1, Duration.ofSeconds(30));
            assertEquals(List.of(subject), mails.stream().map(Mailboxes.Mail::subject).toList(), address);
            String text = mails.get(0).text();
            assertTrue(text.contains("còn thiếu 3 tin, 1 bài") && text.contains("còn 24 ngày") && text.contains("31/03/2010"), text);
            assertTrue(mails.get(0).html().contains("<p>"), "an HTML part with the same words");
        }
        assertEquals(List.of(), Mailboxes.of(metReporter), "the unit that met its quota");
        assertEquals(List.of("ct" + token + " UBND xã Chậm tin " + token + " 2010-03-08 null", "gs" + token + " UBND xã Chậm tin " + token
                + " 2010-03-08 null"), notices(group));
        assertEquals(1L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_event WHERE action = 'QUOTA_REMINDED'"
                + " AND target_type = 'unit' AND target_id = ?1").setParameter(1, Long.toString(lagging.getId())).getSingleResult()).longValue());

        assertEquals(2, reminders.remind(QUARTER, LocalDate.of(2010, 3, 15)), "a week later, still lagging");
    }

    /** The quarter's table as a provisional run leaves it, with this group's rows only. */
    private void computeTableOf(UnitGroup group) {
        long run = System.nanoTime();
        QuarterRange quarter = QuarterRange.of(QUARTER);
        computation.begin(quarter, false, run);
        List<ComplianceRow> rows = computation.rows(quarter).stream().filter(row -> row.groupId() == group.getId()).toList();
        computation.write(quarter, run, rows);
        computation.finish(quarter, run, 0);
    }

    private List<String> notices(UnitGroup group) {
        return ((List<?>) em.createNativeQuery("SELECT CONCAT_WS(' ', a.login, r.lagging_name, r.week_of, COALESCE(r.read_at, 'null'))"
                + " FROM quota_reminder r JOIN account a ON a.id = r.account_id WHERE r.group_id = ?1 AND r.week_of = '2010-03-08'"
                + " ORDER BY a.login").setParameter(1, group.getId()).getResultList()).stream().map(Object::toString).toList();
    }

    private Account account(Site site, String login, String email, Unit unit, Role role) {
        return StaffFixture.account(accounts, site, login, email, unit, role);
    }

    private Unit unit(Site site, UnitGroup group, String name) {
        return StaffFixture.unit(units, site, group, name);
    }

    private void item(Site site, Unit unit, String kind, LocalDateTime publishedVietnam) {
        String slug = "nhac-chi-tieu-" + Long.toString(System.nanoTime(), 36);
        sql.update("""
                INSERT INTO content_item (site_id, kind, genre, title, slug, lead, body, category_id, source_unit_id,
                    state, created_by, created_at, updated_at, published_at, search_text)
                VALUES (?, ?, 'NEWS_OR_REPLY', ?, ?, '', '', (SELECT MIN(id) FROM category), ?, 'PUBLISHED', 'it', ?, ?, ?, '')""",
                Arrays.asList(site.getId(), kind, slug, slug, unit.getId(), Instant.now(), Instant.now(),
                        publishedVietnam.atZone(BusinessCalendar.ZONE).toInstant()));
    }
}
