package vn.ttdt.portal.legaldocs.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.legaldocs.domain.LegalTerm;
import vn.ttdt.portal.legaldocs.domain.LegalTermRepository;
import vn.ttdt.portal.legaldocs.domain.TermKind;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.infrastructure.jpa.SiteOwnedLookup;

@ApplicationScoped
public class JpaLegalTermRepository implements LegalTermRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<LegalTerm> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, LegalTerm.class, site, id);
    }

    @Override
    public List<LegalTerm> allOf(Site site, TermKind kind) {
        return em.createQuery("SELECT t FROM LegalTerm t WHERE t.site = :site AND t.kind = :kind ORDER BY t.sortOrder, t.name",
                LegalTerm.class).setParameter("site", site).setParameter("kind", kind).getResultList();
    }

    @Override
    public Optional<LegalTerm> byCode(Site site, TermKind kind, String code) {
        return em.createQuery("SELECT t FROM LegalTerm t WHERE t.site = :site AND t.kind = :kind AND t.code = :code",
                LegalTerm.class).setParameter("site", site).setParameter("kind", kind).setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public LegalTerm add(LegalTerm term) {
        em.persist(term);
        em.flush();
        return term;
    }
}
