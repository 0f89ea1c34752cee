package vn.ttdt.portal.content.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ttdt.portal.content.domain.ContentItem;
import vn.ttdt.portal.content.domain.ContentItemRepository;
import vn.ttdt.portal.content.domain.ItemReadAccess;
import vn.ttdt.portal.content.domain.Similarity;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.shared.application.Settings;

/**
 * Near-duplicate check for the editors: the items of the last months (from any unit) that look
 * like this one, best match first; each caller sees only the items they may read ({@link ItemReadAccess}). Window and threshold are settings
 * ({@code -Dportal.content.duplicate-days}, default 120; {@code -Dportal.content.duplicate-threshold}, default 0.35).
 */
@Stateless
@RolesAllowed({Role.CONTRIBUTOR_NAME, Role.UNIT_REPORTER_NAME, Role.EDITOR_NAME, Role.APPROVER_NAME})
public class DuplicateCheck {

    private static final int MAX_SHOWN = 10;

    @Inject
    private ContentItemRepository items;

    @Inject
    private SiteItems siteItems;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext caller;

    public List<SimilarItem> similarTo(long id) {
        ItemReadAccess.Reader reader = CallerReader.of(caller, accounts);
        ContentItem item = siteItems.readable(id, reader);
        double threshold = threshold();
        List<SimilarItem> similar = items.duplicateCandidates(item.getSite(), clock.instant().minus(Duration.ofDays(
                        Settings.integer("portal.content.duplicate-days", 120))), id).stream()
                .map(c -> new SimilarItem(c.id(), c.title(), c.sourceUnitName(), c.state(), c.createdAt(),
                        Similarity.of(item.getSearchText(), c.searchText())))
                .filter(s -> s.score() >= threshold)
                .sorted(Comparator.comparingDouble(SimilarItem::score).reversed())
                .toList();
        Set<Long> readable = items.byIds(similar.stream().map(SimilarItem::id).toList()).stream()
                .filter(candidate -> ItemReadAccess.mayRead(reader, candidate))
                .map(ContentItem::getId).collect(Collectors.toSet());
        return similar.stream().filter(s -> readable.contains(s.id())).limit(MAX_SHOWN).toList();
    }

    private static double threshold() {
        String value = Settings.text("portal.content.duplicate-threshold", "0.35");
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("portal.content.duplicate-threshold must be a number between 0 and 1", e);
        }
    }
}
