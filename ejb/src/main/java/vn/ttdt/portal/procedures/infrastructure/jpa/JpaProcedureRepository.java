package vn.ttdt.portal.procedures.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.infrastructure.jpa.SiteOwnedLookup;
import vn.ttdt.portal.procedures.domain.Procedure;
import vn.ttdt.portal.procedures.domain.ProcedureFilter;
import vn.ttdt.portal.procedures.domain.ProcedureRepository;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;
import vn.ttdt.portal.shared.domain.SyllableWords;
import vn.ttdt.portal.shared.infrastructure.jpa.JpqlSearch;

/**
 * Procedures in MariaDB. A search is the site plus exact filters (field, level, body, in force) and, for typed words,
 * every syllable in the full-text index {@code ft_procedure_words} over {@code search_text} ({@link SyllableWords}) or,
 * when they are a piece of a code ({@link ProcedureFilter#codePart()}), a code holding that piece.
 */
@ApplicationScoped
public class JpaProcedureRepository implements ProcedureRepository {

    private static final Map<String, String> SORTABLE = Map.of("code", "p.code", "name", "p.name", "field", "p.field",
            "level", "p.level", "body", "p.body", "updatedAt", "p.updatedAt");
    private static final Map<String, String> DISTINCT = Map.of("field", "p.field", "level", "p.level", "body", "p.body");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Procedure> byId(Site site, long id) {
        return SiteOwnedLookup.byId(em, Procedure.class, site, id);
    }

    @Override
    public Optional<Procedure> byCode(Site site, String code) {
        return em.createQuery("SELECT p FROM Procedure p WHERE p.site = :site AND p.code = :code", Procedure.class)
                .setParameter("site", site).setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public Page<Procedure> search(Site site, ProcedureFilter filter, PageRequest page) {
        JpqlSearch<Procedure> search = new JpqlSearch<>(Procedure.class, "p", SORTABLE, "p.field, p.name")
                .where("p.site = :site", "site", site)
                .where("p.field = :field", "field", filter.field())
                .where("p.level = :level", "level", filter.level())
                .where("p.body = :body", "body", filter.body());
        if (!filter.withWithdrawn()) {
            search.where("p.active = :active", "active", Boolean.TRUE);
        }
        String codePart = filter.codePart();
        return search.matchingOr("p.searchText", SyllableWords.query(filter.words()), "p.code LIKE :codePart", "codePart",
                codePart == null ? null : "%" + JpqlSearch.escapeLike(codePart) + "%").fetch(em, page);
    }

    @Override
    public List<String> distinct(Site site, String property) {
        String path = DISTINCT.get(property);
        if (path == null) {
            throw new IllegalArgumentException("no distinct list of " + property);
        }
        return em.createQuery("SELECT DISTINCT " + path + " FROM Procedure p WHERE p.site = :site AND p.active = TRUE ORDER BY "
                + path, String.class).setParameter("site", site).getResultList();
    }

    @Override
    public Optional<Procedure> offering(Site site, String mediaKey) {
        List<?> ids = em.createNativeQuery("SELECT p.id FROM procedure_entry p JOIN procedure_file f ON f.procedure_id = p.id"
                        + " JOIN media m ON m.id = f.media_id WHERE p.site_id = ? AND p.active = TRUE AND m.storage_key = ?")
                .setParameter(1, site.getId()).setParameter(2, mediaKey).setMaxResults(1).getResultList();
        return ids.stream().findFirst().flatMap(id -> byId(site, ((Number) id).longValue()));
    }

    @Override
    public Procedure add(Procedure procedure) {
        em.persist(procedure);
        em.flush();
        return procedure;
    }
}
