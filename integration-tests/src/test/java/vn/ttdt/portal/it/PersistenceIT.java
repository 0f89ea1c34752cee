package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.audit.domain.AuditEvent;
import vn.ttdt.portal.audit.domain.AuditFilter;
import vn.ttdt.portal.audit.domain.AuditRepository;
import vn.ttdt.portal.content.domain.ContentItemRepository;
import vn.ttdt.portal.content.domain.Photo;
import vn.ttdt.portal.demo.DemoPhotos;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitFilter;
import vn.ttdt.portal.organisation.domain.UnitRepository;
import vn.ttdt.portal.shared.domain.PageRequest;

/**
 * Runs inside WildFly, from the test WAR of the run's one deployment ({@link Deployments#portalWithInContainerTests()}),
 * against the real MariaDB: provider, migrations, demo data (its featured story's shipped photo), collation, time.
 */
@ExtendWith(InContainer.class)
class PersistenceIT {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @Inject
    UnitRepository units;

    @Inject
    SiteDirectory sites;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditRepository audit;

    @Inject
    ContentItemRepository items;

    @Resource
    UserTransaction tx;

    @Test
    void theJpaProviderInUseIsEclipseLink() {
        String factory = em.getEntityManagerFactory().getClass().getName();
        String delegate = em.getDelegate().getClass().getName();
        assertTrue(factory.startsWith("org.eclipse.persistence."), factory);
        assertTrue(delegate.startsWith("org.eclipse.persistence."), delegate);
    }

    @Test
    void migrationsRanAndTheSchemaUsesTheVietnameseFriendlyCollation() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            ResultSet versions = s.executeQuery("SELECT MAX(CAST(version AS UNSIGNED)) FROM flyway_schema_history WHERE success = 1");
            versions.next();
            assertTrue(versions.getInt(1) >= 1);
            ResultSet collation = s.executeQuery("SELECT TABLE_COLLATION FROM information_schema.TABLES "
                    + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'unit'");
            collation.next();
            assertEquals("utf8mb4_uca1400_ai_ci", collation.getString(1));
        }
    }

    @Test
    void demoDataHasTheUnitsOfCamMyAndOneAccountPerRole() {
        for (String commune : List.of("Bảo Bình", "Lâm San", "Long Giao", "Nhân Nghĩa", "Sông Nhạn", "Sông Ray", "Thừa Đức",
                "Xuân Bảo", "Xuân Đông", "Xuân Đường", "Xuân Mỹ", "Xuân Quế", "Xuân Tây")) {
            String name = "UBND xã " + commune;
            List<Unit> found = units.search(sites.current(), new UnitFilter(name, null, null), PageRequest.first(100)).items();
            assertEquals(1, found.stream().filter(unit -> unit.getName().equals(name)).count(), name);
        }
        assertTrue(units.count() >= 33);
        String hash = accounts.byLogin("quantri.demo").orElseThrow().getPasswordHash();
        assertTrue(hash.startsWith("$2a$04$"), "bcrypt at the test deployment's cost (-Dportal.security.password.bcrypt-cost=4): " + hash);
    }

    @Test
    void theDemoFeaturedStoryShowsAShippedPhotoWithItsAuthorAndLicence() throws Exception {
        DemoPhotos.Entry photo = DemoPhotos.named("thuyen-ben-ho.jpg");
        Photo cover = items.bySlug(sites.current(), "ho-suoi-vong-diem-da-ngoai-cuoi-tuan-cua-nguoi-dan-cam-my").orElseThrow().getCover();

        assertEquals(photo.credit(), cover.getPhotographer());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo.bytes())), cover.getMedia().getSha256());
        assertEquals(1200, cover.getMedia().getWidth());
    }

    @Test
    void unitSearchIgnoresDiacriticsAndFoldsDToD() {
        List<Unit> found = units.search(sites.current(), new UnitFilter("xuan duong", null, null), PageRequest.first(10)).items();
        assertEquals(List.of("UBND xã Xuân Đường"), found.stream().map(Unit::getName).toList());
    }

    @Test
    void instantsSurviveTheRoundTripAsUtc() throws Exception {
        Instant at = Instant.parse("2023-06-30T17:30:00.123456Z");
        tx.begin();
        audit.add(new AuditEvent(at, "it-test", AuditAction.LOGOUT, "account", "it-test", "round trip", "127.0.0.1"));
        tx.commit();
        em.clear();
        AuditEvent read = audit.search(new AuditFilter("it-test", AuditAction.LOGOUT, null, null), PageRequest.first(1))
                .items().get(0);
        assertEquals(at, read.getOccurredAt());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            ResultSet stored = s.executeQuery("SELECT DATE_FORMAT(occurred_at, '%Y-%m-%d %H:%i') FROM audit_event WHERE actor = 'it-test'");
            stored.next();
            assertEquals("2023-06-30 17:30", stored.getString(1));
        }
    }
}
