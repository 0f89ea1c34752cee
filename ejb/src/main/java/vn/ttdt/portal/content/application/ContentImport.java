package vn.ttdt.portal.content.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import vn.ttdt.portal.content.domain.AuthorShare;
import vn.ttdt.portal.content.domain.AuthorShares;
import vn.ttdt.portal.content.domain.Category;
import vn.ttdt.portal.content.domain.CategoryRepository;
import vn.ttdt.portal.content.domain.ContentItem;
import vn.ttdt.portal.content.domain.ContentItemRepository;
import vn.ttdt.portal.content.domain.ContentKind;
import vn.ttdt.portal.content.domain.EditorialWorkflow;
import vn.ttdt.portal.content.domain.Genre;
import vn.ttdt.portal.content.domain.HtmlSanitizer;
import vn.ttdt.portal.content.domain.ItemState;
import vn.ttdt.portal.content.domain.WorkflowAction;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitRepository;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.application.PublishedContentChanged;

/**
 * Imports a batch from the old portal, all or nothing: every record is checked first, and one bad
 * record refuses the whole batch with numbered problems. Bodies are sanitized like new ones; each
 * imported item gets a first revision "import" by the person who imported it. Only someone who may publish
 * (an approver, {@link EditorialWorkflow}) keeps the original states and publication times; what anybody else
 * imports (the IT administrator) lands as drafts for the editorial board.
 */
@Stateless
@RolesAllowed({Role.APPROVER_NAME, Role.IT_ADMIN_NAME})
public class ContentImport {

    private static final Logger LOG = Logger.getLogger(ContentImport.class.getName());
    private static final Set<ItemState> IMPORTABLE = EnumSet.of(ItemState.DRAFT, ItemState.PUBLISHED,
            ItemState.UNPUBLISHED, ItemState.ARCHIVED);

    /** How many categories and items a batch added. */
    public record Result(int categories, int items) {
    }

    @Inject
    private CategoryRepository categories;

    @Inject
    private ContentItemRepository items;

    @Inject
    private UnitRepository units;

    @Inject
    private SiteDirectory sites;

    @Inject
    private Event<PublishedContentChanged> published;

    @Inject
    private Clock clock;

    @jakarta.annotation.Resource
    private jakarta.ejb.SessionContext caller;

    public Result importBatch(@NotNull ImportBatch batch) {
        Site site = sites.current();
        List<ImportBatch.CategoryRecord> newCategories = batch.categories() == null ? List.of() : batch.categories();
        List<ImportBatch.ItemRecord> newItems = batch.items() == null ? List.of() : batch.items();
        Checked checked = check(site, newCategories, newItems);
        if (!checked.problems.isEmpty()) {
            throw new ImportRejected(checked.problems);
        }
        Map<String, Category> bySlug = new HashMap<>(checked.existingCategories);
        int order = 100;
        int addedCategories = 0;
        for (ImportBatch.CategoryRecord c : newCategories) {
            if (!bySlug.containsKey(c.slug())) {
                bySlug.put(c.slug(), categories.add(new Category(site, null, c.name().strip(), c.slug(), c.description(), order++)));
                addedCategories++;
            }
        }
        Instant now = clock.instant();
        boolean keepStates = EditorialWorkflow.allowedActions(ItemState.AWAITING_APPROVAL, CallerRoles.of(caller), false)
                .contains(WorkflowAction.PUBLISH);
        for (int i = 0; i < newItems.size(); i++) {
            save(site, newItems.get(i), checked.units.get(i), bySlug, keepStates, now);
        }
        Result result = new Result(addedCategories, newItems.size());
        published.fire(new PublishedContentChanged("import: " + result));
        LOG.info(() -> "import by " + caller.getCallerPrincipal().getName() + ": " + result);
        return result;
    }

    private void save(Site site, ImportBatch.ItemRecord r, Unit unit, Map<String, Category> bySlug, boolean keepState, Instant now) {
        ContentItem item = new ContentItem(site, items.freeSlug(site, r.title()), caller.getCallerPrincipal().getName(), now);
        item.write(ContentKind.valueOf(r.kind()), Genre.valueOf(r.genre()), r.title(), r.lead(),
                HtmlSanitizer.sanitize(r.body()), bySlug.get(r.category()), unit,
                r.authors().stream().map(a -> new AuthorShare(a.name(), null, a.share())).toList(), false, now);
        ItemState state = keepState ? ItemState.valueOf(r.state()) : ItemState.DRAFT;
        if (state != ItemState.DRAFT) {
            item.adoptPublished(state, OffsetDateTime.parse(r.publishedAt()).toInstant(), now);
        }
        items.add(item);
        items.revise(item, caller.getCallerPrincipal().getName(), null,
                "import " + (r.sourceId() == null ? "" : r.sourceId()), now);
    }


    private static final class Checked {
        final List<ImportRejected.Problem> problems = new ArrayList<>();
        final Map<String, Category> existingCategories = new HashMap<>();
        final List<Unit> units = new ArrayList<>();
    }

    private Checked check(Site site, List<ImportBatch.CategoryRecord> newCategories, List<ImportBatch.ItemRecord> newItems) {
        Checked checked = new Checked();
        categories.allOf(site).forEach(c -> checked.existingCategories.put(c.getSlug(), c));
        Set<String> known = new HashSet<>(checked.existingCategories.keySet());
        int record = 0;
        for (ImportBatch.CategoryRecord c : newCategories) {
            record++;
            if (c == null || c.slug() == null || !c.slug().matches("[a-z0-9-]{1,120}")) {
                checked.problems.add(problem(record, "slug", "categorySlug"));
            } else if (c.name() == null || c.name().isBlank() || c.name().length() > 200) {
                checked.problems.add(problem(record, "name", "categoryName"));
            } else {
                known.add(c.slug());
            }
        }
        for (ImportBatch.ItemRecord r : newItems) {
            record++;
            int before = checked.problems.size();
            checkItem(record, r, known, checked.problems);
            Unit unit = r == null || r.sourceUnit() == null ? null
                    : units.byShortName(site, r.sourceUnit().strip()).orElse(null);
            if (checked.problems.size() == before && unit == null) {
                checked.problems.add(problem(record, "sourceUnit", "sourceUnit", r.sourceUnit()));
            }
            checked.units.add(unit);
        }
        return checked;
    }

    private static void checkItem(int record, ImportBatch.ItemRecord r, Set<String> knownCategories, List<ImportRejected.Problem> problems) {
        if (r == null) {
            problems.add(problem(record, null, "empty"));
            return;
        }
        if (!isEnum(ContentKind.class, r.kind())) {
            problems.add(problem(record, "kind", "kind"));
        }
        if (!isEnum(Genre.class, r.genre())) {
            problems.add(problem(record, "genre", "genre"));
        }
        if (blankOrLonger(r.title(), 300) || blankOrLonger(r.lead(), 1000) || r.body() == null || r.body().isBlank()) {
            problems.add(problem(record, "title", "text"));
        }
        if (r.category() == null || !knownCategories.contains(r.category())) {
            problems.add(problem(record, "category", "category", r.category()));
        }
        if (!isEnum(ItemState.class, r.state()) || !IMPORTABLE.contains(ItemState.valueOf(r.state()))) {
            problems.add(problem(record, "state", "state"));
        } else if (!"DRAFT".equals(r.state()) && !isOffsetTime(r.publishedAt())) {
            problems.add(problem(record, "publishedAt", "publishedAt"));
        }
        List<AuthorShare> authors = r.authors() == null ? List.of()
                : r.authors().stream().map(a -> new AuthorShare(a == null ? null : a.name(), null, a == null ? null : a.share())).toList();
        String authorProblem = AuthorShares.violation(authors);
        if (authorProblem != null) {
            problems.add(problem(record, "authors", "authors", DomainTexts.text(authorProblem)));
        }
    }

    /** Problem {@code kind} (the text {@code import.problem.<kind>} of the domain bundle) of record {@code record}. */
    private static ImportRejected.Problem problem(int record, String field, String kind, Object... arguments) {
        return new ImportRejected.Problem(record, field, DomainTexts.text("import.problem." + kind, arguments));
    }

    private static boolean blankOrLonger(String text, int max) {
        return text == null || text.isBlank() || text.length() > max;
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String name) {
        try {
            return name != null && Enum.valueOf(type, name) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isOffsetTime(String text) {
        try {
            return text != null && OffsetDateTime.parse(text) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
