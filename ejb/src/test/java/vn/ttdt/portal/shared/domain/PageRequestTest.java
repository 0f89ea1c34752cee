package vn.ttdt.portal.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void aNegativeOffsetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(-1, 20, "name", true));
    }

    @Test
    void aLimitOfZeroIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 0, "name", true));
    }

    @Test
    void aLimitAboveTwoHundredIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 201, "name", true));
    }

    @Test
    void limitsFromOneToTwoHundredAreAccepted() {
        assertEquals(1, PageRequest.first(1).limit());
        assertEquals(200, new PageRequest(400, 200, "name", false).limit());
    }

    @Test
    void mappingAPageKeepsTheTotalAndTheOrderOfItems() {
        Page<Integer> page = new Page<>(List.of(3, 1, 2), 57);

        Page<String> mapped = page.map(i -> "#" + i);

        assertEquals(List.of("#3", "#1", "#2"), mapped.items());
        assertEquals(57, mapped.total());
    }
}
