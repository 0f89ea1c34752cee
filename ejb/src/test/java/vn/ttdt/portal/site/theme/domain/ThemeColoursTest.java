package vn.ttdt.portal.site.theme.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeColoursTest {

    private static Colour c(String hex) {
        return Colour.parse(hex).orElseThrow();
    }

    @Test
    void theDefaultColoursAreReadable() {
        assertEquals(List.of(), SiteTheme.DEFAULT_COLOURS.shortfalls());
    }

    @Test
    void everyUnreadablePairingIsNamedWithItsRatio() {
        ThemeColours colours = new ThemeColours(c("#ffcc00"), c("#777777"), c("#ffffff"), c("#0b4f8a"));
        List<ThemeColours.Shortfall> found = colours.shortfalls();
        assertEquals(List.of(ThemeColours.Pairing.TEXT_ON_BACKGROUND, ThemeColours.Pairing.WHITE_ON_PRIMARY),
                found.stream().map(ThemeColours.Shortfall::pairing).toList());
        assertEquals("4,48", found.get(0).ratio().shown(ContrastRatio.NORMAL_TEXT));
    }

    @Test
    void onAColouredBackgroundTheWhiteBoxesAreCheckedToo() {
        ThemeColours dark = new ThemeColours(c("#1a3d6d"), c("#f0f0f0"), c("#202020"), c("#9fd0ff"));
        assertEquals(List.of(ThemeColours.Pairing.TEXT_ON_BOX, ThemeColours.Pairing.LINK_ON_BOX),
                dark.shortfalls().stream().map(ThemeColours.Shortfall::pairing).toList());
    }

    @Test
    void aThemeIsNeverRestyledWithUnreadableColours() {
        SiteTheme theme = new SiteTheme(null, "x", Instant.EPOCH);
        ThemeColours unreadable = new ThemeColours(c("#ffcc00"), c("#1c1c1c"), c("#ffffff"), c("#0b4f8a"));
        assertThrows(IllegalArgumentException.class, () -> theme.restyle(null, null, unreadable, null, "x", Instant.EPOCH));
        assertEquals(SiteTheme.DEFAULT_COLOURS, theme.colours());
    }
}
