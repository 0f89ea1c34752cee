package vn.ttdt.portal.admin.quota;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.organisation.application.UnitGroupDetails;
import vn.ttdt.portal.organisation.application.UnitGroupService;
import vn.ttdt.portal.quota.application.QuotaRuleService;
import vn.ttdt.portal.quota.application.QuotaRuleView;
import vn.ttdt.portal.quota.domain.QuotaScope;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * The screen Chỉ tiêu tin, bài: every group's rules with the quarter each starts in and the one in force now; the board
 * sets a group's rule from the current or a later quarter, and the quarters before keep theirs.
 */
@Named("quotaRules")
@ViewScoped
public class QuotaRulesView implements Serializable {

    @Inject
    private QuotaRuleService service;

    @Inject
    private UnitGroupService groupService;

    @Inject
    private Feedback feedback;

    private List<QuotaRuleView> rules;
    private List<UnitGroupDetails> groups;
    private QuotaRuleForm form;

    @PostConstruct
    void init() {
        rules = service.rules();
        groups = groupService.list();
        form = QuotaRuleForm.from(currentQuarter());
    }

    public void change(QuotaRuleView rule) {
        form = QuotaRuleForm.changing(rule, currentQuarter());
    }

    public void save() {
        QuotaRuleView saved = feedback.attempt(() -> service.set(form.toDraft()), "quotaRules.saved");
        if (saved != null) {
            rules = service.rules();
            form = QuotaRuleForm.from(currentQuarter());
        }
    }

    private static Quarter currentQuarter() {
        return Quarter.of(Instant.now());
    }

    public List<QuotaRuleView> getRules() { return rules; }
    public List<UnitGroupDetails> getGroups() { return groups; }
    public QuotaRuleForm getForm() { return form; }
    public QuotaScope[] getScopes() { return QuotaScope.values(); }
    public List<Integer> getQuarters() { return List.of(1, 2, 3, 4); }
}
