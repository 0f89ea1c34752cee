package vn.ttdt.portal.royalty.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.content.domain.ContentItem;
import vn.ttdt.portal.content.domain.ItemState;
import vn.ttdt.portal.royalty.domain.Grading;
import vn.ttdt.portal.royalty.domain.GradingRepository;

@ApplicationScoped
public class JpaGradingRepository implements GradingRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Grading> byItem(long itemId) {
        return Optional.ofNullable(em.find(Grading.class, itemId));
    }

    @Override
    public List<Grading> forItems(List<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT g FROM Grading g WHERE g.itemId IN :ids", Grading.class).setParameter("ids", itemIds).getResultList();
    }

    @Override
    public void add(Grading grading) {
        em.persist(grading);
    }

    @Override
    public List<ContentItem> publishedBetween(long siteId, Instant from, Instant to) {
        return em.createQuery("SELECT i FROM ContentItem i WHERE i.site.id = :site AND i.state IN :states "
                        + "AND i.publishedAt >= :from AND i.publishedAt < :to ORDER BY i.publishedAt, i.id", ContentItem.class)
                .setParameter("site", siteId).setParameter("states", List.of(ItemState.PUBLISHED, ItemState.ARCHIVED))
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public java.util.Set<Long> paidAmong(List<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return java.util.Set.of();
        }
        String ids = itemIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        List<Number> paid = em.createNativeQuery("SELECT DISTINCT item_id FROM royalty_settlement WHERE item_id IN (" + ids + ")")
                .getResultList();
        return paid.stream().map(Number::longValue).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public boolean isPaid(long itemId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM royalty_settlement WHERE item_id = ?")
                .setParameter(1, itemId).getSingleResult()).longValue() > 0;
    }
}
