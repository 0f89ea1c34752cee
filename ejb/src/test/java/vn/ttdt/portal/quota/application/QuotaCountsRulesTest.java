package vn.ttdt.portal.quota.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;
import vn.ttdt.portal.organisation.domain.UnitGroup;
import vn.ttdt.portal.quota.domain.QuotaRule;
import vn.ttdt.portal.quota.domain.QuotaRuleRepository;
import vn.ttdt.portal.quota.domain.QuotaScope;
import vn.ttdt.portal.quota.domain.QuotaTargets;
import vn.ttdt.portal.shared.domain.Quarter;

/** The quota job reads the site's rules once and hands each group its own, whatever order the site's list has. */
class QuotaCountsRulesTest {

    private static final Instant NOW = Instant.parse("2023-01-02T01:00:00Z");
    private final Site site = new Site("cam-my", "Cổng TTĐT huyện Cẩm Mỹ", "Cẩm Mỹ", "UBND huyện Cẩm Mỹ");
    private final UnitGroup communes = withId(new UnitGroup(site, "COMMUNES", "UBND các xã", "Trưởng phòng", 1), 1);
    private final UnitGroup departments = withId(new UnitGroup(site, "DEPARTMENTS", "Các phòng", "Chánh văn phòng", 2), 2);
    private final UnitGroup centre = withId(new UnitGroup(site, "CULTURE_CENTRE", "Trung tâm Văn hóa", "Giám đốc", 3), 3);

    @Test
    void eachGroupGetsItsOwnRulesFromOneReadAndAGroupWithoutRulesNone() throws Exception {
        QuotaRule communes2023 = rule(communes, new Quarter(2023, 1), 1);
        QuotaRule departments2023 = rule(departments, new Quarter(2023, 1), 1);
        QuotaRule communes2024 = rule(communes, new Quarter(2024, 3), 2);
        CountingRules rules = new CountingRules(List.of(communes2023, departments2023, communes2024));

        Map<UnitGroup, List<QuotaRule>> byGroup = counts(rules).rulesOfEveryGroup(site, List.of(communes, departments, centre));

        assertEquals(1, rules.reads, "the site's rules read once, not once per group");
        assertEquals(List.of(communes, departments, centre), List.copyOf(byGroup.keySet()), "the groups in the order given");
        assertEquals(List.of(communes2023, communes2024), byGroup.get(communes));
        assertEquals(List.of(departments2023), byGroup.get(departments));
        assertEquals(List.of(), byGroup.get(centre));
        assertSame(communes2024, QuotaRule.inForce(byGroup.get(communes), new Quarter(2025, 1)).orElseThrow());
    }

    private QuotaRule rule(UnitGroup group, Quarter from, int articles) {
        return new QuotaRule(site, group, from, QuotaScope.EACH_UNIT, QuotaTargets.articles(articles), "board", NOW);
    }

    private static QuotaCounts counts(QuotaRuleRepository rules) throws ReflectiveOperationException {
        QuotaCounts counts = new QuotaCounts();
        Field field = QuotaCounts.class.getDeclaredField("rules");
        field.setAccessible(true);
        field.set(counts, rules);
        return counts;
    }

    private static <T extends SiteOwned> T withId(T entity, long id) {
        try {
            Field field = SiteOwned.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The site's rules, counting how often they are read; the per-group query must not be used. */
    private static final class CountingRules implements QuotaRuleRepository {

        private final List<QuotaRule> all;
        private int reads;

        CountingRules(List<QuotaRule> all) {
            this.all = all;
        }

        @Override
        public List<QuotaRule> allOf(Site site) {
            reads++;
            return all;
        }

        @Override
        public List<QuotaRule> ofGroup(Site site, UnitGroup group) {
            throw new AssertionError("one query per group");
        }

        @Override
        public QuotaRule add(QuotaRule rule) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<QuotaRule> byId(Site site, long id) {
            return Optional.empty();
        }
    }
}
