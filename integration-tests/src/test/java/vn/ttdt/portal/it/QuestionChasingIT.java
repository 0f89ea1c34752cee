package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
import vn.ttdt.portal.questions.application.OverdueChaser;
import vn.ttdt.portal.questions.domain.Asker;
import vn.ttdt.portal.questions.domain.Publication;
import vn.ttdt.portal.questions.domain.Question;
import vn.ttdt.portal.questions.domain.QuestionField;
import vn.ttdt.portal.questions.domain.QuestionRepository;
import vn.ttdt.portal.questions.domain.TrackingCodes;
import vn.ttdt.portal.shared.domain.BusinessCalendar;

/**
 * In the container, with the clock given day by day: the chasing timer mails the unit's reporter and its group's
 * supervisor two working days before the deadline and on every working day after it — across the weekends and the
 * Tết 2023 holiday (20–26 January) — once a day however often it runs, until the unit answers; another unit's
 * reporter gets nothing; a two-days-before reminder missed while the server was down goes out once on the next day. The
 * mails are read back from the test SMTP server's mailboxes over IMAP.
 */
@ExtendWith(InContainer.class)
class QuestionChasingIT {

    private static final LocalDate DEADLINE = LocalDate.of(2023, 1, 18);

    @Inject
    OverdueChaser chaser;

    @Inject
    QuestionRepository questions;

    @Inject
    UnitRepository units;

    @Inject
    UnitGroupRepository groups;

    @Inject
    AccountRepository accounts;

    @Inject
    SiteDirectory sites;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Test
    void theUnitIsChasedTwoWorkingDaysBeforeTheDeadlineAndOnEveryWorkingDayAfterItUntilItAnswers() throws Exception {
        String token = Long.toString(System.nanoTime(), 36);
        String reporter = "nhac." + token + "@cammy.example.vn";
        String supervisor = "phutrach." + token + "@cammy.example.vn";
        String otherReporter = "khac." + token + "@cammy.example.vn";
        tx.begin();
        Site site = sites.current();
        UnitGroup group = groups.add(new UnitGroup(site, "nhac-" + token, "Khối nhắc hạn " + token, "Phó trưởng ban", 99));
        em.persist(new SupervisorAssignment(group, account(site, "pt" + token, supervisor, null, Role.QUOTA_SUPERVISOR),
                LocalDate.of(2020, 1, 1), null, "test", Instant.now()));
        Unit unit = unit(site, group, "UBND xã Nhắc hạn " + token);
        account(site, "dm" + token, reporter, unit, Role.UNIT_REPORTER);
        account(site, "kh" + token, otherReporter, unit(site, group, "UBND xã Khác " + token), Role.UNIT_REPORTER);
        Question question = forwardedOnTheFourth(site, unit, "nhắc hạn " + token);
        tx.commit();
        String code = question.getTrackingCode();

        for (LocalDate day = LocalDate.of(2023, 1, 12); day.isBefore(LocalDate.of(2023, 2, 1)); day = day.plusDays(1)) {
            for (int run = 0; run < 2; run++) {
                tx.begin();
                chaser.chase(day);
                tx.commit();
            }
        }
        tx.begin();
        questions.byId(site, question.getId()).orElseThrow().draftAnswer("Câu trả lời của đơn vị", "dm" + token, Instant.now());
        tx.commit();
        tx.begin();
        chaser.chase(LocalDate.of(2023, 2, 1));
        tx.commit();

        List<LocalDate> chasedOn = em.createQuery("SELECT r.day FROM QuestionReminder r WHERE r.question.id = :id ORDER BY r.day",
                LocalDate.class).setParameter("id", question.getId()).getResultList();
        assertEquals(List.of(LocalDate.of(2023, 1, 16), LocalDate.of(2023, 1, 19), LocalDate.of(2023, 1, 27),
                LocalDate.of(2023, 1, 30), LocalDate.of(2023, 1, 31)), chasedOn,
                "Monday before; then every working day late, none in Tết; once a day although run twice; none once answered");
        List<String> expected = List.of(
                "Nhắc hạn trả lời câu hỏi " + code + ": còn 2 ngày làm việc",
                "Câu hỏi " + code + " đã quá hạn trả lời 1 ngày làm việc",
                "Câu hỏi " + code + " đã quá hạn trả lời 2 ngày làm việc",
                "Câu hỏi " + code + " đã quá hạn trả lời 3 ngày làm việc",
                "Câu hỏi " + code + " đã quá hạn trả lời 4 ngày làm việc");
        assertEquals(expected, sorted(awaitSubjects(reporter, expected.size())));
        assertEquals(expected, sorted(awaitSubjects(supervisor, expected.size())));
        assertEquals(List.of(), subjects(otherReporter), "another unit's reporter");
        assertEquals(5L, count("SELECT COUNT(*) FROM audit_event WHERE action = 'QUESTION_REMINDED' AND target_id = ?1", code));
    }

    @Test
    void aDueSoonReminderMissedWhileTheServerWasDownGoesOutOnceOnTheNextDayWithTheWorkingDaysLeft() throws Exception {
        String token = Long.toString(System.nanoTime(), 36);
        String reporter = "lo." + token + "@cammy.example.vn";
        tx.begin();
        Site site = sites.current();
        UnitGroup group = groups.add(new UnitGroup(site, "lo-" + token, "Khối bù nhắc " + token, "Phó trưởng ban", 98));
        Unit unit = unit(site, group, "UBND xã Bù nhắc hạn " + token);
        account(site, "lo" + token, reporter, unit, Role.UNIT_REPORTER);
        Question question = forwardedOnTheFourth(site, unit, "bù nhắc hạn " + token);
        tx.commit();
        String code = question.getTrackingCode();

        for (LocalDate day : List.of(LocalDate.of(2023, 1, 13), LocalDate.of(2023, 1, 17), LocalDate.of(2023, 1, 17),
                LocalDate.of(2023, 1, 18), LocalDate.of(2023, 1, 19))) {
            tx.begin();
            chaser.chase(day);
            tx.commit();
        }
        tx.begin();
        questions.byId(site, question.getId()).orElseThrow().draftAnswer("Câu trả lời của đơn vị", "lo" + token, Instant.now());
        tx.commit();

        List<Object[]> sent = em.createQuery("SELECT r.day, r.kind, r.workingDays FROM QuestionReminder r WHERE r.question.id = :id"
                + " AND r.day < :february ORDER BY r.day", Object[].class).setParameter("id", question.getId())
                .setParameter("february", LocalDate.of(2023, 2, 1)).getResultList();
        assertEquals(List.of("2023-01-17 DUE_SOON 1", "2023-01-19 OVERDUE 1"),
                sent.stream().map(row -> row[0] + " " + row[1] + " " + row[2]).toList(),
                "down on Monday the 16th: warned once on Tuesday with one working day left, not again on Wednesday");
        List<String> expected = List.of("Nhắc hạn trả lời câu hỏi " + code + ": còn 1 ngày làm việc",
                "Câu hỏi " + code + " đã quá hạn trả lời 1 ngày làm việc");
        assertEquals(expected, sorted(awaitSubjects(reporter, expected.size()).stream().filter(expected::contains).toList()),
                "each once (the real timer, running meanwhile with today's date, may add its own)");
    }

    /** A question received on 3 January 2023 and forwarded to {@code unit} on the 4th, due by {@link #DEADLINE}. */
    private Question forwardedOnTheFourth(Site site, Unit unit, String label) {
        Question question = questions.add(new Question(site, new TrackingCodes().next(2023), new Asker("Người hỏi " + label,
                "hoi." + Long.toString(System.nanoTime(), 36) + "@example.org", null, null), QuestionField.LAND, "Câu hỏi " + label,
                "Nội dung câu hỏi " + label, Publication.PRIVATE, BusinessCalendar.startOf(LocalDate.of(2023, 1, 3))));
        question.forward(unit, DEADLINE, null, BusinessCalendar.startOf(LocalDate.of(2023, 1, 4)));
        return question;
    }

    private Account account(Site site, String login, String email, Unit unit, Role role) {
        return StaffFixture.account(accounts, site, login, email, unit, role);
    }

    private Unit unit(Site site, UnitGroup group, String name) {
        return StaffFixture.unit(units, site, group, name);
    }

    private long count(String sql, Object parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }

    private static List<String> sorted(List<String> subjects) {
        return subjects.stream().sorted((a, b) -> a.contains(": còn") ? -1 : b.contains(": còn") ? 1 : a.compareTo(b)).toList();
    }

    private static List<String> awaitSubjects(String address, int count) {
        return Mailboxes.await(address, count, Duration.ofSeconds(30)).stream().map(Mailboxes.Mail::subject).toList();
    }

    private static List<String> subjects(String address) {
        return Mailboxes.subjects(address);
    }
}
