package vn.ttdt.portal.quota.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.UnitGroup;
import vn.ttdt.portal.shared.domain.Quarter;

class QuotaRuleTest {

    private static final Instant NOW = Instant.parse("2023-01-02T01:00:00Z");
    private final Site site = new Site("cam-my", "Cổng TTĐT huyện Cẩm Mỹ", "Cẩm Mỹ", "UBND huyện Cẩm Mỹ");

    @Test
    void rule1EveryDepartmentOwesOneArticle() {
        List<Assessed<String>> rows = defaultRule("DEPARTMENTS").assess(ordered(
                "Phòng Tư pháp", QuarterCounts.published(5, 1),
                "Phòng Y tế", QuarterCounts.published(4, 0)));

        assertEquals(2, rows.size());
        assertRow(rows.get(0), "Phòng Tư pháp", 1, 1, 0, true);
        assertRow(rows.get(1), "Phòng Y tế", 1, 0, 1, false);
        assertEquals(List.of(Measure.ARTICLES), measures(rows.get(1)), "news ask nothing of a department");
    }

    @Test
    void rule2EveryCommuneOwesOneNewsAndOneArticle() {
        List<Assessed<String>> rows = defaultRule("COMMUNES").assess(ordered(
                "Xã Bảo Bình", QuarterCounts.published(1, 1),
                "Xã Lâm San", QuarterCounts.published(3, 0),
                "Xã Sông Ray", QuarterCounts.NONE));

        assertRow(rows.get(0), "Xã Bảo Bình", 2, 2, 0, true);
        assertRow(rows.get(1), "Xã Lâm San", 2, 3, 1, false);
        assertRow(rows.get(2), "Xã Sông Ray", 2, 0, 2, false);
    }

    @Test
    void rule3TheParyAndMassOrganisationsOweThreeArticlesTogether() {
        Map<String, QuarterCounts> counts = ordered(
                "Ban Tuyên giáo Huyện ủy", QuarterCounts.published(0, 2),
                "Hội Nông dân huyện", QuarterCounts.published(0, 1),
                "Huyện đoàn Cẩm Mỹ", QuarterCounts.NONE);

        List<Assessed<String>> together = defaultRule("PARTY_MASS_ORGS").assess(counts);

        assertEquals(1, together.size(), "one row for the group");
        assertTrue(together.get(0).ofGroup());
        assertEquals(3, together.get(0).compliance().required());
        assertEquals(3, together.get(0).compliance().achieved());
        assertTrue(together.get(0).compliance().met(), "a union without an article is covered by the others");
    }

    @Test
    void theSameCountsUnderEachUnitScopeLeaveTheUnitsBehind() {
        Map<String, QuarterCounts> counts = ordered(
                "Ban Tuyên giáo Huyện ủy", QuarterCounts.published(0, 2),
                "Hội Nông dân huyện", QuarterCounts.published(0, 1));
        QuotaRule eachUnit = rule("PARTY_MASS_ORGS", new Quarter(2023, 1), QuotaScope.EACH_UNIT, QuotaTargets.articles(3));

        List<Assessed<String>> rows = eachUnit.assess(counts);

        assertEquals(2, rows.size());
        assertRow(rows.get(0), "Ban Tuyên giáo Huyện ủy", 3, 2, 1, false);
        assertRow(rows.get(1), "Hội Nông dân huyện", 3, 1, 2, false);
    }

    @Test
    void rule4TheCultureCentreWith30NewsAnd3ArticlesMeetsItsQuota() {
        Compliance centre = only(defaultRule("CULTURE_CENTRE").assess(ordered(
                "Trung tâm Văn hóa, Thông tin và Thể thao huyện", QuarterCounts.published(30, 3))));

        assertEquals(33, centre.required());
        assertEquals(33, centre.achieved());
        assertEquals(0, centre.shortfall());
        assertTrue(centre.met());
    }

    @Test
    void rule4MoreNewsDoNotMakeUpForAMissingArticle() {
        Compliance centre = only(defaultRule("CULTURE_CENTRE").assess(ordered(
                "Trung tâm Văn hóa, Thông tin và Thể thao huyện", QuarterCounts.published(40, 2))));

        assertEquals(1, centre.shortfall());
        assertFalse(centre.met());
        assertEquals(new MeasureResult(Measure.ARTICLES, 3, 2), centre.measures().get(1));
    }

    @Test
    void rule5ThreeOfFourRequestsPostedIsNotMet() {
        Compliance office = only(defaultRule("CULTURE_OFFICE").assess(ordered(
                "Phòng Văn hóa và Thông tin huyện", QuarterCounts.NONE.withRequests(4, 3))));

        assertEquals(List.of(new MeasureResult(Measure.POSTED_REQUESTS, 4, 3)), office.measures());
        assertEquals(1, office.shortfall());
        assertFalse(office.met());
    }

    @Test
    void rule5AllRequestsPostedIsMet() {
        Compliance office = only(defaultRule("CULTURE_OFFICE").assess(ordered(
                "Phòng Văn hóa và Thông tin huyện", QuarterCounts.NONE.withRequests(4, 4))));

        assertTrue(office.met());
    }

    @Test
    void rule5WithoutRequestsReceivedIsMet() {
        Compliance office = only(defaultRule("CULTURE_OFFICE").assess(ordered(
                "Phòng Văn hóa và Thông tin huyện", QuarterCounts.NONE)));

        assertEquals(0, office.required());
        assertEquals(0, office.shortfall());
        assertTrue(office.met(), "nothing was asked to be posted, so nothing is missing");
    }

    @Test
    void aPartialShareRoundsTheRequiredRequestsUp() {
        Compliance half = Compliance.of(QuotaTargets.postedPercent(50), QuarterCounts.NONE.withRequests(3, 1));

        assertEquals(2, half.required(), "50% of 3 requests is 2 posted");
        assertFalse(half.met());
    }

    @Test
    void aRuleChangedFromALaterQuarterLeavesEarlierQuartersRuleAsItWas() {
        QuotaRule first = rule("COMMUNES", QuotaDefaults.FROM, QuotaScope.EACH_UNIT, QuotaTargets.newsAndArticles(1, 1));
        QuotaRule fromQ3 = rule("COMMUNES", new Quarter(2023, 3), QuotaScope.EACH_UNIT, QuotaTargets.newsAndArticles(2, 1));
        List<QuotaRule> history = List.of(fromQ3, first);
        Map<String, QuarterCounts> counts = ordered("Xã Xuân Mỹ", QuarterCounts.published(1, 1), "Xã Xuân Tây",
                QuarterCounts.published(2, 1));

        assertEquals(Optional.of(first), QuotaRule.inForce(history, new Quarter(2023, 2)));
        assertEquals(Optional.of(fromQ3), QuotaRule.inForce(history, new Quarter(2023, 3)));
        assertEquals(Optional.of(fromQ3), QuotaRule.inForce(history, new Quarter(2024, 1)));
        assertTrue(only(QuotaRule.inForce(history, new Quarter(2023, 2)).orElseThrow().assess(
                ordered("Xã Xuân Mỹ", counts.get("Xã Xuân Mỹ")))).met(), "quarter II keeps 1 news + 1 article");
        assertFalse(only(QuotaRule.inForce(history, new Quarter(2023, 3)).orElseThrow().assess(
                ordered("Xã Xuân Mỹ", counts.get("Xã Xuân Mỹ")))).met(), "quarter III asks 2 news");
    }

    @Test
    void noRuleIsInForceBeforeTheFirst() {
        QuotaRule fromQ3 = rule("COMMUNES", new Quarter(2023, 3), QuotaScope.EACH_UNIT, QuotaTargets.articles(1));

        assertEquals(Optional.empty(), QuotaRule.inForce(List.of(fromQ3), new Quarter(2023, 2)));
    }

    @Test
    void theDefaultsCoverTheFiveGroupsOfTheAppendix() {
        assertEquals(List.of("DEPARTMENTS", "COMMUNES", "PARTY_MASS_ORGS", "CULTURE_CENTRE", "CULTURE_OFFICE"),
                QuotaDefaults.RULES.stream().map(QuotaDefaults.DefaultRule::groupCode).toList());
    }

    @Test
    void aGroupOfAnotherSiteIsRefused() {
        Site other = new Site("xa-khac", "Trang xã khác", "Xã khác", "UBND xã khác");
        UnitGroup theirs = new UnitGroup(other, "COMMUNES", "UBND các xã", "Trưởng phòng", 1);

        assertThrows(IllegalArgumentException.class, () -> new QuotaRule(site, theirs, new Quarter(2023, 1),
                QuotaScope.EACH_UNIT, QuotaTargets.articles(1), "board", NOW));
    }

    @Test
    void targetsOutsideTheirRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> QuotaTargets.postedPercent(101));
        assertThrows(IllegalArgumentException.class, () -> QuotaTargets.articles(-1));
        assertThrows(IllegalArgumentException.class, () -> QuarterCounts.NONE.withRequests(3, 4));
    }

    private QuotaRule defaultRule(String groupCode) {
        QuotaDefaults.DefaultRule seed = QuotaDefaults.forGroup(groupCode).orElseThrow();
        return rule(groupCode, QuotaDefaults.FROM, seed.scope(), seed.targets());
    }

    private QuotaRule rule(String groupCode, Quarter from, QuotaScope scope, QuotaTargets targets) {
        return new QuotaRule(site, new UnitGroup(site, groupCode, groupCode, "Trưởng khối", 1), from, scope, targets,
                "board", NOW);
    }

    private static Map<String, QuarterCounts> ordered(Object... unitsAndCounts) {
        Map<String, QuarterCounts> counts = new LinkedHashMap<>();
        for (int i = 0; i < unitsAndCounts.length; i += 2) {
            counts.put((String) unitsAndCounts[i], (QuarterCounts) unitsAndCounts[i + 1]);
        }
        return counts;
    }

    private static Compliance only(List<Assessed<String>> rows) {
        assertEquals(1, rows.size());
        return rows.get(0).compliance();
    }

    private static List<Measure> measures(Assessed<String> row) {
        return row.compliance().measures().stream().map(MeasureResult::measure).toList();
    }

    private static void assertRow(Assessed<String> row, String unit, long required, long achieved, long shortfall, boolean met) {
        assertEquals(Optional.of(unit), row.unit());
        assertEquals(required, row.compliance().required(), unit + " required");
        assertEquals(achieved, row.compliance().achieved(), unit + " achieved");
        assertEquals(shortfall, row.compliance().shortfall(), unit + " shortfall");
        assertEquals(met, row.compliance().met(), unit + " met");
    }
}
