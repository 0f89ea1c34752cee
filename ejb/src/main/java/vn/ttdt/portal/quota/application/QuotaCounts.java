package vn.ttdt.portal.quota.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ttdt.portal.legaldocs.application.PostingShares;
import vn.ttdt.portal.legaldocs.domain.PostingShare;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitGroup;
import vn.ttdt.portal.organisation.domain.UnitRepository;
import vn.ttdt.portal.quota.domain.CountedItem;
import vn.ttdt.portal.quota.domain.PublishedWorkCounter;
import vn.ttdt.portal.quota.domain.QuarterCounts;
import vn.ttdt.portal.quota.domain.QuarterItems;
import vn.ttdt.portal.quota.domain.QuarterRange;
import vn.ttdt.portal.quota.domain.QuotaRule;
import vn.ttdt.portal.quota.domain.QuotaRuleRepository;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * What the quota job assesses a group's units on for one quarter: each active unit's news and articles published in
 * the quarter (Vietnamese time) and still published or archived, and, when the group's rule in force asks for a posted
 * share (rule 5), the site's posting requests received in the quarter and posted by its last day (every unit's
 * requests are the culture office's to post). No HTTP caller reaches it; the quota job calls it in process.
 */
@Stateless
@PermitAll
public class QuotaCounts {

    @Inject
    private PublishedWorkCounter published;

    @Inject
    private PostingShares postingShares;

    @Inject
    private UnitRepository units;

    @Inject
    private QuotaRuleRepository rules;

    /** The rule of {@code group} in force in {@code quarter}, if the group has one from that quarter or before. */
    public Optional<QuotaRule> ruleInForce(Site site, UnitGroup group, Quarter quarter) {
        return QuotaRule.inForce(rules.ofGroup(site, group), quarter);
    }

    /** Every active unit of {@code group} with its counts, in the units' order. */
    public Map<Unit, QuarterCounts> of(Site site, UnitGroup group, Quarter quarter) {
        Optional<QuotaRule> rule = ruleInForce(site, group, quarter);
        return rule.map(inForce -> ofEveryGroup(site, quarter, Map.of(group, inForce)).get(group))
                .orElseGet(() -> countsOf(unitsOf(units.active(site), group), published.bySourceUnit(site.getId(), quarter), null));
    }

    /**
     * For every group with its rule in force, every active unit of the group with its counts, in the units' order: the
     * quarter counted once for all groups (one GROUP BY, the site's posting requests read once if a rule asks for them).
     */
    public Map<UnitGroup, Map<Unit, QuarterCounts>> ofEveryGroup(Site site, Quarter quarter, Map<UnitGroup, QuotaRule> rulesInForce) {
        PostingShare share = rulesInForce.values().stream().anyMatch(QuotaCounts::asksPostedShare)
                ? postingShares.of(site, null, quarter) : null;
        return ofEveryGroup(units.active(site), rulesInForce, published.bySourceUnit(site.getId(), quarter), share);
    }

    /** For every group with its rule in force, every active unit of the group, uncounted: who the rows will be about. */
    public Map<UnitGroup, Map<Unit, QuarterCounts>> unitsOfEveryGroup(List<Unit> active, Map<UnitGroup, QuotaRule> rulesInForce) {
        return ofEveryGroup(active, rulesInForce, Map.of(), null);
    }

    /** The site's active units, in their order. */
    public List<Unit> activeUnits(Site site) {
        return units.active(site);
    }

    /**
     * Every rule of every group of the site, each group's in any order: what {@link QuotaRule#inForce} picks from. The
     * site's rules are read in one query.
     */
    public Map<UnitGroup, List<QuotaRule>> rulesOfEveryGroup(Site site, List<UnitGroup> groups) {
        Map<Long, List<QuotaRule>> byGroupId = new HashMap<>();
        rules.allOf(site).forEach(rule -> byGroupId.computeIfAbsent(rule.getGroup().getId(), id -> new ArrayList<>()).add(rule));
        Map<UnitGroup, List<QuotaRule>> byGroup = new LinkedHashMap<>();
        groups.forEach(group -> byGroup.put(group, byGroupId.getOrDefault(group.getId(), List.of())));
        return byGroup;
    }

    private static Map<UnitGroup, Map<Unit, QuarterCounts>> ofEveryGroup(List<Unit> active, Map<UnitGroup, QuotaRule> rulesInForce,
            Map<Long, QuarterCounts> bySourceUnit, PostingShare share) {
        Map<UnitGroup, Map<Unit, QuarterCounts>> counts = new LinkedHashMap<>();
        rulesInForce.forEach((group, rule) -> counts.put(group,
                countsOf(unitsOf(active, group), bySourceUnit, asksPostedShare(rule) ? share : null)));
        return counts;
    }

    private static boolean asksPostedShare(QuotaRule rule) {
        return rule.targets().minimumPostedPercent() > 0;
    }

    private static Map<Unit, QuarterCounts> countsOf(List<Unit> units, Map<Long, QuarterCounts> bySourceUnit, PostingShare share) {
        Map<Unit, QuarterCounts> counts = new LinkedHashMap<>();
        for (Unit unit : units) {
            QuarterCounts unitCounts = bySourceUnit.getOrDefault(unit.getId(), QuarterCounts.NONE);
            counts.put(unit, share == null ? unitCounts : unitCounts.withRequests(share.received(), share.postedInTime()));
        }
        return counts;
    }

    /**
     * The quarters of {@code range} as the quota job counts them, from one read of the range's items (and of its posting
     * requests, when a rule asks for a posted share): for each quarter with rules in force, every active unit of each of
     * those groups with its counts (in the units' order), and the items the rows may count.
     */
    public List<CountedQuarter> countedQuarters(Site site, List<Unit> active, QuarterRange range,
            Map<Quarter, Map<UnitGroup, QuotaRule>> rulesInForce) {
        boolean anyAsksPostedShare = rulesInForce.values().stream().flatMap(rules -> rules.values().stream())
                .anyMatch(QuotaCounts::asksPostedShare);
        Map<Quarter, Map<Long, List<CountedItem>>> items = published.itemsBySourceUnit(site.getId(), range);
        Map<Quarter, PostingShares.QuarterRequests> requests = anyAsksPostedShare
                ? postingShares.ofEachQuarter(site, range.first(), range.last()) : Map.of();
        List<CountedQuarter> counted = new ArrayList<>();
        rulesInForce.forEach((quarter, inForce) -> {
            PostingShares.QuarterRequests posted = requests.get(quarter);
            QuarterItems quarterItems = new QuarterItems(items.getOrDefault(quarter, Map.of()),
                    posted == null ? List.of() : posted.postedInTime());
            counted.add(new CountedQuarter(quarter, ofEveryGroup(active, inForce, quarterItems.countsBySourceUnit(),
                    posted == null ? null : posted.share()), quarterItems));
        });
        return counted;
    }

    /** A quarter as {@link #countedQuarters} answers it: the counts by group and unit, and the items behind them. */
    public record CountedQuarter(Quarter quarter, Map<UnitGroup, Map<Unit, QuarterCounts>> byGroup, QuarterItems items) {
    }

    private static List<Unit> unitsOf(List<Unit> active, UnitGroup group) {
        return active.stream().filter(unit -> unit.getGroup().getId().equals(group.getId())).toList();
    }
}
