package vn.ttdt.portal.content.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.content.domain.Category;
import vn.ttdt.portal.content.domain.CategoryRepository;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.infrastructure.jpa.SiteOwnedLookup;

@ApplicationScoped
public class JpaCategoryRepository implements CategoryRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public List<Category> allOf(Site site) {
        return em.createQuery("SELECT c FROM Category c WHERE c.site = :site ORDER BY c.sortOrder, c.name", Category.class)
                .setParameter("site", site).getResultList();
    }

    @Override
    public Optional<Category> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, Category.class, site, id);
    }

    @Override
    public Optional<Category> bySlug(Site site, String slug) {
        return em.createQuery("SELECT c FROM Category c WHERE c.site = :site AND c.slug = :slug", Category.class)
                .setParameter("site", site).setParameter("slug", slug).getResultStream().findFirst();
    }

    @Override
    public Category add(Category category) {
        em.persist(category);
        em.flush();
        return category;
    }
}
