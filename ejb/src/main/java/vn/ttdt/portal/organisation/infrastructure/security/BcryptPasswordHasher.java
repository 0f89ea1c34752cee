package vn.ttdt.portal.organisation.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import org.mindrot.jbcrypt.BCrypt;
import vn.ttdt.portal.organisation.domain.PasswordHasher;
import vn.ttdt.portal.shared.application.Settings;

/**
 * bcrypt in modular crypt form ({@code $2a$12$...}), which WildFly Elytron's jdbc-realm verifies with its
 * modular-crypt-mapper at whatever cost a stored hash names. New hashes take the cost of
 * {@code -Dportal.security.password.bcrypt-cost}: 12 by default (about a quarter of a second per hash here); the test
 * deployment, whose hundreds of sign-ins are about everything but the hash, uses bcrypt's least.
 */
@ApplicationScoped
public class BcryptPasswordHasher implements PasswordHasher {

    static final String COST_SETTING = "portal.security.password.bcrypt-cost";
    static final int DEFAULT_COST = 12;
    static final int LEAST_COST_FOR_PRODUCTION = 10;
    private static final int LEAST_COST = 4;
    private static final int GREATEST_COST = 31;
    private static final Logger LOG = Logger.getLogger(BcryptPasswordHasher.class.getName());

    private int cost = DEFAULT_COST;

    @PostConstruct
    void readCostSetting() {
        cost = checked(Settings.integer(COST_SETTING, DEFAULT_COST));
    }

    static BcryptPasswordHasher withCost(int cost) {
        BcryptPasswordHasher hasher = new BcryptPasswordHasher();
        hasher.cost = checked(cost);
        return hasher;
    }

    private static int checked(int cost) {
        if (cost < LEAST_COST || cost > GREATEST_COST) {
            throw new IllegalStateException(COST_SETTING + " must be between " + LEAST_COST + " and " + GREATEST_COST
                    + ", not " + cost);
        }
        if (cost < LEAST_COST_FOR_PRODUCTION) {
            LOG.warning(() -> "Passwords are hashed with bcrypt cost " + cost + " (" + COST_SETTING
                    + "): fit for a test deployment only, never for real accounts");
        }
        return cost;
    }

    @Override
    public String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(cost));
    }

    @Override
    public boolean matches(String password, String hash) {
        return hash != null && BCrypt.checkpw(password, hash);
    }
}
