package vn.ttdt.portal.site.statistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferrerHostTest {

    private static final String OWN = "cammy.dongnai.gov.vn";

    @Test
    void onlyTheHostIsKeptInLowerCaseWithoutWww() {
        assertEquals(Optional.of("google.com"), ReferrerHost.of("https://www.google.com/search?q=ho+so+khai+sinh&hl=vi", OWN));
        assertEquals(Optional.of("dongnai.gov.vn"), ReferrerHost.of("HTTP://DongNai.gov.vn:8443/tin-tuc/a.html#x", OWN));
        assertEquals(Optional.of("zalo.me"), ReferrerHost.of(" https://zalo.me/ ", OWN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://cammy.dongnai.gov.vn/tin/a", "https://www.cammy.dongnai.gov.vn/", "http://CAMMY.dongnai.gov.vn",
        "", "   ", "android-app://com.google.android.gm/", "javascript:alert(1)", "file:///etc/passwd", "not a url", "https:///nohost"})
    void theSiteItselfAndWhatIsNoWebAddressAreNoReferrer(String referrer) {
        assertTrue(ReferrerHost.of(referrer, OWN).isEmpty(), referrer);
    }

    @Test
    void nullIsNoReferrer() {
        assertTrue(ReferrerHost.of(null, OWN).isEmpty());
    }
}
