package vn.ttdt.portal.admin.menu;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * The menu of the back-office: each person sees the entries of their roles. The same roles
 * guard the pages in web.xml, so a hidden entry is also a refused page.
 */
@Named
@RequestScoped
public class BackOfficeMenu {

    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);
    private static final Set<Role> BOARD = EnumSet.of(Role.EDITOR, Role.APPROVER);
    private static final Set<Role> ONE_STOP = EnumSet.of(Role.UNIT_REPORTER, Role.EDITOR, Role.APPROVER);
    private static final Set<Role> QUOTA = EnumSet.of(Role.APPROVER, Role.QUOTA_SUPERVISOR, Role.IT_ADMIN);
    private static final Set<Role> WRITERS = EnumSet.of(Role.CONTRIBUTOR, Role.UNIT_REPORTER, Role.EDITOR, Role.APPROVER);

    static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry("dashboard", "menu.dashboard", "/index.xhtml", "pi pi-home", EVERY_ROLE),
            new MenuEntry("inbox", "menu.inbox", "/content/inbox.xhtml", "pi pi-inbox", WRITERS),
            new MenuEntry("new-item", "menu.newItem", "/content/item.xhtml", "pi pi-file-edit", WRITERS),
            new MenuEntry("profile", "menu.profile", "/profile.xhtml", "pi pi-user", EVERY_ROLE),
            new MenuEntry("units", "menu.units", "/org/units.xhtml", "pi pi-sitemap",
                    EnumSet.of(Role.IT_ADMIN, Role.QUOTA_SUPERVISOR, Role.APPROVER)),
            new MenuEntry("holidays", "menu.holidays", "/org/holidays.xhtml", "pi pi-calendar",
                    EnumSet.of(Role.IT_ADMIN, Role.EDITOR, Role.APPROVER)),
            new MenuEntry("unit-groups", "menu.unitGroups", "/quota/groups.xhtml", "pi pi-th-large", QUOTA),
            new MenuEntry("quota-rules", "menu.quotaRules", "/quota/rules.xhtml", "pi pi-flag", QUOTA),
            new MenuEntry("accounts", "menu.accounts", "/org/accounts.xhtml", "pi pi-users", EnumSet.of(Role.IT_ADMIN)),
            new MenuEntry("categories", "menu.categories", "/categories/tree.xhtml", "pi pi-list",
                    EnumSet.of(Role.APPROVER, Role.IT_ADMIN)),
            new MenuEntry("grading", "menu.grading", "/royalty/grading.xhtml", "pi pi-star", EnumSet.of(Role.APPROVER, Role.FINANCE)),
            new MenuEntry("payrolls", "menu.payrolls", "/royalty/payrolls.xhtml", "pi pi-wallet", EnumSet.of(Role.FINANCE, Role.APPROVER)),
            new MenuEntry("royalty-settings", "menu.royaltySettings", "/royalty/settings.xhtml", "pi pi-sliders-h",
                    EnumSet.of(Role.FINANCE, Role.APPROVER)),
            new MenuEntry("legal-docs", "menu.legalDocs", "/legaldocs/documents.xhtml", "pi pi-book",
                    EnumSet.of(Role.EDITOR, Role.APPROVER)),
            new MenuEntry("posting-inbox", "menu.postingInbox", "/legaldocs/requests.xhtml", "pi pi-envelope",
                    EnumSet.of(Role.EDITOR, Role.APPROVER)),
            new MenuEntry("legal-terms", "menu.legalTerms", "/legaldocs/terms.xhtml", "pi pi-tags", BOARD),
            new MenuEntry("my-requests", "menu.myRequests", "/legaldocs/mine.xhtml", "pi pi-send", EnumSet.of(Role.UNIT_REPORTER)),
            new MenuEntry("import", "menu.import", "/import/items.xhtml", "pi pi-upload", EnumSet.of(Role.APPROVER, Role.IT_ADMIN)),
            new MenuEntry("legal-import", "menu.legalImport", "/import/legal-documents.xhtml", "pi pi-file-import",
                    EnumSet.of(Role.APPROVER, Role.IT_ADMIN)),
            new MenuEntry("procedures", "menu.procedures", "/procedures/list.xhtml", "pi pi-book", BOARD),
            new MenuEntry("one-stop-results", "menu.oneStopResults", "/one-stop/results.xhtml", "pi pi-chart-bar", ONE_STOP),
            new MenuEntry("one-stop-import", "menu.oneStopImport", "/one-stop/import.xhtml", "pi pi-file-import", ONE_STOP),
            new MenuEntry("question-inbox", "menu.questionInbox", "/questions/inbox.xhtml", "pi pi-comments", BOARD),
            new MenuEntry("overdue-questions", "menu.overdueQuestions", "/questions/overdue.xhtml", "pi pi-clock", BOARD),
            new MenuEntry("my-questions", "menu.myQuestions", "/questions/mine.xhtml", "pi pi-question-circle",
                    EnumSet.of(Role.UNIT_REPORTER)),
            new MenuEntry("question-statistics", "menu.questionStatistics", "/questions/statistics.xhtml", "pi pi-chart-bar",
                    EnumSet.of(Role.UNIT_REPORTER, Role.EDITOR, Role.APPROVER)),
            new MenuEntry("quota-compliance", "menu.quotaCompliance", "/quota/compliance.xhtml", "pi pi-chart-line",
                    EnumSet.of(Role.APPROVER, Role.IT_ADMIN, Role.QUOTA_SUPERVISOR)),
            new MenuEntry("quota-dashboard", "menu.quotaDashboard", "/quota/dashboard.xhtml", "pi pi-chart-bar",
                    EnumSet.of(Role.APPROVER, Role.QUOTA_SUPERVISOR)),
            new MenuEntry("ad-contracts", "menu.adContracts", "/advertising/contracts.xhtml", "pi pi-briefcase", EnumSet.of(Role.APPROVER)),
            new MenuEntry("advertisers", "menu.advertisers", "/advertising/advertisers.xhtml", "pi pi-id-card", EnumSet.of(Role.APPROVER)),
            new MenuEntry("ad-revenue", "menu.adRevenue", "/advertising/revenue.xhtml", "pi pi-money-bill",
                    EnumSet.of(Role.APPROVER, Role.FINANCE)),
            new MenuEntry("yearly-report", "menu.yearlyReport", "/reports/yearly.xhtml", "pi pi-chart-pie",
                    EnumSet.of(Role.APPROVER, Role.IT_ADMIN)),
            new MenuEntry("ratings", "menu.ratings", "/ratings/results.xhtml", "pi pi-thumbs-up", BOARD),
            new MenuEntry("visit-statistics", "menu.visitStatistics", "/statistics/visits.xhtml", "pi pi-chart-line",
                    EnumSet.of(Role.EDITOR, Role.APPROVER, Role.IT_ADMIN)),
            new MenuEntry("site-pages", "menu.sitePages", "/site/pages.xhtml", "pi pi-info-circle", BOARD),
            new MenuEntry("org-chart", "menu.orgChart", "/site/organisation.xhtml", "pi pi-sitemap", BOARD),
            new MenuEntry("tourist-sites", "menu.touristSites", "/site/tourist-sites.xhtml", "pi pi-map-marker", BOARD),
            new MenuEntry("portal-links", "menu.portalLinks", "/site/links.xhtml", "pi pi-link",
                    EnumSet.of(Role.EDITOR, Role.APPROVER, Role.IT_ADMIN)),
            new MenuEntry("theme", "menu.theme", "/site/theme.xhtml", "pi pi-palette", EnumSet.of(Role.APPROVER, Role.IT_ADMIN)),
            new MenuEntry("outage-notices", "menu.outageNotices", "/notices/outages.xhtml", "pi pi-exclamation-triangle",
                    EnumSet.of(Role.IT_ADMIN)),
            new MenuEntry("contributors", "menu.contributors", "/contributors/registry.xhtml", "pi pi-users",
                    EnumSet.of(Role.EDITOR, Role.APPROVER, Role.FINANCE, Role.IT_ADMIN)),
            new MenuEntry("training", "menu.training", "/contributors/training.xhtml", "pi pi-graduation-cap", BOARD),
            new MenuEntry("audit", "menu.audit", "/audit/events.xhtml", "pi pi-history", EnumSet.of(Role.IT_ADMIN)));

    @Inject
    private ExternalContext context;

    private List<MenuEntry> visible;

    public List<MenuEntry> getEntries() {
        if (visible == null) {
            visible = ENTRIES.stream()
                    .filter(entry -> entry.roles().stream().anyMatch(role -> context.isUserInRole(role.roleName())))
                    .toList();
        }
        return visible;
    }

    public boolean isInRole(String roleName) {
        return context.isUserInRole(roleName);
    }

    public String getUserName() {
        return context.getUserPrincipal() == null ? null : context.getUserPrincipal().getName();
    }
}
