package vn.ttdt.portal.organisation.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest {

    @Test
    void newHashesNameTheConfiguredCostAndVerifyOnlyTheirPassword() {
        BcryptPasswordHasher hasher = BcryptPasswordHasher.withCost(5);
        String hash = hasher.hash("Mật-khẩu-đủ-dài");
        assertTrue(hash.startsWith("$2a$05$"), hash);
        assertTrue(hasher.matches("Mật-khẩu-đủ-dài", hash));
        assertFalse(hasher.matches("Mật-khẩu-đủ-dài ", hash));
        assertFalse(hasher.matches("Mật-khẩu-đủ-dài", null));
    }

    @Test
    void aHashStoredAtAnotherCostStillVerifies() {
        String storedAtSix = BcryptPasswordHasher.withCost(6).hash("Mật-khẩu-cũ-2019");
        BcryptPasswordHasher hasher = BcryptPasswordHasher.withCost(4);
        assertTrue(hasher.matches("Mật-khẩu-cũ-2019", storedAtSix));
        assertFalse(hasher.matches("Mật-khẩu-mới-2023", storedAtSix));
    }

    @Test
    void withoutTheSettingTheCostIsTwelve() {
        System.clearProperty(BcryptPasswordHasher.COST_SETTING);
        BcryptPasswordHasher hasher = new BcryptPasswordHasher();
        hasher.readCostSetting();
        assertTrue(hasher.hash("x").startsWith("$2a$12$"));
    }

    @Test
    void aCostBcryptCannotUseIsRefusedWithTheSettingsName() {
        IllegalStateException tooLow = assertThrows(IllegalStateException.class, () -> BcryptPasswordHasher.withCost(3));
        assertEquals("portal.security.password.bcrypt-cost must be between 4 and 31, not 3", tooLow.getMessage());
        assertThrows(IllegalStateException.class, () -> BcryptPasswordHasher.withCost(32));
    }
}
