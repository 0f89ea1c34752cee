package vn.ttdt.portal.questions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tracking codes: short, readable, unique in practice and not following one another. */
class TrackingCodesTest {

    private final TrackingCodes codes = new TrackingCodes();

    @Test
    void aCodeNamesTheYearAndSixUnambiguousCharacters() {
        String code = codes.next(2023);

        assertTrue(code.matches("HD-2023-[2-9A-HJKMNP-Z]{6}"), code);
        assertTrue(TrackingCodes.isWellFormed(code));
        assertTrue(TrackingCodes.isWellFormed(code.toLowerCase()));
    }

    @Test
    void lookAlikeCharactersAndOtherTextAreNotCodes() {
        assertFalse(TrackingCodes.isWellFormed("HD-2023-7KQ4M0"));
        assertFalse(TrackingCodes.isWellFormed("HD-2023-7KQ4MI"));
        assertFalse(TrackingCodes.isWellFormed("HD-2023-7KQ4M"));
        assertFalse(TrackingCodes.isWellFormed("' OR 1=1 --"));
        assertFalse(TrackingCodes.isWellFormed(null));
    }

    @Test
    void tenThousandCodesAlmostNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(codes.next(2023));
        }

        // 31^6 ≈ 8.9e8 codes: about 0.06 repeats are expected among 10,000 (the database key and a redraw handle
        // them), more than 10 only if the draw were far from uniform
        assertTrue(seen.size() >= 9_990, "distinct codes: " + seen.size());
    }

    @Test
    void consecutiveCodesDoNotFollowOneAnother() {
        List<String> drawn = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            drawn.add(codes.next(2023));
        }
        int ascending = 0;
        int sharingPrefix = 0;
        for (int i = 1; i < drawn.size(); i++) {
            ascending += drawn.get(i).compareTo(drawn.get(i - 1)) > 0 ? 1 : 0;
            sharingPrefix += drawn.get(i).regionMatches(0, drawn.get(i - 1), 0, 11) ? 1 : 0;
        }

        assertTrue(ascending > 400 && ascending < 600, "about half of the steps ascend, not all: " + ascending);
        assertTrue(sharingPrefix < 20, "consecutive codes rarely share their first characters: " + sharingPrefix);
    }

    @Test
    void everyCharacterOfTheAlphabetIsUsed() {
        TrackingCodes seeded = new TrackingCodes(new Random(7));
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            seeded.next(2024).substring(8).chars().forEach(c -> used.add((char) c));
        }

        assertEquals(TrackingCodes.ALPHABET.length(), used.size());
    }
}
