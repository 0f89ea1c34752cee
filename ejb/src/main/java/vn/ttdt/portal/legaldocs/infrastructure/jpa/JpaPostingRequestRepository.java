package vn.ttdt.portal.legaldocs.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ttdt.portal.legaldocs.domain.PostingRequest;
import vn.ttdt.portal.legaldocs.domain.PostingRequestRepository;
import vn.ttdt.portal.legaldocs.domain.PostingState;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.infrastructure.jpa.SiteOwnedLookup;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;
import vn.ttdt.portal.shared.infrastructure.jpa.JpqlSearch;

@ApplicationScoped
public class JpaPostingRequestRepository implements PostingRequestRepository {

    private static final Map<String, String> SORTABLE = Map.of("receivedAt", "r.receivedAt");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<PostingRequest> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, PostingRequest.class, site, id);
    }

    @Override
    public PostingRequest add(PostingRequest request) {
        em.persist(request);
        em.flush();
        return request;
    }

    @Override
    public Page<PostingRequest> inState(Site site, PostingState state, PageRequest page) {
        return new JpqlSearch<>(PostingRequest.class, "r", SORTABLE, "r.receivedAt ASC")
                .where("r.site = :site", "site", site)
                .where("r.state = :state", "state", state)
                .fetch(em, page);
    }

    @Override
    public Page<PostingRequest> ofUnit(Site site, Unit unit, PageRequest page) {
        return new JpqlSearch<>(PostingRequest.class, "r", SORTABLE, "r.receivedAt DESC")
                .where("r.site = :site", "site", site)
                .where("r.unit = :unit", "unit", unit)
                .fetch(em, page);
    }

    @Override
    public List<PostingRequest> receivedBetween(Site site, Unit unit, Instant from, Instant to) {
        var query = em.createQuery("SELECT r FROM PostingRequest r WHERE r.site = :site" + (unit == null ? "" : " AND r.unit = :unit")
                        + " AND r.receivedAt >= :from AND r.receivedAt < :to ORDER BY r.receivedAt", PostingRequest.class)
                .setParameter("site", site).setParameter("from", from).setParameter("to", to);
        if (unit != null) {
            query.setParameter("unit", unit);
        }
        return query.getResultList();
    }
}
