package vn.ttdt.portal.royalty.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.content.domain.Genre;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/** The royalty rules of docs/domain.md with amounts computed by hand. */
class PayrollRulesTest {

    private final RoyaltySchedule schedule = RoyaltyDefaults.schedule();

    @Test
    void aNewsItemOfCoefficientFiveIsPaidWithTheUnitValueOfItsPublicationDay() {
        // 10% × 1,490,000 = 149,000 until 2023-06-30; 10% × 1,800,000 = 180,000 from 2023-07-01
        assertEquals(745_000, singleAuthorAmount("5", LocalDate.of(2023, 6, 30)));
        assertEquals(900_000, singleAuthorAmount("5", LocalDate.of(2023, 7, 1)));
        assertEquals(234_000, schedule.unitValueOn(LocalDate.of(2024, 7, 1)));
        assertEquals(253_000, schedule.unitValueOn(LocalDate.of(2026, 7, 1)));
    }

    @Test
    void aCoefficientWithTwoDecimalsIsRoundedHalfUpToAWholeDong() {
        // 2.35 × 149,000 = 350,150; 7.33 × 180,000 = 1,319,400
        assertEquals(350_150, singleAuthorAmount("2.35", LocalDate.of(2023, 1, 10)));
        assertEquals(1_319_400, singleAuthorAmount("7.33", LocalDate.of(2023, 9, 10)));
    }

    @Test
    void threeCoAuthorsAt33_33_34PercentOfAnOddAmountAddUpExactly() {
        // 1.01 × 149,000 = 150,490; 33% = 49,661.7 → 49,662; 34% = 51,166.6 → 51,167;
        // the first author takes 150,490 − 49,662 − 51,167 = 49,661
        PublishedWork work = work("1.01", LocalDate.of(2023, 3, 3), List.of(
                author(0, "Nguyễn Văn An", 1L, "33"), author(1, "Trần Thị Bình", 2L, "33"), author(2, "Lê Minh Châu", null, "34")));
        List<PayrollLine> lines = PayrollRules.workLines(work, schedule);
        assertEquals(List.of(49_661L, 49_662L, 51_167L), lines.stream().map(PayrollLine::amount).toList());
        assertEquals(150_490, lines.stream().mapToLong(PayrollLine::amount).sum());
        assertEquals(List.of("A:1", "A:2", "N:le minh chau"), lines.stream().map(PayrollLine::payeeKey).toList());
        assertEquals(List.of("W:42:0", "W:42:1", "W:42:2"), lines.stream().map(PayrollLine::lineKey).toList());
    }

    @Test
    void equalThirdsOfAnAmountGiveTheRemainderToTheFirstAuthor() {
        // 33.33% of 100,001 = 33,330.333… → 33,330 twice; the first author takes 100,001 − 66,660 = 33,341
        assertEquals(List.of(33_341L, 33_330L, 33_330L),
                ShareSplit.split(100_001, List.of(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"))));
        // 5 VND: 33.33% → 1.6665 → 2, 33.34% → 1.667 → 2, so the remainder leaves the first author 1 (−1 on his rounded 2)
        assertEquals(List.of(1L, 2L, 2L),
                ShareSplit.split(5, List.of(new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.34"))));
    }

    @Test
    void equalSharesOfAnOddAmountAmongThreeGiveTheRemainderToTheFirstAuthor() {
        // 100,001 / 3 = 33,333.67 → 33,334 to the second and third; the first takes 100,001 − 66,668 = 33,333
        assertEquals(List.of(33_333L, 33_334L, 33_334L), ShareSplit.equally(100_001, 3));
        // 100,000 / 3 = 33,333.33 → 33,333; the first takes 100,000 − 66,666 = 33,334
        assertEquals(List.of(33_334L, 33_333L, 33_333L), ShareSplit.split(100_000, java.util.Arrays.asList(null, null, null)));
    }

    @Test
    void equalSharesOfAnOddAmountAmongSevenGiveTheRemainderToTheFirstAuthor() {
        // 1,000,001 / 7 = 142,857.29 → 142,857 to each of the six others; the first takes 1,000,001 − 857,142 = 142,859
        assertEquals(List.of(142_859L, 142_857L, 142_857L, 142_857L, 142_857L, 142_857L, 142_857L), ShareSplit.equally(1_000_001, 7));
        // 1,000,005 / 7 = 142,857.86 → 142,858 to each of the six others; the first takes 1,000,005 − 857,148 = 142,857
        assertEquals(List.of(142_857L, 142_858L, 142_858L, 142_858L, 142_858L, 142_858L, 142_858L), ShareSplit.equally(1_000_005, 7));
        assertEquals(new BigDecimal("14.29"), ShareSplit.equalPercent(7));
    }

    @Test
    void aWorkOfThreeAuthorsWithoutSharesIsSplitEquallyOnItsPayrollLines() {
        // 3.33 × 149,000 × 65% (translation) = 322,510.5 → 322,511; / 3 = 107,503.67 → 107,504 twice;
        // the first author takes 322,511 − 215,008 = 107,503
        PublishedWork work = new PublishedWork(43, "Bản dịch ba người", Genre.NEWS_OR_REPLY, LocalDate.of(2023, 3, 3),
                new WorkGrade(new BigDecimal("3.33"), Adjustment.TRANSLATION, new BigDecimal("65"), true), List.of(
                        new PublishedWork.Author(0, "Nguyễn Văn An", 1L, null), new PublishedWork.Author(1, "Trần Thị Bình", 2L, null),
                        new PublishedWork.Author(2, "Lê Minh Châu", null, null)));
        List<PayrollLine> lines = PayrollRules.workLines(work, schedule);
        assertEquals(List.of(107_503L, 107_504L, 107_504L), lines.stream().map(PayrollLine::amount).toList());
        assertEquals(322_511, lines.stream().mapToLong(PayrollLine::amount).sum());
        assertEquals(List.of("33.33", "33.33", "33.33"), lines.stream().map(l -> l.sharePercent().toPlainString()).toList());
    }

    @Test
    void someAuthorsWithAShareAndOthersWithoutAreRefused() {
        BusinessRuleException e = assertThrows(BusinessRuleException.class,
                () -> ShareSplit.split(1000, java.util.Arrays.asList(new BigDecimal("100"), null)));
        assertEquals("royalty.shares.mixed", e.messageKey());
    }

    @Test
    void sharesThatDoNotAddUpToAHundredAreRefused() {
        BusinessRuleException e = assertThrows(BusinessRuleException.class,
                () -> ShareSplit.split(1000, List.of(new BigDecimal("50"), new BigDecimal("40"))));
        assertEquals("royalty.shares.total", e.messageKey());
    }

    @Test
    void aTranslationIsPaidItsPercentageOfTheGenreAndRoundedBeforeTheSplit() {
        // 3 × 180,000 × 45% = 243,000; 3.33 × 149,000 = 496,170, × 65% = 322,510.5 → 322,511
        assertEquals(243_000, new WorkGrade(new BigDecimal("3"), Adjustment.TRANSLATION, new BigDecimal("45"), true).royalty(180_000));
        assertEquals(322_511, new WorkGrade(new BigDecimal("3.33"), Adjustment.TRANSLATION, new BigDecimal("65"), true).royalty(149_000));
        WorkGrade tooLow = new WorkGrade(new BigDecimal("3"), Adjustment.TRANSLATION, new BigDecimal("39"), true);
        BusinessRuleException e = assertThrows(BusinessRuleException.class,
                () -> tooLow.checkAgainst(schedule, Genre.COMMENTARY, LocalDate.of(2023, 9, 1)));
        assertEquals("royalty.translation.outOfBand", e.messageKey());
    }

    @Test
    void aCoefficientOutsideItsGenresBandIsRefusedWithTheBand() {
        WorkGrade eleven = new WorkGrade(new BigDecimal("11"), Adjustment.NONE, null, true);
        BusinessRuleException e = assertThrows(BusinessRuleException.class,
                () -> eleven.checkAgainst(schedule, Genre.NEWS_OR_REPLY, LocalDate.of(2023, 9, 1)));
        assertEquals("royalty.coefficient.outOfBand", e.messageKey());
        assertEquals(List.of(new BigDecimal("11"), BigDecimal.ONE, BigDecimal.TEN), List.of(e.arguments()));
        eleven.checkAgainst(schedule, Genre.COMMENTARY, LocalDate.of(2023, 9, 1));
        new WorkGrade(new BigDecimal("50"), Adjustment.NONE, null, true).checkAgainst(schedule, Genre.LIVE_MEDIA, LocalDate.of(2023, 9, 1));
        assertThrows(BusinessRuleException.class, () -> new WorkGrade(new BigDecimal("0.99"), Adjustment.NONE, null, true)
                .checkAgainst(schedule, Genre.PHOTO, LocalDate.of(2023, 9, 1)));
        assertEquals("royalty.coefficient.scale", assertThrows(BusinessRuleException.class,
                () -> new WorkGrade(new BigDecimal("2.345"), Adjustment.NONE, null, true)
                        .checkAgainst(schedule, Genre.NEWS_OR_REPLY, LocalDate.of(2023, 9, 1))).messageKey());
    }

    @Test
    void taxIsWithheldFromAPayeeWhoseGrossReachesTheThresholdAndNotOneDongBelow() {
        TaxRule june2026 = schedule.taxRule(YearMonth.of(2026, 6).atEndOfMonth());
        assertEquals(200_000, PayeeTotal.of("A:1", 2_000_000, false, june2026).tax());
        assertEquals(1_800_000, PayeeTotal.of("A:1", 2_000_000, false, june2026).net());
        assertEquals(0, PayeeTotal.of("A:1", 1_999_999, false, june2026).tax());
        assertEquals(1_999_999, PayeeTotal.of("A:1", 1_999_999, false, june2026).net());
        // 10% of 2,345,675 = 234,567.5 → 234,568
        assertEquals(234_568, PayeeTotal.of("A:1", 2_345_675, false, june2026).tax());
    }

    @Test
    void aPayeeWithA08CkTnCnCommitmentIsNotWithheld() {
        TaxRule rule = schedule.taxRule(LocalDate.of(2023, 9, 30));
        PayeeTotal committed = PayeeTotal.of("A:7", 9_000_000, true, rule);
        assertEquals(0, committed.tax());
        assertEquals(9_000_000, committed.net());
    }

    @Test
    void theThresholdRisesBetweenTheJuneAndJuly2026Payrolls() {
        TaxRule june = schedule.taxRule(YearMonth.of(2026, 6).atEndOfMonth());
        TaxRule july = schedule.taxRule(YearMonth.of(2026, 7).atEndOfMonth());
        assertEquals(2_000_000, june.threshold());
        assertEquals(5_000_000, july.threshold());
        assertEquals(300_000, june.withheld(3_000_000, false));
        assertEquals(0, july.withheld(3_000_000, false));
        assertEquals(500_000, july.withheld(5_000_000, false));
        assertEquals(0, july.withheld(4_999_999, false));
    }

    @Test
    void remunerationIsTheRoleCoefficientTimesTheUnitValueOfTheMonthsLastDay() {
        RemunerationRole head = schedule.remunerationRole("HEAD", LocalDate.of(2023, 6, 30)).orElseThrow();
        // June 2023 ends before the new base salary: 3.0 × 149,000; July 2023: 3.0 × 180,000
        assertEquals(447_000, PayrollRules.remunerationLine(YearMonth.of(2023, 6), 9, "Phạm Quốc Dũng", head, schedule).amount());
        PayrollLine july = PayrollRules.remunerationLine(YearMonth.of(2023, 7), 9, "Phạm Quốc Dũng", head, schedule);
        assertEquals(540_000, july.amount());
        assertEquals("R:9:HEAD", july.lineKey());
        RemunerationRole technician = schedule.remunerationRole("TECHNICIAN", LocalDate.of(2023, 7, 31)).orElseThrow();
        assertEquals(270_000, PayrollRules.remunerationLine(YearMonth.of(2023, 7), 3, "Kỹ thuật", technician, schedule).amount());
    }

    @Test
    void remunerationAboveHalfOfTheMonthsRoyaltiesIsWarnedAbout() {
        BigDecimal cap = schedule.remunerationCapPercent(LocalDate.of(2023, 9, 30));
        assertFalse(PayrollRules.remunerationOverCap(500_000, 1_000_000, cap));
        assertTrue(PayrollRules.remunerationOverCap(500_001, 1_000_000, cap));
        assertTrue(PayrollRules.remunerationOverCap(1, 0, cap));
    }

    @Test
    void aDateBeforeAnyBaseSalaryIsRefusedNotGuessed() {
        BusinessRuleException e = assertThrows(BusinessRuleException.class, () -> schedule.unitValueOn(LocalDate.of(2019, 6, 30)));
        assertEquals("royalty.parameter.missing", e.messageKey());
    }

    @Test
    void aChangedScheduleIsReadByDate() {
        Timeline<BigDecimal> salary = Timeline.of(java.util.Map.of(LocalDate.of(2020, 1, 1), new BigDecimal("1000000"),
                LocalDate.of(2023, 7, 1), new BigDecimal("1800005")));
        assertEquals(new BigDecimal("1000000"), salary.at(LocalDate.of(2023, 6, 30)).orElseThrow());
        assertEquals(new BigDecimal("1800005"), salary.at(LocalDate.of(2023, 7, 1)).orElseThrow());
        assertTrue(salary.at(LocalDate.of(2019, 12, 31)).isEmpty());
    }

    private long singleAuthorAmount(String coefficient, LocalDate publishedOn) {
        List<PayrollLine> lines = PayrollRules.workLines(work(coefficient, publishedOn, List.of(author(0, "Nguyễn Văn An", 1L, "100"))),
                schedule);
        assertEquals(1, lines.size());
        return lines.get(0).amount();
    }

    private static PublishedWork work(String coefficient, LocalDate publishedOn, List<PublishedWork.Author> authors) {
        return new PublishedWork(42, "Tin thử", Genre.NEWS_OR_REPLY, publishedOn,
                new WorkGrade(new BigDecimal(coefficient), Adjustment.NONE, null, true), authors);
    }

    private static PublishedWork.Author author(int position, String name, Long accountId, String share) {
        return new PublishedWork.Author(position, name, accountId, new BigDecimal(share));
    }
}
