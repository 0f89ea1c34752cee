package vn.ttdt.portal.site.theme.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** WCAG 2.1 contrast ratios against pairs whose ratios are published (WebAIM's checker gives the same). */
class ContrastRatioTest {

    private static ContrastRatio ratio(String foreground, String background) {
        return ContrastRatio.between(Colour.parse(foreground).orElseThrow(), Colour.parse(background).orElseThrow());
    }

    @Test
    void greySevenSevenSevenOnWhiteIs448AndMissesAA() {
        ContrastRatio grey = ratio("#777", "#ffffff");
        assertEquals(4.48, grey.value(), 0.005);
        assertFalse(grey.reaches(ContrastRatio.NORMAL_TEXT));
        assertEquals("4,48", grey.shown(ContrastRatio.NORMAL_TEXT));
    }

    @Test
    void knownPairs() {
        assertEquals(21.0, ratio("#000000", "#ffffff").value(), 0.001);
        assertEquals(1.0, ratio("#a31515", "#A31515").value(), 0.001);
        assertEquals(4.54, ratio("#767676", "#fff").value(), 0.005);
        assertTrue(ratio("#767676", "#fff").reaches(ContrastRatio.NORMAL_TEXT), "the lightest grey that passes on white");
        assertEquals(ratio("#0b4f8a", "#f6f6f4").value(), ratio("#f6f6f4", "#0b4f8a").value(), 1e-9, "symmetric");
        assertEquals(3.03, ratio("#949494", "#ffffff").value(), 0.005);
    }

    @Test
    void aRatioJustUnderTheMinimumIsNeverShownAsReachingIt() {
        assertEquals("4,49", new ContrastRatio(4.4999).shown(4.5));
        assertEquals("4,5", new ContrastRatio(4.5).shown(4.5));
        assertEquals("2,9", new ContrastRatio(2.9004).shown(4.5));
        assertEquals("4,5", ContrastRatio.vietnamese(4.5));
        assertEquals("3", ContrastRatio.vietnamese(3.0));
    }

    @Test
    void onlyHexColoursAreColours() {
        assertEquals("#ffffff", Colour.parse("#FFF").orElseThrow().hex());
        assertEquals("#a31515", Colour.parse(" #A31515 ").orElseThrow().hex());
        for (String bad : List.of("", "red", "#12345", "#1234567", "a31515", "#gg0000", "#fff;background:url(x)",
                "<script>alert(1)</script>", "expression(alert(1))")) {
            assertTrue(Colour.parse(bad).isEmpty(), bad);
        }
        assertTrue(Colour.parse(null).isEmpty());
    }
}
