package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import jakarta.transaction.UserTransaction;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.content.media.domain.MediaFormat;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitGroup;
import vn.ttdt.portal.procedures.domain.OneStopCounts;
import vn.ttdt.portal.procedures.domain.OneStopResult;
import vn.ttdt.portal.procedures.domain.Procedure;
import vn.ttdt.portal.procedures.domain.ProcedureDescription;
import vn.ttdt.portal.procedures.domain.SubmissionChannel;
import vn.ttdt.portal.questions.domain.Asker;
import vn.ttdt.portal.questions.domain.Publication;
import vn.ttdt.portal.questions.domain.Question;
import vn.ttdt.portal.questions.domain.QuestionField;
import vn.ttdt.portal.quota.domain.Missing;
import vn.ttdt.portal.quota.domain.QuotaReminder;
import vn.ttdt.portal.shared.domain.Quarter;
import vn.ttdt.portal.site.advertising.domain.AdContract;
import vn.ttdt.portal.site.advertising.domain.Advertiser;
import vn.ttdt.portal.site.advertising.domain.AdvertiserDetails;
import vn.ttdt.portal.site.advertising.domain.Banner;
import vn.ttdt.portal.site.advertising.domain.ContractTerms;
import vn.ttdt.portal.site.advertising.domain.Placement;
import vn.ttdt.portal.site.notices.domain.OutageNotice;
import vn.ttdt.portal.site.rating.domain.RatedPage;
import vn.ttdt.portal.site.rating.domain.RatingKind;
import vn.ttdt.portal.site.rating.domain.RatingVote;

/**
 * The contract every site-owned repository keeps, found by the types it serves rather than listed by hand: a
 * repository for each site-owned entity of the persistence unit, and each answers another site's id like an
 * unknown one.
 */
@ExtendWith(InContainer.class)
class SiteOwnedRepositoriesIT {


    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    BeanManager beans;

    @Inject
    SiteDirectory sites;

    @Resource
    UserTransaction tx;

    @Test
    void everySiteOwnedEntityHasARepositoryThatTakesTheSite() {
        Set<String> owned = em.getMetamodel().getEntities().stream().map(EntityType::getJavaType)
                .filter(SiteOwned.class::isAssignableFrom).map(Class::getSimpleName).collect(Collectors.toSet());

        assertTrue(owned.containsAll(Set.of("Account", "ContentItem", "Media", "LegalTerm", "LegalDocument", "PostingRequest")), "site-owned entities: " + owned);
        assertTrue(owned.containsAll(Set.of("Account", "ContentItem", "Media", "Question")), "site-owned entities: " + owned);
        assertEquals(owned, repositories().keySet());
    }

    @Test
    void everySiteOwnedRepositoryAnswersAnotherSitesIdLikeAnUnknownOne() throws Exception {
        tx.begin();
        try {
            Site ours = sites.current();
            Site other = new Site("xa-kiem-thu-kho", "Trang TTĐT xã kiểm thử", "Xã kiểm thử", "UBND xã kiểm thử");
            em.persist(other);
            em.persist(new Media(ours, "0".repeat(32), "anh.jpg", MediaFormat.JPEG, 1, "0".repeat(64), 1, 1, "it", Instant.now()));
            em.persist(new Procedure(ours, new ProcedureDescription("it.site-owned", "Thủ tục kiểm thử", "Hộ tịch", "Cấp xã",
                    "UBND xã", "Bước 1", Set.of(SubmissionChannel.POST), List.of(), "1 ngày", "Không", "Công dân", "Giấy",
                    List.of(), null, null), "it", Instant.now()));
            Unit unit = em.createQuery("SELECT u FROM Unit u WHERE u.site = :site ORDER BY u.id", Unit.class)
                    .setParameter("site", ours).setMaxResults(1).getSingleResult();
            em.persist(new OneStopResult(ours, unit, YearMonth.of(2001, 1), new OneStopCounts(1, 0, 0, 1, 0, 0, 0, 0), "it",
                    Instant.now()));
            em.persist(new Question(ours, "HD-2000-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(),
                    new Asker("Người kiểm thử", "hoi@example.org", null, null), QuestionField.OTHER, "Câu hỏi", "Nội dung",
                    Publication.PRIVATE, Instant.now()));
            Advertiser advertiser = new Advertiser(ours, new AdvertiserDetails("Công ty kiểm thử",
                    String.format("%012d", System.nanoTime() % 1_000_000_000_000L), null, null, null, null));
            em.persist(advertiser);
            AdContract contract = new AdContract(ours, advertiser, new ContractTerms("it.site-owned", Placement.HOME,
                    LocalDate.of(2001, 1, 1), LocalDate.of(2001, 1, 2), 1L, null));
            em.persist(contract);
            em.persist(new Banner(ours, contract, "Banner kiểm thử", "https://example.vn/"));
            em.persist(new RatingVote(ours, new RatedPage(RatingKind.PAGE, "hoi-dap", "Hỏi đáp", "Hỏi đáp", "/hoi-dap"), 4, null,
                    LocalDate.of(2001, 1, 1), null));
            OutageNotice notice = new OutageNotice(ours, "it", Instant.now());
            notice.plan(Instant.parse("2001-01-01T01:00:00Z"), Instant.parse("2001-01-01T02:00:00Z"), "Kiểm thử", null);
            em.persist(notice);
            em.persist(new QuotaReminder(ours, first(UnitGroup.class, ours), unit, first(Account.class, ours), new Quarter(2001, 1),
                    LocalDate.of(2001, 3, 5), new Missing(1, 0, 0), Instant.now()));
            em.flush();
            for (Map.Entry<String, SiteOwnedRepository<?>> repository : repositories().entrySet()) {
                SiteOwned row = anyRowOf(repository.getKey(), ours);
                String what = repository.getKey() + " " + row.getId();

                assertTrue(repository.getValue().byId(ours, row.getId()).isPresent(), what + " for its own site");
                assertEquals(Optional.empty(), repository.getValue().byId(other, row.getId()), what + " for another site");
                assertEquals(Optional.empty(), repository.getValue().byId(ours, Long.MAX_VALUE), repository.getKey() + " unknown id");
            }
        } finally {
            tx.rollback();
        }
    }

    /** Every bean serving {@code SiteOwnedRepository<T>}, by the simple name of T. */
    private Map<String, SiteOwnedRepository<?>> repositories() {
        Type wanted = new TypeLiteral<SiteOwnedRepository<?>>() { }.getType();
        Map<String, SiteOwnedRepository<?>> found = new TreeMap<>();
        for (Bean<?> bean : beans.getBeans(wanted, Any.Literal.INSTANCE)) {
            ParameterizedType served = bean.getTypes().stream().filter(ParameterizedType.class::isInstance)
                    .map(ParameterizedType.class::cast).filter(t -> t.getRawType() == SiteOwnedRepository.class)
                    .findFirst().orElseThrow();
            String entity = ((Class<?>) served.getActualTypeArguments()[0]).getSimpleName();
            SiteOwnedRepository<?> repository = (SiteOwnedRepository<?>) beans.getReference(bean, served, beans.createCreationalContext(bean));
            assertEquals(null, found.put(entity, repository), "two repositories for " + entity);
        }
        return found;
    }

    private <T extends SiteOwned> T first(Class<T> type, Site site) {
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.site = :site ORDER BY e.id", type)
                .setParameter("site", site).setMaxResults(1).getSingleResult();
    }

    private SiteOwned anyRowOf(String entity, Site site) {
        return em.createQuery("SELECT e FROM " + entity + " e WHERE e.site = :site ORDER BY e.id", SiteOwned.class)
                .setParameter("site", site).setMaxResults(1).getSingleResult();
    }
}
