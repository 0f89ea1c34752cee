package vn.ttdt.portal.quota.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a unit (or a group together) met its quota in a quarter, measure by measure. Only the measures the quota
 * asks for are listed. The posted share is counted in requests: with a minimum of p percent and r requests received,
 * ⌈p × r / 100⌉ must be posted, so 3 of 4 fall one short of 100%, and a quarter without requests asks for none (met).
 * The totals add the measures up; the shortfall adds each measure's own shortfall, so more news never makes up for
 * a missing article.
 */
public record Compliance(List<MeasureResult> measures) {

    public Compliance {
        measures = List.copyOf(measures);
    }

    public static Compliance of(QuotaTargets targets, QuarterCounts counts) {
        List<MeasureResult> results = new ArrayList<>();
        if (targets.minimumNews() > 0) {
            results.add(new MeasureResult(Measure.NEWS, targets.minimumNews(), counts.news()));
        }
        if (targets.minimumArticles() > 0) {
            results.add(new MeasureResult(Measure.ARTICLES, targets.minimumArticles(), counts.articles()));
        }
        if (targets.minimumPostedPercent() > 0) {
            long required = (counts.requestsReceived() * targets.minimumPostedPercent() + 99) / 100;
            results.add(new MeasureResult(Measure.POSTED_REQUESTS, required, counts.requestsPosted()));
        }
        return new Compliance(results);
    }

    public long required() {
        return measures.stream().mapToLong(MeasureResult::required).sum();
    }

    public long achieved() {
        return measures.stream().mapToLong(MeasureResult::achieved).sum();
    }

    public long shortfall() {
        return measures.stream().mapToLong(MeasureResult::shortfall).sum();
    }

    public boolean met() {
        return measures.stream().allMatch(MeasureResult::met);
    }
}
