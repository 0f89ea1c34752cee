package vn.ttdt.portal.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AllPagesTest {

    private static final List<Integer> ROWS = IntStream.range(0, 450).boxed().toList();

    private static Page<Integer> page(PageRequest request) {
        return new Page<>(ROWS.subList(request.offset(), Math.min(ROWS.size(), request.offset() + request.limit())), ROWS.size());
    }

    @Test
    void everyPageIsReadInOrderUpToTheLimit() {
        assertEquals(ROWS, AllPages.of(AllPagesTest::page, Integer.MAX_VALUE));
        assertEquals(ROWS.subList(0, 200), AllPages.of(AllPagesTest::page, 200));
        assertEquals(List.of(), AllPages.of(request -> new Page<Integer>(List.of(), 0), 10));
    }
}
