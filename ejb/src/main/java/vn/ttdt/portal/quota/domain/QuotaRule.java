package vn.ttdt.portal.quota.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;
import vn.ttdt.portal.organisation.domain.UnitGroup;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * A quarterly quota of a unit group (chỉ tiêu tin, bài), in force from a quarter until a rule of the same group from
 * a later quarter replaces it. A change is a new rule from the quarter it starts in, so the quarters before keep the
 * rule they were assessed by. The quota binds each unit of the group, or the group's units together.
 */
@Entity
@Table(name = "quota_rule")
public class QuotaRule extends SiteOwned {

    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id")
    private UnitGroup group;

    @Column(name = "from_year")
    private int fromYear;

    @Column(name = "from_quarter")
    private int fromQuarter;

    @Enumerated(EnumType.STRING)
    private QuotaScope scope;

    @Column(name = "minimum_news")
    private int minimumNews;

    @Column(name = "minimum_articles")
    private int minimumArticles;

    @Column(name = "minimum_posted_percent")
    private int minimumPostedPercent;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected QuotaRule() {
    }

    public QuotaRule(Site site, UnitGroup group, Quarter effectiveFrom, QuotaScope scope, QuotaTargets targets,
            String recordedBy, Instant recordedAt) {
        super(site);
        if (!group.belongsTo(site)) {
            throw new IllegalArgumentException("the group belongs to another site");
        }
        this.group = group;
        this.fromYear = effectiveFrom.year();
        this.fromQuarter = effectiveFrom.number();
        this.scope = scope;
        this.minimumNews = targets.minimumNews();
        this.minimumArticles = targets.minimumArticles();
        this.minimumPostedPercent = targets.minimumPostedPercent();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Changes a rule whose quarter has not begun yet or is under way (see {@link RuleChangeWindow}). */
    public void revise(QuotaScope scope, QuotaTargets targets, String recordedBy, Instant recordedAt) {
        this.scope = scope;
        this.minimumNews = targets.minimumNews();
        this.minimumArticles = targets.minimumArticles();
        this.minimumPostedPercent = targets.minimumPostedPercent();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Of one group's rules, the one in force in {@code quarter}: the latest that starts in it or before; none before the first. */
    public static Optional<QuotaRule> inForce(List<QuotaRule> rulesOfOneGroup, Quarter quarter) {
        return rulesOfOneGroup.stream().filter(rule -> !rule.effectiveFrom().isAfter(quarter))
                .max((a, b) -> a.effectiveFrom().compareTo(b.effectiveFrom()));
    }

    /**
     * The quarter's compliance under this rule: one row per unit for {@link QuotaScope#EACH_UNIT} (in the order
     * given), one row for the group with every unit's counts added for {@link QuotaScope#GROUP_TOGETHER}.
     */
    public <U> List<Assessed<U>> assess(Map<U, QuarterCounts> countsByUnit) {
        QuotaTargets targets = targets();
        if (scope == QuotaScope.GROUP_TOGETHER) {
            return List.of(new Assessed<>(Optional.empty(), Compliance.of(targets, QuarterCounts.sum(countsByUnit.values()))));
        }
        List<Assessed<U>> rows = new ArrayList<>();
        countsByUnit.forEach((unit, counts) -> rows.add(new Assessed<>(Optional.of(unit), Compliance.of(targets, counts))));
        return rows;
    }

    public Quarter effectiveFrom() {
        return new Quarter(fromYear, fromQuarter);
    }

    public QuotaTargets targets() {
        return new QuotaTargets(minimumNews, minimumArticles, minimumPostedPercent);
    }

    public UnitGroup getGroup() { return group; }
    public QuotaScope getScope() { return scope; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
