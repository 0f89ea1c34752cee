package vn.ttdt.portal.quota.application;

import jakarta.json.bind.annotation.JsonbProperty;
import java.io.Serializable;
import vn.ttdt.portal.quota.domain.ComplianceTables.StoredRow;

/**
 * A row of a quarter's compliance table as the back-office shows it: the unit, or the group for a quota the group
 * meets together ({@code unit} null); required, achieved and shortfall in total and per measure (a measure's
 * required is null when the rule asks nothing of it); met; final when a final run wrote it; the run (job instance).
 */
public record ComplianceRowView(long id, String group, String unit, String scope, long required, long achieved,
        long shortfall, boolean met, @JsonbProperty("final") boolean finalResult, long runId, Integer requiredNews, int achievedNews,
        Integer requiredArticles, int achievedArticles, int requestsReceived, Integer requiredPosted, int achievedPosted,
        int countedItems) implements Serializable {

    static ComplianceRowView of(StoredRow row) {
        return new ComplianceRowView(row.id(), row.group(), row.unit(), row.scope().name(), row.required(), row.achieved(),
                row.shortfall(), row.met(), row.finalRun(), row.runId(), row.requiredNews(), row.achievedNews(),
                row.requiredArticles(), row.achievedArticles(), row.requestsReceived(), row.requiredPosted(),
                row.achievedPosted(), row.countedItems());
    }
}
