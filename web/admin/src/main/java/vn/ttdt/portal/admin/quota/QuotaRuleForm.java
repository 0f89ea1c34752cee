package vn.ttdt.portal.admin.quota;

import java.io.Serializable;
import vn.ttdt.portal.quota.application.QuotaRuleDraft;
import vn.ttdt.portal.quota.application.QuotaRuleView;
import vn.ttdt.portal.quota.domain.QuotaScope;
import vn.ttdt.portal.shared.domain.Quarter;

/** What the board types into the rule form; nothing is checked here, the service validates the draft. */
public class QuotaRuleForm implements Serializable {

    private Long groupId;
    private Integer year;
    private Integer quarter;
    private QuotaScope scope = QuotaScope.EACH_UNIT;
    private Integer minimumNews = 0;
    private Integer minimumArticles = 0;
    private Integer minimumPostedPercent = 0;

    static QuotaRuleForm from(Quarter quarter) {
        QuotaRuleForm form = new QuotaRuleForm();
        form.year = quarter.year();
        form.quarter = quarter.number();
        return form;
    }

    /** The rule's group, scope and targets, to change from {@code quarter} on. */
    static QuotaRuleForm changing(QuotaRuleView rule, Quarter quarter) {
        QuotaRuleForm form = from(quarter);
        form.groupId = rule.groupId();
        form.scope = rule.scope();
        form.minimumNews = rule.minimumNews();
        form.minimumArticles = rule.minimumArticles();
        form.minimumPostedPercent = rule.minimumPostedPercent();
        return form;
    }

    QuotaRuleDraft toDraft() {
        return new QuotaRuleDraft(groupId, year, quarter, scope, minimumNews, minimumArticles, minimumPostedPercent);
    }

    public Long getGroupId() { return groupId; }
    public void setGroupId(Long groupId) { this.groupId = groupId; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Integer getQuarter() { return quarter; }
    public void setQuarter(Integer quarter) { this.quarter = quarter; }
    public QuotaScope getScope() { return scope; }
    public void setScope(QuotaScope scope) { this.scope = scope; }
    public Integer getMinimumNews() { return minimumNews; }
    public void setMinimumNews(Integer minimumNews) { this.minimumNews = minimumNews; }
    public Integer getMinimumArticles() { return minimumArticles; }
    public void setMinimumArticles(Integer minimumArticles) { this.minimumArticles = minimumArticles; }
    public Integer getMinimumPostedPercent() { return minimumPostedPercent; }
    public void setMinimumPostedPercent(Integer minimumPostedPercent) { this.minimumPostedPercent = minimumPostedPercent; }
}
