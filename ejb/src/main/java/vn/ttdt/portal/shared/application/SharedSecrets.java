package vn.ttdt.portal.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/**
 * Secret keys that every node must hold alike (a form signed on one node is checked on another): 32 random bytes per
 * name in {@code shared_secret} (V37), made by the first node that asks ({@code INSERT IGNORE}), then read by all.
 */
@ApplicationScoped
public class SharedSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private Sql sql;

    public byte[] of(String name) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        sql.update("INSERT IGNORE INTO shared_secret (name, secret) VALUES (?, ?)", List.of(name, HexFormat.of().formatHex(fresh)));
        return HexFormat.of().parseHex(sql.first("SELECT secret FROM shared_secret WHERE name = ?", List.of(name),
                row -> row.getString("secret")).orElseThrow());
    }
}
