package vn.ttdt.portal.admin.api.quota;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.ttdt.portal.quota.application.QuotaRuleDraft;
import vn.ttdt.portal.quota.application.QuotaRuleService;
import vn.ttdt.portal.quota.application.QuotaRuleView;

/**
 * The quota rules (chỉ tiêu tin, bài) of the unit groups, each in force from a quarter: read by the board, the IT
 * administrator and (for their groups) the quota supervisors; set by the board's approvers and the IT administrator
 * from the current quarter or a later one.
 */
@Path("/quota/rules")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"approver", "it-admin", "quota-supervisor"})
public class QuotaRulesResource {

    @Inject
    private QuotaRuleService rules;

    @GET
    public List<QuotaRuleView> list() {
        return rules.rules();
    }

    /** Sets a group's rule from the quarter the body names; answers the rule as stored. */
    @PUT
    @RolesAllowed({"approver", "it-admin"})
    public QuotaRuleView set(QuotaRuleDraft draft) {
        return rules.set(draft);
    }
}
