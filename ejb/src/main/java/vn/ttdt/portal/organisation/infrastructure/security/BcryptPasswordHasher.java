package vn.ttdt.portal.organisation.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.mindrot.jbcrypt.BCrypt;
import vn.ttdt.portal.organisation.domain.PasswordHasher;

/**
 * bcrypt with cost 12 (about a quarter of a second per hash here), written in modular crypt form
 * ({@code $2a$12$...}) which WildFly Elytron's jdbc-realm verifies with its modular-crypt-mapper.
 */
@ApplicationScoped
public class BcryptPasswordHasher implements PasswordHasher {

    private static final int COST = 12;

    @Override
    public String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(COST));
    }

    @Override
    public boolean matches(String password, String hash) {
        return hash != null && BCrypt.checkpw(password, hash);
    }
}
