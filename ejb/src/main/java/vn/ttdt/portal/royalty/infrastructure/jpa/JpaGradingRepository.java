package vn.ttdt.portal.royalty.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.ttdt.portal.content.domain.ContentItem;
import vn.ttdt.portal.content.domain.ItemState;
import vn.ttdt.portal.royalty.domain.Grading;
import vn.ttdt.portal.royalty.domain.GradingRepository;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

@ApplicationScoped
public class JpaGradingRepository implements GradingRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Sql sql;

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
    public Set<Long> paidAmong(List<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(sql.list("SELECT DISTINCT item_id FROM royalty_settlement WHERE item_id IN (" + Sql.numbers(itemIds) + ")",
                List.of(), row -> row.getLong("item_id")));
    }

    @Override
    public boolean isPaid(long itemId) {
        return sql.number("SELECT COUNT(*) FROM royalty_settlement WHERE item_id = ?", List.of(itemId)) > 0;
    }
}
