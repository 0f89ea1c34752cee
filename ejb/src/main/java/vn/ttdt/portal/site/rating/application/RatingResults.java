package vn.ttdt.portal.site.rating.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.site.rating.domain.CategoryResult;
import vn.ttdt.portal.site.rating.domain.PageResult;
import vn.ttdt.portal.site.rating.domain.RatingKind;
import vn.ttdt.portal.site.rating.domain.RatingRepository;

/** The satisfaction ratings for the editorial board: per page, per category, and a page's comments, between two days. */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.APPROVER_NAME})
public class RatingResults {

    static final int COMMENTS_SHOWN = 200;

    @Inject
    private RatingRepository ratings;

    @Inject
    private SiteDirectory sites;

    public List<PageResult> byPage(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return ratings.byPage(sites.current(), from, to);
    }

    public List<CategoryResult> byCategory(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return ratings.byCategory(sites.current(), from, to);
    }

    public List<RatingComment> comments(RatingKind kind, String ref, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return ratings.comments(sites.current(), kind, ref, from, to, COMMENTS_SHOWN).stream().map(RatingComment::of).toList();
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new BusinessRuleException("rating.period.invalid", "bad period " + from + "–" + to);
        }
    }
}
