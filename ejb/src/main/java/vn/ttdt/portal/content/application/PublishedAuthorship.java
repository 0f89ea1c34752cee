package vn.ttdt.portal.content.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import vn.ttdt.portal.content.domain.ContentItemRepository;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.shared.domain.BusinessCalendar;

/**
 * Who wrote what was published: every author credit of the items published in a year (Vietnamese time) and still
 * published or archived — the same items the quota counts — for the contributor registry.
 */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.APPROVER_NAME, Role.FINANCE_NAME, Role.IT_ADMIN_NAME})
public class PublishedAuthorship {

    @Inject
    private ContentItemRepository items;

    @Inject
    private SiteDirectory sites;

    public List<AuthorCredit> ofYear(int year) {
        return items.authorsOfPublished(sites.current(), BusinessCalendar.startOf(LocalDate.of(year, 1, 1)),
                        BusinessCalendar.startOf(LocalDate.of(year + 1, 1, 1))).stream()
                .map(w -> new AuthorCredit(w.itemId(), w.title(), w.accountId(), w.authorName(), BusinessCalendar.dayOf(w.publishedAt())))
                .toList();
    }

    /** One author credited on one published item, and the day it was published. */
    public record AuthorCredit(long itemId, String title, Long accountId, String authorName, LocalDate publishedOn) {
    }
}
