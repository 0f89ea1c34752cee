package vn.ttdt.portal.quota.application;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.stream.Stream;
import vn.ttdt.portal.quota.domain.QuotaScope;
import vn.ttdt.portal.quota.domain.QuotaTargets;
import vn.ttdt.portal.shared.domain.Quarter;

/** A unit group's quota as the board sets it, in force from a quarter (year and quarter number 1–4). */
public record QuotaRuleDraft(
        @NotNull(message = "{quota.rule.group.required}") Long groupId,
        @NotNull(message = "{quota.rule.year.required}")
        @Min(value = 2000, message = "{quota.rule.year.range}") @Max(value = 2100, message = "{quota.rule.year.range}") Integer year,
        @NotNull(message = "{quota.rule.quarter.required}")
        @Min(value = 1, message = "{quota.rule.quarter.range}") @Max(value = 4, message = "{quota.rule.quarter.range}") Integer quarter,
        @NotNull(message = "{quota.rule.scope.required}") QuotaScope scope,
        @NotNull(message = "{quota.rule.news.required}")
        @Min(value = 0, message = "{quota.rule.news.range}") @Max(value = 1000, message = "{quota.rule.news.range}") Integer minimumNews,
        @NotNull(message = "{quota.rule.articles.required}")
        @Min(value = 0, message = "{quota.rule.articles.range}") @Max(value = 1000, message = "{quota.rule.articles.range}") Integer minimumArticles,
        @NotNull(message = "{quota.rule.posted.required}")
        @Min(value = 0, message = "{quota.rule.posted.range}") @Max(value = 100, message = "{quota.rule.posted.range}") Integer minimumPostedPercent) {

    /** A rule asks for at least one thing; a missing minimum is reported by its own field. */
    @AssertTrue(message = "{quota.rule.empty}")
    public boolean isAskingSomething() {
        return Stream.of(minimumNews, minimumArticles, minimumPostedPercent).anyMatch(m -> m == null || m > 0);
    }

    Quarter effectiveFrom() {
        return new Quarter(year, quarter);
    }

    QuotaTargets targets() {
        return new QuotaTargets(minimumNews, minimumArticles, minimumPostedPercent);
    }

    String describe(String groupCode) {
        return "group=" + groupCode + "; from=" + year + "-Q" + quarter + "; scope=" + scope + "; news=" + minimumNews
                + "; articles=" + minimumArticles + "; posted=" + minimumPostedPercent + "%";
    }
}
