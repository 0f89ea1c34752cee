package vn.ttdt.portal.quota.application;

import java.io.Serializable;
import java.time.Instant;
import vn.ttdt.portal.quota.domain.QuotaRule;
import vn.ttdt.portal.quota.domain.QuotaScope;
import vn.ttdt.portal.quota.domain.QuarterTable;

/**
 * A quota rule as listed: its group, the quarter it starts in ({@code effectiveFrom} as "I/2023"), its targets, and
 * whether it is the one in force this quarter.
 */
public record QuotaRuleView(long id, long groupId, String groupCode, String groupName, int year, int quarter,
        String effectiveFrom, QuotaScope scope, int minimumNews, int minimumArticles, int minimumPostedPercent,
        boolean inForce, String recordedBy, Instant recordedAt) implements Serializable {

    static QuotaRuleView of(QuotaRule rule, boolean inForce) {
        return new QuotaRuleView(rule.getId(), rule.getGroup().getId(), rule.getGroup().getCode(), rule.getGroup().getName(),
                rule.effectiveFrom().year(), rule.effectiveFrom().number(), QuarterTable.label(rule.effectiveFrom()),
                rule.getScope(), rule.targets().minimumNews(), rule.targets().minimumArticles(),
                rule.targets().minimumPostedPercent(), inForce, rule.getRecordedBy(), rule.getRecordedAt());
    }
}
