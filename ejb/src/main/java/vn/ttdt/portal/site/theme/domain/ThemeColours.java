package vn.ttdt.portal.site.theme.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The four colours of the public site: {@code primary} behind the header, the menu and the buttons (their words are
 * white) and for headings; {@code text} and {@code link} on the page's {@code background} and on the white boxes that
 * hold lists and articles. Every pairing people read must reach WCAG 2.1 AA for normal text.
 */
public record ThemeColours(Colour primary, Colour text, Colour background, Colour link) {

    /** A pairing of a foreground and a background that citizens read. */
    public enum Pairing { TEXT_ON_BACKGROUND, LINK_ON_BACKGROUND, TEXT_ON_BOX, LINK_ON_BOX, WHITE_ON_PRIMARY }

    /** A pairing that misses the minimum, and its ratio. */
    public record Shortfall(Pairing pairing, ContrastRatio ratio) {
    }

    /** The pairings below {@link ContrastRatio#NORMAL_TEXT}:1, in the order of {@link Pairing}; empty when all reach it. */
    public List<Shortfall> shortfalls() {
        List<Shortfall> found = new ArrayList<>();
        check(found, Pairing.TEXT_ON_BACKGROUND, text, background);
        check(found, Pairing.LINK_ON_BACKGROUND, link, background);
        if (!background.equals(Colour.WHITE)) {
            check(found, Pairing.TEXT_ON_BOX, text, Colour.WHITE);
            check(found, Pairing.LINK_ON_BOX, link, Colour.WHITE);
        }
        check(found, Pairing.WHITE_ON_PRIMARY, Colour.WHITE, primary);
        return found;
    }

    private static void check(List<Shortfall> found, Pairing pairing, Colour foreground, Colour behind) {
        ContrastRatio ratio = ContrastRatio.between(foreground, behind);
        if (!ratio.reaches(ContrastRatio.NORMAL_TEXT)) {
            found.add(new Shortfall(pairing, ratio));
        }
    }
}
