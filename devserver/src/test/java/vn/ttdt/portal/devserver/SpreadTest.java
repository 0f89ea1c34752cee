package vn.ttdt.portal.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadTest {

    @Test
    void theMedianOfThreeRunsIsTheMiddleOneWhateverTheirOrder() {
        assertEquals(1.5, Spread.median(List.of(1.8, 1.5, 1.2)));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertEquals(2.5, Spread.median(List.of(4.0, 1.0, 3.0, 2.0)));
    }

    @Test
    void theSpreadNamesTheMedianThenTheLowestAndHighest() {
        assertEquals("1.50 (1.20–1.80)", Spread.of(List.of(1.8, 1.5, 1.2)));
    }

    @Test
    void withoutMeasurementThereIsNoMedian() {
        assertThrows(IllegalArgumentException.class, () -> Spread.median(List.of()));
    }
}
