package vn.ttdt.portal.royalty.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.content.domain.ContentItem;
import vn.ttdt.portal.content.domain.ContentItemRepository;
import vn.ttdt.portal.content.domain.ItemState;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.ContributorProfile;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.royalty.domain.CoefficientBand;
import vn.ttdt.portal.royalty.domain.Grading;
import vn.ttdt.portal.royalty.domain.GradingRepository;
import vn.ttdt.portal.royalty.domain.OwnWork;
import vn.ttdt.portal.royalty.domain.RoyaltySchedule;
import vn.ttdt.portal.royalty.domain.RoyaltyScheduleRepository;
import vn.ttdt.portal.royalty.domain.WorkGrade;
import vn.ttdt.portal.shared.application.RequestOrigin;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.NotFoundException;

/**
 * Grading of published works by the approver (chấm nhuận bút): the month's works with their bands, and the
 * grade of one work or of many at once; nobody grades a work they created or wrote. Finance can read the table.
 */
@Stateless
@RolesAllowed({Role.APPROVER_NAME, Role.FINANCE_NAME})
public class GradingService {

    @Inject
    private GradingRepository gradings;

    @Inject
    private ContentItemRepository items;

    @Inject
    private RoyaltyScheduleRepository schedules;

    @Inject
    private SiteDirectory sites;

    @Inject
    private AccountRepository accounts;

    @Inject
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    /** The works first published in the month (Vietnamese dates), graded or not. */
    public List<GradingRow> works(@NotNull YearMonth month, boolean ungradedOnly) {
        long siteId = sites.current().getId();
        RoyaltySchedule schedule = schedules.schedule(siteId);
        List<ContentItem> published = gradings.publishedBetween(siteId, BusinessCalendar.startOf(month.atDay(1)), BusinessCalendar.endOf(month));
        List<Long> ids = published.stream().map(ContentItem::getId).toList();
        Map<Long, Grading> byItem = gradings.forItems(ids).stream().collect(Collectors.toMap(Grading::getItemId, Function.identity()));
        java.util.Set<Long> paid = gradings.paidAmong(ids);
        return published.stream()
                .filter(item -> !ungradedOnly || !byItem.containsKey(item.getId()))
                .map(item -> row(item, byItem.get(item.getId()), schedule, paid.contains(item.getId())))
                .toList();
    }

    @RolesAllowed(Role.APPROVER_NAME)
    public GradingRow grade(long itemId, @NotNull @Valid GradeRequest request) {
        long siteId = sites.current().getId();
        RoyaltySchedule schedule = schedules.schedule(siteId);
        ContentItem item = items.byId(sites.current(), itemId)
                .orElseThrow(() -> new NotFoundException("item", itemId));
        refuseOwnWork(item);
        if (item.getPublishedAt() == null || item.getState() != ItemState.PUBLISHED && item.getState() != ItemState.ARCHIVED) {
            throw new BusinessRuleException("royalty.grading.notPublished", "item " + itemId + " is " + item.getState());
        }
        if (gradings.isPaid(itemId)) {
            throw new BusinessRuleException("royalty.grading.alreadyPaid", "item " + itemId + " already in an approved payroll");
        }
        LocalDate publishedOn = BusinessCalendar.dayOf(item.getPublishedAt());
        WorkGrade grade = new WorkGrade(request.coefficient(), request.adjustment(), request.adjustmentPercent(), request.payableOrDefault());
        grade.checkAgainst(schedule, item.getGenre(), publishedOn);
        Instant now = clock.instant();
        if (request.shares() != null && !request.shares().isEmpty()) {
            item.redistributeShares(request.shares(), now);
        }
        Grading grading = gradings.byItem(itemId).orElse(null);
        if (grading == null) {
            grading = new Grading(itemId, grade, login(), now);
            gradings.add(grading);
        } else {
            grading.regrade(grade, login(), now);
        }
        audit.record(login(), AuditAction.WORK_GRADED, "content-item", itemId,
                "coefficient=" + grade.coefficient() + " adjustment=" + grade.adjustment() + " " + grade.adjustmentPercent()
                        + "% payable=" + grade.payable(), origin.remoteAddress());
        return row(item, grading, schedule, false);
    }

    /** Grades several works at once; one refused grade refuses them all. */
    @RolesAllowed(Role.APPROVER_NAME)
    public List<GradingRow> gradeAll(@NotNull Map<Long, @Valid GradeRequest> requests) {
        return requests.entrySet().stream().map(e -> grade(e.getKey(), e.getValue())).toList();
    }

    private void refuseOwnWork(ContentItem item) {
        OwnWork.Grader grader = accounts.byLogin(login())
                .map(a -> new OwnWork.Grader(login(), a.getId(), a.getFullName(),
                        a.contributorProfile().map(ContributorProfile::getPenName).orElse(null)))
                .orElse(new OwnWork.Grader(login(), null, null, null));
        boolean imported = item.getPublishedAt() != null && item.getPublishedAt().isBefore(item.getCreatedAt());
        if (OwnWork.of(imported ? null : item.getCreatedBy(), item.getAuthors(), grader)) {
            throw new BusinessRuleException("royalty.grading.ownWork", login() + " created or wrote item " + item.getId(), item.getTitle());
        }
    }

    private GradingRow row(ContentItem item, Grading grading, RoyaltySchedule schedule, boolean paid) {
        LocalDate publishedOn = BusinessCalendar.dayOf(item.getPublishedAt());
        CoefficientBand band = schedule.band(item.getGenre(), publishedOn);
        long unitValue = schedule.unitValueOn(publishedOn);
        List<GradingRow.Author> authors = item.getAuthors().stream()
                .map(a -> new GradingRow.Author(a.getName(), a.getAccountId(), a.getSharePercent())).toList();
        if (grading == null) {
            return new GradingRow(item.getId(), item.getTitle(), item.getSlug(), item.getGenre(), publishedOn,
                    item.getSourceUnit().getName(), authors, band.min(), band.max(), false, null, null, null, true, unitValue, null, false);
        }
        WorkGrade grade = grading.grade();
        return new GradingRow(item.getId(), item.getTitle(), item.getSlug(), item.getGenre(), publishedOn, item.getSourceUnit().getName(),
                authors, band.min(), band.max(), true, grade.coefficient(), grade.adjustment(), grade.adjustmentPercent(), grade.payable(),
                unitValue, grade.payable() ? grade.royalty(unitValue) : 0L, paid);
    }

    private String login() {
        return caller.getCallerPrincipal().getName();
    }
}
