package vn.ttdt.portal.legaldocs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    @Test
    void caseTonesDAndSpacesDoNotMakeANewNumber() {
        assertTrue(DocumentNumber.sameNumber("42/2022/NĐ-CP", "Chính phủ", "42 / 2022 / nđ-cp", "CHÍNH PHỦ"));
        assertTrue(DocumentNumber.sameNumber("42/2022/NĐ-CP", "Chính phủ", "42/2022/ND-CP", "Chinh phu"));
        assertEquals("42/2022/nd-cp", DocumentNumber.key(" 42/2022/NĐ-CP "));
    }

    @Test
    void theSameNumberFromAnotherIssuerIsAnotherDocument() {
        assertFalse(DocumentNumber.sameNumber("01/KH-UBND", "UBND xã Xuân Đường", "01/KH-UBND", "UBND xã Sông Ray"));
    }

    @Test
    void anotherNumberIsAnotherDocument() {
        assertFalse(DocumentNumber.sameNumber("29/2015/QĐ-UBND", "UBND tỉnh Đồng Nai", "46/2018/QĐ-UBND", "UBND tỉnh Đồng Nai"));
    }
}
