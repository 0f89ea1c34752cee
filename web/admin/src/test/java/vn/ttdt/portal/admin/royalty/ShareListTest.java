package vn.ttdt.portal.admin.royalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShareListTest {

    @Test
    void sharesAreShownAndReadTheVietnameseWay() {
        List<BigDecimal> shares = List.of(new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.34"));
        assertEquals("33,33; 33,33; 33,34", ShareList.format(shares));
        assertEquals(shares, ShareList.parse("33,33; 33,33; 33,34"));
        assertEquals(List.of(new BigDecimal("50"), new BigDecimal("50")), ShareList.parse("50% / 50%"));
        assertEquals(List.of(new BigDecimal("60.5"), new BigDecimal("39.5")), ShareList.parse("60.5;39,5"));
    }

    @Test
    void anythingButNumbersIsNotAList() {
        assertNull(ShareList.parse("năm mươi; 50"));
        assertNull(ShareList.parse("50;;50"));
        assertNull(ShareList.parse("1000; 0"));
        assertNull(ShareList.parse(" "));
    }
}
