package vn.ttdt.portal.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import vn.ttdt.portal.shared.domain.DailySalts;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/**
 * The daily salts in table {@code daily_salt}: {@code INSERT IGNORE} of a fresh random salt, then the one stored (so
 * two nodes asking at once agree). The salt last read is kept in memory for its day: it is only deleted after it.
 */
@ApplicationScoped
public class SqlDailySalts implements DailySalts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private record Known(LocalDate day, String salt) {
    }

    @Inject
    private Sql sql;

    private volatile Known known;

    @Override
    public String of(LocalDate day) {
        Known last = known;
        if (last != null && last.day().equals(day)) {
            return last.salt();
        }
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        sql.update("INSERT IGNORE INTO daily_salt (day, salt) VALUES (?, ?)", List.of(day, HexFormat.of().formatHex(salt)));
        String stored = sql.first("SELECT salt FROM daily_salt WHERE day = ?", List.of(day), row -> row.getString("salt"))
                .orElseThrow();
        known = new Known(day, stored);
        return stored;
    }

    @Override
    public void forgetBefore(LocalDate day) {
        sql.update("DELETE FROM daily_salt WHERE day < ?", List.of(day));
        Known last = known;
        if (last != null && last.day().isBefore(day)) {
            known = null;
        }
    }
}
