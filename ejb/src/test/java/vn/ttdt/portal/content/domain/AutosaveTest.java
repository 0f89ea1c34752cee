package vn.ttdt.portal.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AutosaveTest {

    private static final Instant T0 = Instant.parse("2026-11-26T02:00:00.123456789Z");

    @Test
    void theSameTextIsNotKeptAgainAndKeepsItsTime() {
        Autosave autosave = new Autosave(7, "ctv.demo");
        assertTrue(autosave.keep("Tiêu đề", "Sapo", "<p>x</p>", T0));
        assertFalse(autosave.keep("Tiêu đề", "Sapo", "<p>x</p>", T0.plusSeconds(30)));
        assertEquals(Instant.parse("2026-11-26T02:00:00.123456Z"), autosave.getSavedAt());
        assertTrue(autosave.keep("Tiêu đề mới", "Sapo", "<p>x</p>", T0.plusSeconds(60)));
        assertEquals(T0.plusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.MICROS), autosave.getSavedAt());
    }

    @Test
    void missingPartsAreKeptEmpty() {
        Autosave autosave = new Autosave(7, "ctv.demo");
        autosave.keep(null, null, null, T0);
        assertEquals("", autosave.getTitle());
        assertEquals("", autosave.getBody());
    }

    @Test
    void anAutosaveIsOnlyNewerThanAnItemChangedBeforeIt() {
        ContentItem item = new ContentItem(null, "tin", "ctv.demo", T0);
        item.schedule(null, null, T0.plusSeconds(10));
        Autosave before = new Autosave(7, "ctv.demo");
        before.keep("a", "b", "c", T0.plusSeconds(5));
        Autosave after = new Autosave(7, "ctv.demo");
        after.keep("a", "b", "c", T0.plusSeconds(15));
        assertFalse(before.isNewerThan(item));
        assertTrue(after.isNewerThan(item));
    }
}
