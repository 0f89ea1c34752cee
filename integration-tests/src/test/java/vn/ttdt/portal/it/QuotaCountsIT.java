package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ttdt.portal.legaldocs.application.PostingShares;
import vn.ttdt.portal.legaldocs.domain.PostingShare;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Contact;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitGroup;
import vn.ttdt.portal.organisation.domain.UnitGroupRepository;
import vn.ttdt.portal.organisation.domain.UnitRepository;
import vn.ttdt.portal.quota.application.QuotaCounts;
import vn.ttdt.portal.quota.domain.QuarterCounts;
import vn.ttdt.portal.quota.domain.QuotaDefaults;
import vn.ttdt.portal.quota.domain.QuotaRule;
import vn.ttdt.portal.quota.domain.QuotaRuleRepository;
import vn.ttdt.portal.quota.domain.QuotaScope;
import vn.ttdt.portal.quota.domain.QuotaTargets;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.Quarter;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/** The quota's counts on the database: quarter boundaries in Vietnamese time, withdrawn items, rules by quarter. */
@ExtendWith(InContainer.class)
class QuotaCountsIT {

    private static final Quarter Q1 = new Quarter(2023, 1);
    private static final Quarter Q2 = new Quarter(2023, 2);

    @Inject
    SiteDirectory sites;

    @Inject
    UnitGroupRepository groups;

    @Inject
    UnitRepository units;

    @Inject
    QuotaRuleRepository rules;

    @Inject
    QuotaCounts counts;

    @Inject
    PostingShares postingShares;

    @Inject
    Sql sql;

    @Resource
    UserTransaction tx;

    @Test
    void anItemCountsForItsSourceUnitInTheQuarterItWasPublishedVietnamTimeUnlessWithdrawn() throws Exception {
        tx.begin();
        try {
            Site site = sites.current();
            UnitGroup group = newGroup(site, QuotaScope.EACH_UNIT, QuotaTargets.newsAndArticles(1, 1));
            Unit unit = newUnit(site, group);
            item(site, unit, "NEWS", "PUBLISHED", at(2023, 3, 31, 23, 30));
            item(site, unit, "ARTICLE", "ARCHIVED", at(2023, 3, 1, 9, 0));
            item(site, unit, "ARTICLE", "PUBLISHED", at(2023, 4, 1, 0, 10));
            item(site, unit, "NEWS", "UNPUBLISHED", at(2023, 2, 10, 9, 0));
            item(site, unit, "NEWS", "DRAFT", null);

            assertEquals(Map.of(unit, QuarterCounts.published(1, 1)), counts.of(site, group, Q1), "31/3 23:30 is quarter I");
            assertEquals(Map.of(unit, QuarterCounts.published(0, 1)), counts.of(site, group, Q2), "1/4 00:10 is quarter II");
            assertTrue(counts.ruleInForce(site, group, Q1).orElseThrow().assess(counts.of(site, group, Q1)).get(0)
                    .compliance().met());
            assertFalse(counts.ruleInForce(site, group, Q2).orElseThrow().assess(counts.of(site, group, Q2)).get(0)
                    .compliance().met(), "no news in quarter II");
        } finally {
            tx.rollback();
        }
    }

    @Test
    void aUnitWithoutItemsCountsNothingAndARuleFromALaterQuarterLeavesEarlierOnesAlone() throws Exception {
        tx.begin();
        try {
            Site site = sites.current();
            UnitGroup group = newGroup(site, QuotaScope.EACH_UNIT, QuotaTargets.articles(1));
            Unit unit = newUnit(site, group);
            QuotaRule later = rules.add(new QuotaRule(site, group, new Quarter(2023, 3), QuotaScope.GROUP_TOGETHER,
                    QuotaTargets.articles(3), "it", Instant.now()));

            assertEquals(Map.of(unit, QuarterCounts.NONE), counts.of(site, group, Q2));
            assertEquals(QuotaTargets.articles(1), counts.ruleInForce(site, group, Q2).orElseThrow().targets());
            assertEquals(later, counts.ruleInForce(site, group, new Quarter(2023, 3)).orElseThrow());
            assertEquals(later, counts.ruleInForce(site, group, new Quarter(2024, 1)).orElseThrow());
        } finally {
            tx.rollback();
        }
    }

    @Test
    void aPostedShareRuleCountsTheSitesPostingRequests() throws Exception {
        tx.begin();
        try {
            Site site = sites.current();
            UnitGroup group = newGroup(site, QuotaScope.EACH_UNIT, QuotaTargets.postedPercent(100));
            Unit office = newUnit(site, group);
            PostingShare share = postingShares.of(site, null, Q2);

            assertEquals(Map.of(office, QuarterCounts.NONE.withRequests(share.received(), share.postedInTime())),
                    counts.of(site, group, Q2));
        } finally {
            tx.rollback();
        }
    }

    @Test
    void everyGroupOfTheAppendixHasItsDefaultRule() {
        Site site = sites.current();
        for (QuotaDefaults.DefaultRule expected : QuotaDefaults.RULES) {
            UnitGroup group = groups.allOf(site).stream().filter(g -> g.getCode().equals(expected.groupCode()))
                    .findFirst().orElseThrow();
            QuotaRule rule = counts.ruleInForce(site, group, Q1).orElseThrow();

            assertEquals(List.of(expected.scope(), expected.targets()), List.of(rule.getScope(), rule.targets()),
                    expected.groupCode());
        }
    }

    private UnitGroup newGroup(Site site, QuotaScope scope, QuotaTargets targets) {
        String code = "QT-" + token();
        UnitGroup group = groups.add(new UnitGroup(site, code, "Khối kiểm thử " + code, "Trưởng khối", 99));
        rules.add(new QuotaRule(site, group, QuotaDefaults.FROM, scope, targets, "it", Instant.now()));
        return group;
    }

    private Unit newUnit(Site site, UnitGroup group) {
        String token = token();
        return units.add(new Unit(site, group, "Đơn vị chỉ tiêu " + token, "CT " + token,
                new Contact(null, null, null, null), Instant.now()));
    }

    private void item(Site site, Unit unit, String kind, String state, Instant publishedAt) {
        long category = sql.number("SELECT MIN(id) FROM category WHERE site_id = ?", List.of(site.getId()));
        String slug = "chi-tieu-" + token();
        sql.update("""
                INSERT INTO content_item (site_id, kind, genre, title, slug, lead, body, category_id, source_unit_id,
                    state, created_by, created_at, updated_at, published_at, search_text)
                VALUES (?, ?, 'NEWS_OR_REPLY', ?, ?, '', '', ?, ?, ?, 'it', ?, ?, ?, '')""",
                Arrays.asList(site.getId(), kind, slug, slug, category, unit.getId(), state, Instant.now(),
                        Instant.now(), publishedAt));
    }

    private static String token() {
        return Long.toString(System.nanoTime(), 36);
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(BusinessCalendar.ZONE).toInstant();
    }
}
