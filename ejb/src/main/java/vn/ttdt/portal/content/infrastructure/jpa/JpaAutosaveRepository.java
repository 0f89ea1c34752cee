package vn.ttdt.portal.content.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.ttdt.portal.content.domain.Autosave;
import vn.ttdt.portal.content.domain.AutosaveRepository;

@ApplicationScoped
public class JpaAutosaveRepository implements AutosaveRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Autosave> of(long itemId, String login) {
        return em.createQuery("SELECT a FROM Autosave a WHERE a.itemId = :item AND a.savedBy = :login", Autosave.class)
                .setParameter("item", itemId).setParameter("login", login).getResultStream().findFirst();
    }

    @Override
    public Autosave add(Autosave autosave) {
        em.persist(autosave);
        em.flush();
        return autosave;
    }

    @Override
    public int discard(long itemId, String login) {
        return em.createQuery("DELETE FROM Autosave a WHERE a.itemId = :item AND a.savedBy = :login")
                .setParameter("item", itemId).setParameter("login", login).executeUpdate();
    }
}
